-- 007: contacts made outside a follow-up task, so that the quiet period after a contact knows them:
-- a bulk SMS from an exported list. A done follow-up task is the other kind of contact.
CREATE TABLE contacts (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    contacted_at TEXT NOT NULL,
    channel      TEXT NOT NULL CHECK (channel = 'sms' OR channel = 'wechat' OR channel = 'phone' OR channel = 'visit'),
    source       TEXT NOT NULL CHECK (source = 'sms_export'),
    staff_id     INTEGER REFERENCES staff (id)
);
CREATE INDEX contacts_customer ON contacts (customer_id, contacted_at);
