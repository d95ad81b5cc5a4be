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

-- The follow-up calendar: open tasks by due day ("today and overdue" reads the open ones before
-- today without walking the done history), and what each nightly run planned.
CREATE INDEX follow_up_tasks_open ON follow_up_tasks (status, due_on);
ALTER TABLE nightly_runs ADD COLUMN tasks_created INTEGER NOT NULL DEFAULT 0;
