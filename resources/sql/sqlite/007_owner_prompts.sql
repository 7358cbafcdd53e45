-- DueDesk book, schema 7: the drafts shown in the owner's assistant chat (Telegram, WhatsApp), one row per channel
-- and draft, written before the message goes out so that a crash cannot show a draft twice.
--   chat_id: the owner's chat the draft was shown in; provider_message_id: the provider's id of that message
--            ('' until the provider answered, or when it never did)
--   nonce: random, url-safe; a button press counts only when it carries the draft id and this nonce, so a
--          button from an older showing (the draft was edited and shown again) or a forged one does nothing
--   state: shown (waiting for a tap), edited (the owner asked to reword it; the next text is the wording),
--          approved, skipped, gone (decided elsewhere, e.g. on the desktop, or cancelled)
--   body_hash: SHA-256 (hex) of the draft's wording when it was shown; a press after the wording changed (edited
--              on the desktop or in the other chat) approves nothing, and the draft is shown again
CREATE TABLE owner_prompts (
    id                  INTEGER PRIMARY KEY,
    channel             TEXT NOT NULL,
    draft_id            INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    chat_id             TEXT NOT NULL,
    provider_message_id TEXT NOT NULL DEFAULT '',
    nonce               TEXT NOT NULL CHECK (length(nonce) >= 8),
    state               TEXT NOT NULL DEFAULT 'shown'
                        CHECK (state IN ('shown', 'approved', 'skipped', 'edited', 'gone')),
    created_at          TEXT NOT NULL,
    decided_at          TEXT,
    body_hash           TEXT NOT NULL DEFAULT '',
    UNIQUE (channel, draft_id)
);
