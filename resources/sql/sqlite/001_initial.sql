-- DueDesk book, schema 1: settings, clients with contacts and consent, bills, payments,
-- and the open-balance aggregate that the aging report reads.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE clients (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL CHECK (length(trim(name)) > 0),
    company            TEXT NOT NULL DEFAULT '',
    segment            TEXT NOT NULL DEFAULT 'standard'
                       CHECK (segment IN ('standard', 'new', 'vip', 'strategic', 'government')),
    language           TEXT NOT NULL DEFAULT '',
    relationship_start TEXT,
    preferred_channel  TEXT CHECK (preferred_channel IN ('whatsapp', 'telegram', 'sms', 'email')),
    email              TEXT NOT NULL DEFAULT '',
    phone_e164         TEXT NOT NULL DEFAULT '',
    phone_warning      TEXT NOT NULL DEFAULT '',
    telegram_chat_id   TEXT NOT NULL DEFAULT '',
    whatsapp_id        TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL
);
CREATE INDEX clients_by_name ON clients (name COLLATE NOCASE);
CREATE INDEX clients_by_email ON clients (email COLLATE NOCASE) WHERE email <> '';
CREATE INDEX clients_by_phone ON clients (phone_e164) WHERE phone_e164 <> '';
CREATE INDEX clients_by_telegram ON clients (telegram_chat_id) WHERE telegram_chat_id <> '';
CREATE INDEX clients_by_whatsapp ON clients (whatsapp_id) WHERE whatsapp_id <> '';

CREATE TABLE consents (
    client_id     INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    channel       TEXT NOT NULL CHECK (channel IN ('whatsapp', 'telegram', 'sms', 'email')),
    opted_in_at   TEXT,
    opted_in_by   TEXT NOT NULL DEFAULT '',
    opted_out_at  TEXT,
    opted_out_by  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (client_id, channel)
) WITHOUT ROWID;

CREATE TABLE bills (
    id            INTEGER PRIMARY KEY,
    number        TEXT NOT NULL UNIQUE CHECK (length(trim(number)) > 0),
    client_id     INTEGER NOT NULL REFERENCES clients (id) ON DELETE RESTRICT,
    issued_on     TEXT,
    due_on        TEXT,
    amount_minor  INTEGER NOT NULL CHECK (amount_minor >= 0),
    currency      TEXT NOT NULL CHECK (length(currency) = 3),
    po_reference  TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'open'
                  CHECK (status IN ('open', 'paid', 'disputed', 'written_off', 'cancelled')),
    payment_link  TEXT NOT NULL DEFAULT '',
    paid_minor    INTEGER NOT NULL DEFAULT 0,   -- kept equal to the sum of payments by triggers
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX bills_by_client ON bills (client_id);
CREATE INDEX bills_by_due ON bills (due_on);

CREATE TABLE payments (
    id            INTEGER PRIMARY KEY,
    bill_id       INTEGER NOT NULL REFERENCES bills (id) ON DELETE CASCADE,
    amount_minor  INTEGER NOT NULL CHECK (amount_minor <> 0),
    paid_on       TEXT NOT NULL,
    method        TEXT NOT NULL DEFAULT '',
    source        TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'chat', 'provider', 'import')),
    note          TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL
);
CREATE INDEX payments_by_bill ON payments (bill_id);

-- Open balance per currency and due date ('' = no due date), counting only bills that are open or
-- disputed with a positive balance. Kept by the triggers below in the same transaction as the change,
-- so the aging report reads a few hundred rows instead of every bill.
CREATE TABLE open_balance_by_due (
    currency      TEXT NOT NULL,
    due_on        TEXT NOT NULL,
    balance_minor INTEGER NOT NULL,
    bill_count    INTEGER NOT NULL,
    PRIMARY KEY (currency, due_on)
) WITHOUT ROWID;

CREATE TRIGGER payments_after_insert AFTER INSERT ON payments
BEGIN
    UPDATE bills SET paid_minor = paid_minor + NEW.amount_minor WHERE id = NEW.bill_id;
END;

CREATE TRIGGER payments_after_delete AFTER DELETE ON payments
BEGIN
    UPDATE bills SET paid_minor = paid_minor - OLD.amount_minor WHERE id = OLD.bill_id;
END;

CREATE TRIGGER payments_after_update AFTER UPDATE OF amount_minor, bill_id ON payments
BEGIN
    UPDATE bills SET paid_minor = paid_minor - OLD.amount_minor WHERE id = OLD.bill_id;
    UPDATE bills SET paid_minor = paid_minor + NEW.amount_minor WHERE id = NEW.bill_id;
END;

CREATE TRIGGER bills_after_insert AFTER INSERT ON bills
WHEN NEW.status IN ('open', 'disputed') AND NEW.amount_minor - NEW.paid_minor > 0
BEGIN
    INSERT INTO open_balance_by_due (currency, due_on, balance_minor, bill_count)
    VALUES (NEW.currency, coalesce(NEW.due_on, ''), NEW.amount_minor - NEW.paid_minor, 1)
    ON CONFLICT (currency, due_on) DO UPDATE
        SET balance_minor = balance_minor + excluded.balance_minor, bill_count = bill_count + 1;
END;

CREATE TRIGGER bills_after_delete AFTER DELETE ON bills
WHEN OLD.status IN ('open', 'disputed') AND OLD.amount_minor - OLD.paid_minor > 0
BEGIN
    UPDATE open_balance_by_due
       SET balance_minor = balance_minor - (OLD.amount_minor - OLD.paid_minor), bill_count = bill_count - 1
     WHERE currency = OLD.currency AND due_on = coalesce(OLD.due_on, '');
    DELETE FROM open_balance_by_due
     WHERE currency = OLD.currency AND due_on = coalesce(OLD.due_on, '') AND bill_count = 0;
END;

CREATE TRIGGER bills_after_update AFTER UPDATE OF status, amount_minor, paid_minor, currency, due_on ON bills
BEGIN
    UPDATE open_balance_by_due
       SET balance_minor = balance_minor - (OLD.amount_minor - OLD.paid_minor), bill_count = bill_count - 1
     WHERE OLD.status IN ('open', 'disputed') AND OLD.amount_minor - OLD.paid_minor > 0
       AND currency = OLD.currency AND due_on = coalesce(OLD.due_on, '');
    DELETE FROM open_balance_by_due
     WHERE currency = OLD.currency AND due_on = coalesce(OLD.due_on, '') AND bill_count = 0;
    INSERT INTO open_balance_by_due (currency, due_on, balance_minor, bill_count)
    SELECT NEW.currency, coalesce(NEW.due_on, ''), NEW.amount_minor - NEW.paid_minor, 1
     WHERE NEW.status IN ('open', 'disputed') AND NEW.amount_minor - NEW.paid_minor > 0
    ON CONFLICT (currency, due_on) DO UPDATE
        SET balance_minor = balance_minor + excluded.balance_minor, bill_count = bill_count + 1;
END;
