-- 021: acting on the customers, part 2 (issue 22): tier benefits as data and their uses, the holiday
-- calendar, new buyers brought back (activation and thank-you tasks, a task's coupon), RSVPs and
-- attendance for event campaigns, and the fashion show as a campaign kind.
--
-- The migrator runs every step with foreign-key enforcement off and checks all keys before it commits
-- (SQLite's procedure for rebuilding a table): the campaigns table is rebuilt below, and dropping it
-- with enforcement on would delete its members.

-- What each tier promises (seed 002 §3). A tier's card shows its own benefits and those of the tiers
-- below it. The points multiplier and redemption are not rows here: they are the points rules,
-- shown as benefits (core/tier_benefit). period: how often a customer may use it — once a calendar
-- year, once a visit (a day at the counter), or always (uses are recorded, never refused). A benefit
-- with a coupon (the birthday discount, the gift box) is issued by the nightly run as a coupon; its
-- coupon_* columns are the coupon's template (value: fen for amount, whole percent for percent, 0 for a
-- gift). A benefit that has been used is retired, not deleted, so its uses keep their words.
CREATE TABLE tier_benefits (
    id                   INTEGER PRIMARY KEY,
    tier                 TEXT NOT NULL CHECK (tier = 'silver' OR tier = 'gold' OR tier = 'black'),
    kind                 TEXT NOT NULL CHECK (kind = 'birthday_coupon' OR kind = 'gift_box'
                                              OR kind = 'new_arrivals_first' OR kind = 'alterations'
                                              OR kind = 'personal_stylist' OR kind = 'show_invitation'
                                              OR kind = 'other'),
    words_zh             TEXT NOT NULL CHECK (length(trim(words_zh)) > 0),
    words_en             TEXT NOT NULL CHECK (length(trim(words_en)) > 0),
    period               TEXT NOT NULL CHECK (period = 'yearly' OR period = 'per_visit' OR period = 'always'),
    coupon_kind          TEXT CHECK (coupon_kind IS NULL OR coupon_kind = 'amount' OR coupon_kind = 'percent'
                                     OR coupon_kind = 'gift'),
    coupon_value         INTEGER NOT NULL DEFAULT 0 CHECK (coupon_value >= 0),
    coupon_min_spend_fen INTEGER NOT NULL DEFAULT 0 CHECK (coupon_min_spend_fen >= 0),
    coupon_valid_days    INTEGER NOT NULL DEFAULT 0 CHECK (coupon_valid_days >= 0),
    position             INTEGER NOT NULL DEFAULT 0,
    retired_at           TEXT, -- NULL: offered
    CHECK ((kind = 'birthday_coupon' OR kind = 'gift_box') = (coupon_kind IS NOT NULL))
);
CREATE INDEX tier_benefits_tier ON tier_benefits (tier, position);

INSERT INTO tier_benefits (tier, kind, words_zh, words_en, period, coupon_kind, coupon_value, coupon_valid_days, position)
VALUES ('silver', 'birthday_coupon', '生日8折券', 'Birthday coupon, 20 % off', 'yearly', 'percent', 20, 14, 1);
INSERT INTO tier_benefits (tier, kind, words_zh, words_en, period, position)
VALUES ('gold', 'new_arrivals_first', '新品优先购', 'New arrivals first', 'always', 1);
INSERT INTO tier_benefits (tier, kind, words_zh, words_en, period, position)
VALUES ('gold', 'alterations', '免费熨烫与修改', 'Free ironing and alterations', 'per_visit', 2);
INSERT INTO tier_benefits (tier, kind, words_zh, words_en, period, position)
VALUES ('black', 'personal_stylist', '私人搭配师', 'Personal stylist', 'always', 1);
INSERT INTO tier_benefits (tier, kind, words_zh, words_en, period, coupon_kind, coupon_value, coupon_valid_days, position)
VALUES ('black', 'gift_box', '年度定制礼盒', 'Annual gift box', 'yearly', 'gift', 0, 60, 2);
INSERT INTO tier_benefits (tier, kind, words_zh, words_en, period, position)
VALUES ('black', 'show_invitation', '线下秀场邀请', 'Fashion show invitations', 'always', 3);

-- A benefit used. period_key names the period the use counts in: the year ('2026') for a yearly
-- benefit, the day ('2026-05-03') for a per-visit one, NULL for one offered always; the UNIQUE key
-- refuses a second use in a period even from a second window (NULLs never collide). A coupon benefit's
-- use is the coupon the nightly run issued (coupon_id); a clerk's use names the clerk.
CREATE TABLE benefit_uses (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    benefit_id  INTEGER NOT NULL REFERENCES tier_benefits (id),
    used_on     TEXT NOT NULL,
    period_key  TEXT,
    recorded_at TEXT NOT NULL,
    staff_id    INTEGER REFERENCES staff (id),
    coupon_id   INTEGER REFERENCES coupons (id) ON DELETE SET NULL,
    note        TEXT NOT NULL DEFAULT '',
    UNIQUE (customer_id, benefit_id, period_key)
);
CREATE INDEX benefit_uses_customer ON benefit_uses (customer_id, used_on);

-- The Black tier's personal stylist: a member of staff chosen on the archive. NULL: none chosen.
ALTER TABLE customers ADD COLUMN stylist_id INTEGER REFERENCES staff (id);

-- The holiday calendar the nightly run plans greetings from. One row per holiday and year: lunar
-- holidays move, and a store may add its own (code 'other'). Dates are data, not computed: ICU's
-- Chinese calendar puts the Spring Festival of 2027 and 2030 a day early (the new moon falls within
-- minutes of midnight in Beijing), so the dates below are the published ones. greet = 0 keeps a
-- holiday on the calendar without greetings.
CREATE TABLE holidays (
    id       INTEGER PRIMARY KEY,
    code     TEXT NOT NULL CHECK (code = 'spring_festival' OR code = 'womens_day' OR code = 'day_520'
                                  OR code = 'qixi' OR code = 'mid_autumn' OR code = 'national_day'
                                  OR code = 'double_11' OR code = 'christmas' OR code = 'other'),
    name_zh  TEXT NOT NULL CHECK (length(trim(name_zh)) > 0),
    name_en  TEXT NOT NULL CHECK (length(trim(name_en)) > 0),
    day      TEXT NOT NULL,
    greet    INTEGER NOT NULL DEFAULT 1 CHECK (greet = 0 OR greet = 1),
    UNIQUE (name_zh, day)
);
CREATE INDEX holidays_day ON holidays (day);

INSERT INTO holidays (code, name_zh, name_en, day) VALUES
    ('spring_festival', '春节', 'Spring Festival', '2026-02-17'),
    ('spring_festival', '春节', 'Spring Festival', '2027-02-06'),
    ('spring_festival', '春节', 'Spring Festival', '2028-01-26'),
    ('spring_festival', '春节', 'Spring Festival', '2029-02-13'),
    ('spring_festival', '春节', 'Spring Festival', '2030-02-03'),
    ('spring_festival', '春节', 'Spring Festival', '2031-01-23'),
    ('qixi', '七夕', 'Qixi', '2026-08-19'),
    ('qixi', '七夕', 'Qixi', '2027-08-08'),
    ('qixi', '七夕', 'Qixi', '2028-08-26'),
    ('qixi', '七夕', 'Qixi', '2029-08-16'),
    ('qixi', '七夕', 'Qixi', '2030-08-05'),
    ('qixi', '七夕', 'Qixi', '2031-08-24'),
    ('mid_autumn', '中秋节', 'Mid-Autumn Festival', '2026-09-25'),
    ('mid_autumn', '中秋节', 'Mid-Autumn Festival', '2027-09-15'),
    ('mid_autumn', '中秋节', 'Mid-Autumn Festival', '2028-10-03'),
    ('mid_autumn', '中秋节', 'Mid-Autumn Festival', '2029-09-22'),
    ('mid_autumn', '中秋节', 'Mid-Autumn Festival', '2030-09-12'),
    ('mid_autumn', '中秋节', 'Mid-Autumn Festival', '2031-10-01');
INSERT INTO holidays (code, name_zh, name_en, day)
SELECT h.code, h.name_zh, h.name_en, y.year || h.month_day
FROM (SELECT 'womens_day' AS code, '妇女节' AS name_zh, 'Women''s Day' AS name_en, '-03-08' AS month_day
      UNION ALL SELECT 'day_520', '520', '520 (I love you day)', '-05-20'
      UNION ALL SELECT 'national_day', '国庆节', 'National Day', '-10-01'
      UNION ALL SELECT 'double_11', '双十一', 'Double 11', '-11-11'
      UNION ALL SELECT 'christmas', '圣诞节', 'Christmas', '-12-25') AS h
CROSS JOIN (SELECT '2026' AS year UNION ALL SELECT '2027' UNION ALL SELECT '2028' UNION ALL SELECT '2029'
            UNION ALL SELECT '2030' UNION ALL SELECT '2031') AS y;

-- Follow-up tasks gain the purposes activation (a first-time buyer who has not come back) and
-- thank_you (the day after a purchase), and the coupon a task hands over (an activation coupon, the
-- dormant message's discount). Rebuilt for the wider CHECK; nothing refers to the table.
CREATE TABLE follow_up_tasks_021 (
    id            INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    due_on        TEXT NOT NULL,
    channel       TEXT NOT NULL
                  CHECK (channel = 'phone' OR channel = 'wechat' OR channel = 'sms' OR channel = 'visit'),
    purpose       TEXT NOT NULL
                  CHECK (purpose = 'planned' OR purpose = 'birthday' OR purpose = 'purchase_cycle'
                         OR purpose = 'dormant' OR purpose = 'complaint_callback' OR purpose = 'holiday'
                         OR purpose = 'life_event' OR purpose = 'activation' OR purpose = 'thank_you'),
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
INSERT INTO follow_up_tasks_021 (id, customer_id, due_on, channel, purpose, assignee_id, note, complaint_id,
    generated_key, status, outcome, outcome_note, next_step, done_at, done_by, created_at, created_by, run_id,
    note_kind, note_args)
SELECT id, customer_id, due_on, channel, purpose, assignee_id, note, complaint_id, generated_key, status, outcome,
    outcome_note, next_step, done_at, done_by, created_at, created_by, run_id, note_kind, note_args
FROM follow_up_tasks;
DROP TABLE follow_up_tasks;
ALTER TABLE follow_up_tasks_021 RENAME TO follow_up_tasks;
CREATE INDEX follow_up_tasks_due ON follow_up_tasks (due_on, status, assignee_id);
CREATE INDEX follow_up_tasks_customer ON follow_up_tasks (customer_id, status, done_at);
CREATE INDEX follow_up_tasks_open ON follow_up_tasks (status, due_on);

-- The fashion show joins the event campaigns (member day, private fitting, show), whose invited
-- customers answer (rsvp: yes or no, NULL: no answer yet) and come or not (attended_at). Rebuilt for
-- the wider CHECK, with foreign keys off (see the top): members, coupons and contacts keep their rows.
CREATE TABLE campaigns_021 (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL CHECK (name <> ''),
    kind                TEXT NOT NULL CHECK (kind = 'member_day' OR kind = 'new_arrivals' OR kind = 'vip_fitting'
                                             OR kind = 'holiday_sale' OR kind = 'clearance'
                                             OR kind = 'fashion_show'),
    first_day           TEXT NOT NULL,
    last_day            TEXT NOT NULL CHECK (last_day >= first_day),
    holdout_percent     INTEGER NOT NULL CHECK (holdout_percent >= 0 AND holdout_percent <= 99),
    seed                BIGINT NOT NULL,
    filters             TEXT NOT NULL DEFAULT '',
    offer_kind          TEXT CHECK (offer_kind IS NULL OR offer_kind = 'amount' OR offer_kind = 'percent'
                                    OR offer_kind = 'gift'),
    offer_value         INTEGER NOT NULL DEFAULT 0 CHECK (offer_value >= 0),
    offer_min_spend_fen INTEGER NOT NULL DEFAULT 0 CHECK (offer_min_spend_fen >= 0),
    created_at          TEXT NOT NULL,
    created_by          TEXT NOT NULL DEFAULT ''
);
INSERT INTO campaigns_021 (id, name, kind, first_day, last_day, holdout_percent, seed, filters, offer_kind,
    offer_value, offer_min_spend_fen, created_at, created_by)
SELECT id, name, kind, first_day, last_day, holdout_percent, seed, filters, offer_kind, offer_value,
    offer_min_spend_fen, created_at, created_by
FROM campaigns;
DROP TABLE campaigns;
ALTER TABLE campaigns_021 RENAME TO campaigns;

ALTER TABLE campaign_members ADD COLUMN rsvp TEXT CHECK (rsvp IS NULL OR rsvp = 'yes' OR rsvp = 'no');
ALTER TABLE campaign_members ADD COLUMN rsvp_at TEXT;
ALTER TABLE campaign_members ADD COLUMN attended_at TEXT;
ALTER TABLE campaign_members ADD COLUMN recorded_by INTEGER REFERENCES staff (id);
