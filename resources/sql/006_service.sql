-- 006: after-sales service. Complaints to closure, follow-up tasks (回访) for the calendar,
-- message templates for WeChat/SMS, and shift handover notes (交接班).
-- Times carry their UTC offset; dates are YYYY-MM-DD. CHECKs use OR, not IN (see 005).

CREATE TABLE complaints (
    id              INTEGER PRIMARY KEY,
    -- NULL: a caller who is not in the archive (or a customer erased since)
    customer_id     INTEGER REFERENCES customers (id) ON DELETE SET NULL,
    channel         TEXT NOT NULL
                    CHECK (channel = 'in_store' OR channel = 'phone' OR channel = 'wechat' OR channel = 'online'),
    category        TEXT NOT NULL
                    CHECK (category = 'quality' OR category = 'size' OR category = 'service'
                           OR category = 'delivery' OR category = 'price' OR category = 'other'),
    severity        TEXT NOT NULL CHECK (severity = 'low' OR severity = 'medium' OR severity = 'high'),
    content         TEXT NOT NULL CHECK (length(trim(content)) > 0),
    style_number    TEXT NOT NULL DEFAULT '', -- the product complained about, when there is one
    taken_by        INTEGER REFERENCES staff (id),
    received_at     TEXT NOT NULL,
    respond_by      TEXT NOT NULL, -- the response target (SLA) worked out at intake
    state           TEXT NOT NULL DEFAULT 'received'
                    CHECK (state = 'received' OR state = 'acknowledged' OR state = 'investigating'
                           OR state = 'resolution_offered' OR state = 'resolved' OR state = 'called_back'
                           OR state = 'closed'),
    responsible_id  INTEGER REFERENCES staff (id),
    deadline        TEXT, -- by when the responsible person resolves it
    resolution      TEXT NOT NULL DEFAULT ''
                    CHECK (resolution = '' OR resolution = 'refund' OR resolution = 'exchange'
                           OR resolution = 'repair' OR resolution = 'coupon' OR resolution = 'accessory'
                           OR resolution = 'other'),
    resolution_note TEXT NOT NULL DEFAULT '',
    resolution_fen  INTEGER NOT NULL DEFAULT 0 CHECK (resolution_fen >= 0),
    acknowledged_at TEXT,
    resolved_at     TEXT,
    called_back_at  TEXT,
    satisfaction    INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
    callback_note   TEXT NOT NULL DEFAULT '',
    closed_at       TEXT,
    updated_at      TEXT NOT NULL,
    -- closing needs the call-back and its score, whatever path the row took
    CHECK (state <> 'closed' OR (called_back_at IS NOT NULL AND satisfaction IS NOT NULL))
);
CREATE INDEX complaints_state ON complaints (state, respond_by);
CREATE INDEX complaints_customer ON complaints (customer_id);
CREATE INDEX complaints_received ON complaints (received_at);

-- Every step a complaint took: who moved it, when, and what they wrote.
CREATE TABLE complaint_events (
    id           INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
    at           TEXT NOT NULL,
    from_state   TEXT, -- NULL for the intake
    to_state     TEXT NOT NULL,
    by_staff     INTEGER REFERENCES staff (id),
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX complaint_events_complaint ON complaint_events (complaint_id, at);

-- Follow-up tasks (回访). Manual tasks have no generated_key; the nightly job and the complaints
-- workflow give theirs a key such as 'birthday:42:2026', so the same task is never made twice.
CREATE TABLE follow_up_tasks (
    id            INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    due_on        TEXT NOT NULL,
    channel       TEXT NOT NULL
                  CHECK (channel = 'phone' OR channel = 'wechat' OR channel = 'sms' OR channel = 'visit'),
    purpose       TEXT NOT NULL
                  CHECK (purpose = 'planned' OR purpose = 'birthday' OR purpose = 'purchase_cycle'
                         OR purpose = 'dormant' OR purpose = 'complaint_callback' OR purpose = 'holiday'
                         OR purpose = 'life_event'),
    assignee_id   INTEGER REFERENCES staff (id), -- NULL: whoever is at the counter
    note          TEXT NOT NULL DEFAULT '', -- what to do, why now
    complaint_id  INTEGER REFERENCES complaints (id) ON DELETE CASCADE,
    generated_key TEXT UNIQUE,
    status        TEXT NOT NULL DEFAULT 'open'
                  CHECK (status = 'open' OR status = 'done' OR status = 'cancelled'),
    outcome       TEXT NOT NULL DEFAULT ''
                  CHECK (outcome = '' OR outcome = 'reached' OR outcome = 'no_answer' OR outcome = 'declined'
                         OR outcome = 'visit_booked' OR outcome = 'purchased' OR outcome = 'other'),
    outcome_note  TEXT NOT NULL DEFAULT '',
    next_step     TEXT NOT NULL DEFAULT '',
    done_at       TEXT,
    done_by       INTEGER REFERENCES staff (id),
    created_at    TEXT NOT NULL,
    created_by    INTEGER REFERENCES staff (id), -- NULL: generated
    run_id        INTEGER REFERENCES nightly_runs (id) ON DELETE SET NULL
);
CREATE INDEX follow_up_tasks_due ON follow_up_tasks (due_on, status, assignee_id);
CREATE INDEX follow_up_tasks_customer ON follow_up_tasks (customer_id, status, done_at);

-- Texts for WeChat/SMS with {name}, {tier}, {points}, {coupon}, {style}.
CREATE TABLE message_templates (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    purpose    TEXT NOT NULL DEFAULT '', -- a follow-up purpose code it suits; '' for any
    language   TEXT NOT NULL DEFAULT 'zh_CN' CHECK (language = 'zh_CN' OR language = 'en'),
    body       TEXT NOT NULL CHECK (length(trim(body)) > 0),
    coupon     TEXT NOT NULL DEFAULT '', -- what {coupon} says, e.g. "满500减50"
    updated_at TEXT NOT NULL
);

-- Shift handover notes (交接班): written by one shift, read by the next.
CREATE TABLE handover_notes (
    id         INTEGER PRIMARY KEY,
    written_at TEXT NOT NULL,
    written_by INTEGER REFERENCES staff (id),
    body       TEXT NOT NULL CHECK (length(trim(body)) > 0)
);
CREATE INDEX handover_notes_written ON handover_notes (written_at);

CREATE TABLE handover_note_customers (
    note_id     INTEGER NOT NULL REFERENCES handover_notes (id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    PRIMARY KEY (note_id, customer_id)
);

CREATE TABLE handover_reads (
    note_id  INTEGER NOT NULL REFERENCES handover_notes (id) ON DELETE CASCADE,
    staff_id INTEGER NOT NULL REFERENCES staff (id),
    read_at  TEXT NOT NULL,
    PRIMARY KEY (note_id, staff_id)
);

-- Default message templates, one Chinese and one English for each kind of contact the calendar
-- plans. The store edits them in Settings; a Chinese text stays within one SMS (70 characters).
INSERT INTO message_templates (name, purpose, language, body, coupon, updated_at) VALUES
    ('生日祝福', 'birthday', 'zh_CN',
     '{name}您好，祝您生日快乐！本店为您准备了生日礼：{coupon}，生日当月到店即可使用。',
     '100元生日礼券', '2026-11-25T00:00:00+08:00'),
    ('回购提醒', 'purchase_cycle', 'zh_CN',
     '{name}您好，和您上次选的{style}很搭的新款到店了，有空来试试，我们为您留好尺码。',
     '', '2026-11-25T00:00:00+08:00'),
    ('老顾客唤醒', 'dormant', 'zh_CN',
     '{name}您好，好久不见，很想念您！{coupon}已为您备好，期待您回店里逛逛。',
     '满500减50', '2026-11-25T00:00:00+08:00'),
    ('投诉回访', 'complaint_callback', 'zh_CN',
     '{name}您好，上次的问题处理后您还满意吗？有任何意见请随时告诉我们，谢谢您的包容。',
     '', '2026-11-25T00:00:00+08:00'),
    ('节日问候', 'holiday', 'zh_CN',
     '{name}您好，节日快乐！感谢您一直以来的支持，您现有{points}积分，欢迎到店兑换好礼。',
     '', '2026-11-25T00:00:00+08:00'),
    ('Birthday greeting', 'birthday', 'en',
     'Happy birthday, {name}! A gift is waiting for you at the store: {coupon}, valid all month.',
     '100 yuan birthday voucher', '2026-11-25T00:00:00+08:00'),
    ('Purchase cycle wake-up', 'purchase_cycle', 'en',
     'Hi {name}, new arrivals match the style {style} you chose last time. Drop by to try them; we will keep your size.',
     '', '2026-11-25T00:00:00+08:00'),
    ('Welcome back', 'dormant', 'en',
     'Hi {name}, we have missed you! {coupon} is waiting for you. Hope to see you at the store soon.',
     '50 yuan off 500', '2026-11-25T00:00:00+08:00'),
    ('Complaint call-back', 'complaint_callback', 'en',
     'Hi {name}, are you happy with how we handled your concern? Tell us anything we can do better. Thank you!',
     '', '2026-11-25T00:00:00+08:00'),
    ('Holiday greeting', 'holiday', 'en',
     'Happy holidays, {name}! Thank you for your support. You have {points} points to spend on a gift at the store.',
     '', '2026-11-25T00:00:00+08:00');

-- The follow-up calendar: open tasks by due day ("today and overdue" reads the open ones before
-- today without walking the done history), and what each nightly run planned.
CREATE INDEX follow_up_tasks_open ON follow_up_tasks (status, due_on);
ALTER TABLE nightly_runs ADD COLUMN tasks_created INTEGER NOT NULL DEFAULT 0;
