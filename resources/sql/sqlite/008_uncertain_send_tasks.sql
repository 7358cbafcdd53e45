-- DueDesk book, schema 8: a reminder DueDesk cannot tell went out (the connection dropped after sending, or
-- DueDesk stopped mid-send) is handed to the owner as a task of its own kind, 'uncertain_send'. SQLite cannot
-- change a CHECK constraint, so the table is rebuilt with the same rows.

CREATE TABLE owner_tasks_v8 (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('confirm_payment', 'dispute', 'payment_plan', 'promise_without_date',
                                                'wrong_person', 'unclear', 'unknown_sender', 'uncertain_send')),
    client_id     INTEGER REFERENCES clients (id),
    bill_id       INTEGER REFERENCES bills (id) ON DELETE SET NULL,
    message_id    INTEGER REFERENCES messages (id),
    summary       TEXT NOT NULL,
    suggestion    TEXT NOT NULL DEFAULT '',
    state         TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'dismissed')),
    created_at    TEXT NOT NULL,
    closed_at     TEXT
);
INSERT INTO owner_tasks_v8 (id, kind, client_id, bill_id, message_id, summary, suggestion, state, created_at, closed_at)
    SELECT id, kind, client_id, bill_id, message_id, summary, suggestion, state, created_at, closed_at FROM owner_tasks;
DROP TABLE owner_tasks;
ALTER TABLE owner_tasks_v8 RENAME TO owner_tasks;
CREATE INDEX owner_tasks_open ON owner_tasks (state, created_at);
