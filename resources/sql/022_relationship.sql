-- 022: the whole relationship, part 1 (issue 23): lost sales and wishes (缺货登记), the referral reward
-- granted once per referred customer, a history of segment moves, and the follow-up purposes arrival
-- ("it's in", for a customer who asked for a style and size) and prospect (the first follow-up of a
-- customer registered without a purchase).
--
-- The migrator runs every step with foreign-key enforcement off and checks all keys before it commits.

-- What a customer wanted and did not buy, with or without a customer. Wanted is a style number or,
-- when she only knew the kind of garment, a category; colour and size when known. arrived_at: the day
-- the manager marked the style (or category) and size as arrived, which planned an arrival task for
-- the customer who asked; a wish is announced once.
CREATE TABLE lost_sales (
    id          INTEGER PRIMARY KEY,
    recorded_at TEXT NOT NULL,
    recorded_by INTEGER REFERENCES staff (id),
    customer_id INTEGER REFERENCES customers (id) ON DELETE SET NULL,
    style_no    TEXT NOT NULL DEFAULT '',
    category    TEXT NOT NULL DEFAULT '',
    colour      TEXT NOT NULL DEFAULT '',
    size        TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL CHECK (reason = 'size_out_of_stock' OR reason = 'price' OR reason = 'fit'
                                     OR reason = 'colour' OR reason = 'other'),
    note        TEXT NOT NULL DEFAULT '',
    arrived_at  TEXT,
    arrived_by  INTEGER REFERENCES staff (id),
    CHECK (style_no <> '' OR category <> '')
);
CREATE INDEX lost_sales_recorded ON lost_sales (recorded_at);
CREATE INDEX lost_sales_customer ON lost_sales (customer_id, recorded_at);
CREATE INDEX lost_sales_style ON lost_sales (style_no, size);

-- The referral reward (老带新): one row per referred customer, written by the nightly run in the
-- transaction that grants the points or the coupon to the referrer, so a second run, or a merge
-- that moves the row to the surviving customer, never grants it again.
CREATE TABLE referral_rewards (
    referred_id INTEGER PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
    referrer_id INTEGER REFERENCES customers (id) ON DELETE SET NULL,
    granted_on  TEXT NOT NULL,
    sale_id     INTEGER REFERENCES sales (id) ON DELETE SET NULL, -- the first purchase that earned it
    points      INTEGER NOT NULL DEFAULT 0,
    coupon_id   INTEGER REFERENCES coupons (id) ON DELETE SET NULL,
    run_id      INTEGER REFERENCES nightly_runs (id) ON DELETE SET NULL
);
CREATE INDEX referral_rewards_referrer ON referral_rewards (referrer_id);

-- Every segment move the nightly run made, for the customer's history (customer_scores keeps only
-- the last one). Seeded with the last move of each customer scored before this migration.
CREATE TABLE segment_history (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    changed_on  TEXT NOT NULL,
    old_segment TEXT NOT NULL,
    new_segment TEXT NOT NULL,
    run_id      INTEGER REFERENCES nightly_runs (id) ON DELETE SET NULL,
    UNIQUE (customer_id, changed_on)
);
INSERT INTO segment_history (customer_id, changed_on, old_segment, new_segment)
SELECT customer_id, segment_since, previous_segment, segment FROM customer_scores
WHERE previous_segment <> '' AND previous_segment <> segment AND segment_since IS NOT NULL;

-- A customer's history reads the handover notes that name her (issue 23); the key starts with the note.
CREATE INDEX handover_note_customers_customer ON handover_note_customers (customer_id);

-- Follow-up tasks gain the purposes arrival and prospect. Rebuilt for the wider CHECK.
CREATE TABLE follow_up_tasks_022 (
    id            INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    due_on        TEXT NOT NULL,
    channel       TEXT NOT NULL
                  CHECK (channel = 'phone' OR channel = 'wechat' OR channel = 'sms' OR channel = 'visit'),
    purpose       TEXT NOT NULL
                  CHECK (purpose = 'planned' OR purpose = 'birthday' OR purpose = 'purchase_cycle'
                         OR purpose = 'dormant' OR purpose = 'complaint_callback' OR purpose = 'holiday'
                         OR purpose = 'life_event' OR purpose = 'activation' OR purpose = 'thank_you'
                         OR purpose = 'arrival' OR purpose = 'prospect'),
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
    run_id        INTEGER REFERENCES nightly_runs (id) ON DELETE SET NULL,
    note_kind     TEXT,
    note_args     TEXT,
    coupon_id     INTEGER REFERENCES coupons (id) ON DELETE SET NULL
);
INSERT INTO follow_up_tasks_022 (id, customer_id, due_on, channel, purpose, assignee_id, note, complaint_id,
    generated_key, status, outcome, outcome_note, next_step, done_at, done_by, created_at, created_by, run_id,
    note_kind, note_args, coupon_id)
SELECT id, customer_id, due_on, channel, purpose, assignee_id, note, complaint_id, generated_key, status, outcome,
    outcome_note, next_step, done_at, done_by, created_at, created_by, run_id, note_kind, note_args, coupon_id
FROM follow_up_tasks;
DROP TABLE follow_up_tasks;
ALTER TABLE follow_up_tasks_022 RENAME TO follow_up_tasks;
CREATE INDEX follow_up_tasks_due ON follow_up_tasks (due_on, status, assignee_id);
CREATE INDEX follow_up_tasks_customer ON follow_up_tasks (customer_id, status, done_at);
CREATE INDEX follow_up_tasks_open ON follow_up_tasks (status, due_on);
