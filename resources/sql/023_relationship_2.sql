-- 023: the whole relationship, part 2 (issue 24): satisfaction scores (recorded at the counter or
-- imported from a survey), monthly targets per clerk, the manager's spot check of archives for the
-- archive contest, and a member card number per customer.
--
-- The migrator runs every step with foreign-key enforcement off and checks all keys before it commits.

-- A 1-5 score with a comment, given after a visit, a follow-up, a campaign or a complaint call-back,
-- or read from a survey file. The occasion's own row is linked where there is one. staff_id is the
-- clerk the score is about (the visit's clerk, who did the follow-up or the call-back); NULL when no
-- clerk can be named. import_key: a survey row's key, so importing the same file twice adds nothing.
CREATE TABLE satisfaction_scores (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    scored_on    TEXT NOT NULL, -- the local day the customer gave it, YYYY-MM-DD
    score        INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    comment      TEXT NOT NULL DEFAULT '',
    occasion     TEXT NOT NULL
                 CHECK (occasion = 'visit' OR occasion = 'follow_up' OR occasion = 'campaign'
                        OR occasion = 'complaint' OR occasion = 'survey'),
    sale_id      INTEGER REFERENCES sales (id) ON DELETE SET NULL,
    follow_up_id INTEGER REFERENCES follow_up_tasks (id) ON DELETE SET NULL,
    campaign_id  INTEGER REFERENCES campaigns (id) ON DELETE SET NULL,
    complaint_id INTEGER REFERENCES complaints (id) ON DELETE SET NULL,
    staff_id     INTEGER REFERENCES staff (id),
    recorded_at  TEXT NOT NULL,
    recorded_by  INTEGER REFERENCES staff (id), -- NULL: an import or the command line
    import_key   TEXT UNIQUE
);
CREATE INDEX satisfaction_scores_customer ON satisfaction_scores (customer_id, scored_on);
CREATE INDEX satisfaction_scores_scored ON satisfaction_scores (scored_on, staff_id);

-- The manager's monthly targets for one clerk. NULL: no target for that figure this month.
CREATE TABLE staff_targets (
    staff_id        INTEGER NOT NULL REFERENCES staff (id),
    month           TEXT NOT NULL CHECK (length(month) = 7), -- YYYY-MM
    sales_fen       INTEGER CHECK (sales_fen >= 0), -- what her orders came to at the till
    new_archives    INTEGER CHECK (new_archives >= 0),
    follow_ups_done INTEGER CHECK (follow_ups_done >= 0),
    set_at          TEXT NOT NULL,
    set_by          INTEGER REFERENCES staff (id),
    PRIMARY KEY (staff_id, month)
);

-- The manager's spot check of an archive (seed 003 §8): is it a real customer with real facts? The
-- last verdict counts; the archive contest ranks clerks on checked archives only.
CREATE TABLE archive_checks (
    customer_id INTEGER PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
    valid       INTEGER NOT NULL CHECK (valid = 0 OR valid = 1),
    note        TEXT NOT NULL DEFAULT '',
    checked_on  TEXT NOT NULL,
    checked_by  INTEGER REFERENCES staff (id)
);

-- The member card's number: generated, or typed from a card the customer already holds. 6-16
-- letters or digits, stored upper-cased; a scan at the counter finds her by it.
ALTER TABLE customers ADD COLUMN card_no TEXT;
CREATE UNIQUE INDEX customers_card_no ON customers (card_no) WHERE card_no IS NOT NULL;

-- The complaint call-backs' scores were the store's only satisfaction figure before this migration:
-- they count in the new figures too, as scores of the occasion complaint about who was responsible
-- for the complaint (else who took it down), on the local day of the call-back.
INSERT INTO satisfaction_scores (customer_id, scored_on, score, occasion, complaint_id, staff_id, recorded_at)
SELECT customer_id, substr(called_back_at, 1, 10), satisfaction, 'complaint', id,
       COALESCE(responsible_id, taken_by), called_back_at
FROM complaints
WHERE customer_id IS NOT NULL AND called_back_at IS NOT NULL AND satisfaction IS NOT NULL;
