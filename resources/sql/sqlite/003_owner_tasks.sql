-- DueDesk book, schema 3: what the assistant hands to the owner (a claimed payment to confirm, a dispute, a
-- request for a payment plan, a reply it did not understand), and a flag on clients.

CREATE TABLE owner_tasks (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('confirm_payment', 'dispute', 'payment_plan', 'promise_without_date',
                                                'wrong_person', 'unclear', 'unknown_sender')),
    client_id     INTEGER REFERENCES clients (id),
    bill_id       INTEGER REFERENCES bills (id) ON DELETE SET NULL,
    message_id    INTEGER REFERENCES messages (id),
    summary       TEXT NOT NULL,
    suggestion    TEXT NOT NULL DEFAULT '',
    state         TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'dismissed')),
    created_at    TEXT NOT NULL,
    closed_at     TEXT
);
CREATE INDEX owner_tasks_open ON owner_tasks (state, created_at);

-- Why the owner should look at this client ("a reply said: wrong number"); empty when nothing is flagged.
ALTER TABLE clients ADD COLUMN flag TEXT NOT NULL DEFAULT '';
