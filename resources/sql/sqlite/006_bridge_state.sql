-- DueDesk book, schema 6: what a channel bridge must remember across restarts, written in the same transaction
-- as the effect it belongs to (e.g. the Telegram getUpdates offset together with the message it acknowledges).
--   key: "<channel>:<account>:<what>", e.g. "telegram:123456:offset" (never a secret)
CREATE TABLE bridge_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
