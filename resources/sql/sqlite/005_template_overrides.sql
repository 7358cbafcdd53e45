-- DueDesk book, schema 5: the owner's own wording of a message template. One row replaces the shipped text
-- for one kind x tone x channel x language; deleting the row restores the shipped text.
--   body: the template's parts, one per line (email paragraphs, chat lines, SMS pieces), with the same
--         placeholders and {no_pay_link} marker as the shipped files.
--   subject: email only; NULL for the other channels.
CREATE TABLE template_overrides (
    kind TEXT NOT NULL,
    tone TEXT NOT NULL,
    channel TEXT NOT NULL,
    language TEXT NOT NULL,
    subject TEXT,
    body TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (kind, tone, channel, language)
);
