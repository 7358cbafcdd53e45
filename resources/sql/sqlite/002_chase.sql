-- DueDesk book, schema 2: reminder policies, the chase of each bill, drafts, the outbox, promises,
-- the message thread and the append-only audit trail.

CREATE TABLE policies (
    id            INTEGER PRIMARY KEY,
    key           TEXT UNIQUE,               -- 'gentle', 'standard', 'firm' for the built-in ones
    name          TEXT NOT NULL,
    auto_send     INTEGER NOT NULL DEFAULT 0 CHECK (auto_send IN (0, 1)),
    quiet_start   TEXT NOT NULL DEFAULT '20:00',   -- no sends from here ...
    quiet_end     TEXT NOT NULL DEFAULT '08:00',   -- ... until here, local time
    quiet_days    TEXT NOT NULL DEFAULT '7',       -- ISO weekdays without sends, comma-separated (7 = Sunday)
    weekly_cap    INTEGER NOT NULL DEFAULT 2 CHECK (weekly_cap >= 1),
    call_after_days INTEGER NOT NULL DEFAULT 0       -- days after the last step until the call queue; 0: at once
);

CREATE TABLE policy_steps (
    policy_id     INTEGER NOT NULL REFERENCES policies (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    offset_days   INTEGER NOT NULL,                -- from the due date; negative: a heads-up before it
    channel_rule  TEXT NOT NULL DEFAULT 'preferred' CHECK (channel_rule IN ('preferred', 'fixed', 'fallback')),
    channels      TEXT NOT NULL DEFAULT '',        -- fixed: one channel; fallback: channels in order
    tone          TEXT NOT NULL CHECK (tone IN ('friendly', 'neutral', 'firm', 'final')),
    template      TEXT NOT NULL,                   -- 'heads_up', 'reminder', 'final_notice'
    on_bucket     TEXT,                            -- when set, the step fires on entering this aging bucket
    PRIMARY KEY (policy_id, position)
) WITHOUT ROWID;

CREATE TABLE segment_policies (
    segment       TEXT PRIMARY KEY CHECK (segment IN ('standard', 'new', 'vip', 'strategic', 'government')),
    policy_id     INTEGER NOT NULL REFERENCES policies (id)
) WITHOUT ROWID;

ALTER TABLE clients ADD COLUMN policy_id INTEGER REFERENCES policies (id);

-- The live follow-up of one bill. Steps are counted from anchor_on (the due date, or the day of a manual chase).
CREATE TABLE chases (
    bill_id         INTEGER PRIMARY KEY REFERENCES bills (id) ON DELETE CASCADE,
    state           TEXT NOT NULL DEFAULT 'active'
                    CHECK (state IN ('active', 'paused_promise', 'paused_dispute', 'paused_review', 'stopped', 'finished')),
    paused_until    TEXT,
    cycle           INTEGER NOT NULL DEFAULT 0,    -- bumped by a manual chase, so its steps get new keys
    anchor_on       TEXT,
    next_position   INTEGER NOT NULL DEFAULT 0,    -- the next policy step to draft
    next_due_on     TEXT,                          -- the day that step is due; NULL: no steps left
    tone_bump       INTEGER NOT NULL DEFAULT 0,    -- one firmer per broken promise
    promises_broken INTEGER NOT NULL DEFAULT 0,
    updated_at      TEXT NOT NULL
);
CREATE INDEX chases_due ON chases (state, next_due_on);

-- Every bill gets its chase row when it is written, so the planner reads only the chases that are due (an
-- index range) and never scans the bills. A fresh chase is first looked at on the earliest day any policy's
-- first step could fall; the planner then sets the real day from the client's policy.
CREATE TRIGGER bills_get_a_chase AFTER INSERT ON bills
BEGIN
    INSERT INTO chases (bill_id, state, anchor_on, next_due_on, updated_at)
    VALUES (NEW.id,
            CASE WHEN NEW.status NOT IN ('open', 'disputed') OR NEW.amount_minor - NEW.paid_minor <= 0 THEN 'finished'
                 WHEN NEW.status = 'disputed' THEN 'paused_dispute' ELSE 'active' END,
            NEW.due_on,
            date(NEW.due_on, printf('%+d days', (SELECT coalesce(min(offset_days), 0) FROM policy_steps WHERE position = 0))),
            NEW.created_at);
END;

-- The chase follows the bill whatever changes it (the engine, an import, a payment recorded elsewhere): a
-- settled, cancelled or written-off bill, or one with nothing left to pay, is finished; a disputed one is
-- paused; an open one with a balance is chased again unless it was stopped or is waiting for a promise.
CREATE TRIGGER bills_state_moves_chase AFTER UPDATE OF status, amount_minor, paid_minor ON bills
BEGIN
    UPDATE chases
       SET state = CASE
               WHEN NEW.status NOT IN ('open', 'disputed') OR NEW.amount_minor - NEW.paid_minor <= 0 THEN 'finished'
               WHEN NEW.status = 'disputed' THEN 'paused_dispute'
               WHEN state IN ('finished', 'paused_dispute') THEN 'active'
               ELSE state END
     WHERE bill_id = NEW.id;
END;

-- A new due date moves the schedule with it (only while counting from the due date, not after a manual chase).
CREATE TRIGGER bills_due_moves_chase AFTER UPDATE OF due_on ON bills
WHEN NEW.due_on IS NOT NULL AND (OLD.due_on IS NULL OR NEW.due_on <> OLD.due_on)
BEGIN
    UPDATE chases
       SET next_due_on = CASE
               WHEN OLD.due_on IS NULL OR next_due_on IS NULL
                   THEN date(NEW.due_on, printf('%+d days', (SELECT coalesce(min(offset_days), 0) FROM policy_steps WHERE position = 0)))
               ELSE date(next_due_on, printf('%+d days', julianday(NEW.due_on) - julianday(OLD.due_on))) END,
           anchor_on = NEW.due_on
     WHERE bill_id = NEW.id AND cycle = 0;
END;

CREATE TABLE drafts (
    id            INTEGER PRIMARY KEY,
    bill_id       INTEGER NOT NULL REFERENCES bills (id) ON DELETE CASCADE,
    client_id     INTEGER NOT NULL REFERENCES clients (id),
    step_key      TEXT NOT NULL UNIQUE,            -- one draft per chase step, ever
    kind          TEXT NOT NULL DEFAULT 'reminder',
    channel       TEXT NOT NULL CHECK (channel IN ('whatsapp', 'telegram', 'sms', 'email')),
    address       TEXT NOT NULL,
    tone          TEXT NOT NULL,
    reasons       TEXT NOT NULL DEFAULT '',
    subject       TEXT NOT NULL DEFAULT '',
    body          TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',        -- e.g. why a step was caught up
    state         TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'approved', 'skipped', 'cancelled')),
    created_at    TEXT NOT NULL,
    decided_at    TEXT,
    decided_by    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX drafts_pending ON drafts (state, bill_id);
CREATE INDEX drafts_by_client ON drafts (client_id, created_at);

-- At most once: one row per chase step (step_key), committed as 'sending' before the network call.
CREATE TABLE outbox (
    id            INTEGER PRIMARY KEY,
    draft_id      INTEGER NOT NULL UNIQUE REFERENCES drafts (id),
    step_key      TEXT NOT NULL UNIQUE,
    bill_id       INTEGER NOT NULL REFERENCES bills (id) ON DELETE CASCADE,
    client_id     INTEGER NOT NULL REFERENCES clients (id),
    channel       TEXT NOT NULL,
    address       TEXT NOT NULL,
    tone          TEXT NOT NULL,
    subject       TEXT NOT NULL DEFAULT '',
    body          TEXT NOT NULL,
    state         TEXT NOT NULL DEFAULT 'queued'
                  CHECK (state IN ('queued', 'sending', 'sent', 'delivered', 'read', 'failed', 'uncertain', 'cancelled')),
    provider_id   TEXT UNIQUE,
    attempts      INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT NOT NULL DEFAULT '',
    retry_after   TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    sent_at       TEXT
);
CREATE INDEX outbox_by_state ON outbox (state);
CREATE INDEX outbox_by_client ON outbox (client_id, sent_at);
CREATE INDEX outbox_by_bill ON outbox (bill_id);

CREATE TABLE promises (
    id            INTEGER PRIMARY KEY,
    bill_id       INTEGER NOT NULL REFERENCES bills (id) ON DELETE CASCADE,
    promised_on   TEXT NOT NULL,
    state         TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'kept', 'broken', 'replaced')),
    created_at    TEXT NOT NULL
);
CREATE INDEX promises_open ON promises (state, promised_on);

-- Every message to or from a client, on any channel, threaded onto the client (and the bill when known).
CREATE TABLE messages (
    id            INTEGER PRIMARY KEY,
    client_id     INTEGER REFERENCES clients (id),
    bill_id       INTEGER REFERENCES bills (id) ON DELETE SET NULL,
    outbox_id     INTEGER REFERENCES outbox (id),
    channel       TEXT NOT NULL,
    direction     TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    provider_id   TEXT,
    sender        TEXT NOT NULL DEFAULT '',
    body          TEXT NOT NULL,
    intent        TEXT NOT NULL DEFAULT '',
    at            TEXT NOT NULL,
    UNIQUE (channel, provider_id)
);
CREATE INDEX messages_by_client ON messages (client_id, at);
CREATE INDEX messages_by_bill ON messages (bill_id, at);

-- Append-only: every row carries the hash of the previous row, so a changed or removed row shows.
CREATE TABLE audit_log (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    actor         TEXT NOT NULL,
    kind          TEXT NOT NULL,
    bill_id       INTEGER,
    client_id     INTEGER,
    detail        TEXT NOT NULL DEFAULT '',
    prev_hash     TEXT NOT NULL,
    hash          TEXT NOT NULL
);
CREATE INDEX audit_by_bill ON audit_log (bill_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Built-in policies. Standard is the default; VIP, strategic and government clients get Gentle; new clients Firm.
INSERT INTO policies (id, key, name) VALUES (1, 'standard', 'Standard'), (2, 'gentle', 'Gentle'), (3, 'firm', 'Firm');
INSERT INTO policy_steps (policy_id, position, offset_days, tone, template) VALUES
    (1, 0, -3, 'friendly', 'heads_up'),
    (1, 1, 1, 'friendly', 'reminder'),
    (1, 2, 7, 'neutral', 'reminder'),
    (1, 3, 14, 'neutral', 'reminder'),
    (1, 4, 30, 'firm', 'reminder'),
    (1, 5, 45, 'final', 'final_notice'),
    (2, 0, -3, 'friendly', 'heads_up'),
    (2, 1, 3, 'friendly', 'reminder'),
    (2, 2, 10, 'friendly', 'reminder'),
    (2, 3, 21, 'neutral', 'reminder'),
    (2, 4, 35, 'neutral', 'reminder'),
    (2, 5, 60, 'final', 'final_notice'),
    (3, 0, -3, 'friendly', 'heads_up'),
    (3, 1, 1, 'neutral', 'reminder'),
    (3, 2, 5, 'neutral', 'reminder'),
    (3, 3, 10, 'firm', 'reminder'),
    (3, 4, 20, 'firm', 'reminder'),
    (3, 5, 30, 'final', 'final_notice');
INSERT INTO segment_policies (segment, policy_id) VALUES
    ('standard', 1), ('vip', 2), ('strategic', 2), ('government', 2), ('new', 3);

-- Bills of a book written by schema 1 get their chase rows too.
INSERT INTO chases (bill_id, state, anchor_on, next_due_on, updated_at)
SELECT id,
       CASE WHEN status NOT IN ('open', 'disputed') OR amount_minor - paid_minor <= 0 THEN 'finished'
            WHEN status = 'disputed' THEN 'paused_dispute' ELSE 'active' END,
       due_on, date(due_on, '-3 days'), created_at
  FROM bills;
