-- 005: the loyalty engine. RFM scores and segments, VIP tiers with their history, the points
-- ledger, and a record of every nightly run. Scores and tiers are results of the last run;
-- the points balance is the sum of the ledger and is stored nowhere else.

-- Two facts about a sale that the nightly aggregation needs without touching 1 M sale lines:
-- whether any of its lines was returned, and whether it is the replacement side of an exchange.
-- Triggers keep them right whoever writes a return (the counter, the bulk loader, an import).
ALTER TABLE sales ADD COLUMN has_returns INTEGER NOT NULL DEFAULT 0 CHECK (has_returns IN (0, 1));
ALTER TABLE sales ADD COLUMN is_exchange INTEGER NOT NULL DEFAULT 0 CHECK (is_exchange IN (0, 1));

UPDATE sales SET has_returns = 1
WHERE id IN (SELECT l.sale_id FROM returns r CROSS JOIN sale_lines l ON l.id = r.sale_line_id);
UPDATE sales SET is_exchange = 1
WHERE id IN (SELECT l.sale_id FROM returns r CROSS JOIN sale_lines l ON l.id = r.replacement_line_id
             WHERE r.replacement_line_id IS NOT NULL);

CREATE TRIGGER returns_mark_sale AFTER INSERT ON returns
BEGIN
    UPDATE sales SET has_returns = 1
    WHERE id = (SELECT sale_id FROM sale_lines WHERE id = NEW.sale_line_id) AND has_returns = 0;
    UPDATE sales SET is_exchange = 1
    WHERE NEW.replacement_line_id IS NOT NULL
      AND id = (SELECT sale_id FROM sale_lines WHERE id = NEW.replacement_line_id) AND is_exchange = 0;
END;

-- Covering index: the nightly aggregation reads every sale in customer order from here alone.
DROP INDEX sales_customer;
CREATE INDEX sales_customer ON sales (customer_id, sold_at, total_fen, has_returns, is_exchange);

CREATE TABLE nightly_runs (
    id              INTEGER PRIMARY KEY,
    as_of           TEXT NOT NULL,
    started_by      TEXT NOT NULL CHECK (started_by IN ('timer', 'catch_up', 'cli', 'manual')),
    started_at      TEXT NOT NULL,
    finished_at     TEXT,
    result          TEXT NOT NULL DEFAULT 'running'
                    CHECK (result IN ('running', 'ok', 'failed', 'cancelled', 'interrupted')),
    message         TEXT NOT NULL DEFAULT '',
    customers       INTEGER NOT NULL DEFAULT 0,
    tier_ups        INTEGER NOT NULL DEFAULT 0,
    tier_downs      INTEGER NOT NULL DEFAULT 0,
    segment_changes INTEGER NOT NULL DEFAULT 0,
    points_expired  INTEGER NOT NULL DEFAULT 0,
    duration_ms     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX nightly_runs_as_of ON nightly_runs (result, as_of);

-- One row per customer who has bought something, as of the last run. Rows are only rewritten
-- when a value changes, so a second run for the same date writes nothing.
CREATE TABLE customer_scores (
    customer_id      INTEGER PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
    last_purchase    TEXT,
    purchases        INTEGER NOT NULL,
    recent_purchases INTEGER NOT NULL,
    spend_fen        INTEGER NOT NULL,
    tier_spend_fen   INTEGER NOT NULL,
    r                INTEGER NOT NULL CHECK (r BETWEEN 0 AND 5),
    f                INTEGER NOT NULL CHECK (f BETWEEN 0 AND 5),
    m                INTEGER NOT NULL CHECK (m BETWEEN 0 AND 5),
    segment          TEXT NOT NULL,
    named_segment    TEXT NOT NULL,
    previous_segment TEXT NOT NULL DEFAULT '',
    segment_since    TEXT
);
CREATE INDEX customer_scores_segment ON customer_scores (segment, named_segment);

-- Customers without a row have no tier yet.
CREATE TABLE customer_tiers (
    customer_id INTEGER PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
    -- OR, not IN: SQLite 3.40 builds a temporary b-tree for an IN list on every insert (see below).
    tier        TEXT NOT NULL CHECK (tier = 'silver' OR tier = 'gold' OR tier = 'black'),
    reached_on  TEXT NOT NULL
);
CREATE INDEX customer_tiers_tier ON customer_tiers (tier);

CREATE TABLE tier_history (
    id            INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    changed_on    TEXT NOT NULL,
    old_tier      TEXT NOT NULL CHECK (old_tier = '' OR old_tier = 'silver' OR old_tier = 'gold' OR old_tier = 'black'),
    new_tier      TEXT NOT NULL CHECK (new_tier = '' OR new_tier = 'silver' OR new_tier = 'gold' OR new_tier = 'black'),
    reason        TEXT NOT NULL CHECK (reason = 'spend_reached' OR reason = 'spend_fell'),
    spend_fen     INTEGER NOT NULL,
    threshold_fen INTEGER NOT NULL,
    run_id        INTEGER REFERENCES nightly_runs (id)
);
CREATE INDEX tier_history_customer ON tier_history (customer_id, changed_on);
CREATE INDEX tier_history_run ON tier_history (run_id);

-- Append-only: every movement of points is a row; the balance is their sum.
CREATE TABLE points_ledger (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    happened_at TEXT NOT NULL,
    -- Comparisons, not kind IN (...): SQLite 3.40 builds a temporary b-tree for an IN list of three
    -- or more values on every INSERT, which doubled the cost of a ledger row in bulk loads.
    kind        TEXT NOT NULL CHECK (kind = 'earn' OR kind = 'reverse' OR kind = 'redeem'
                                     OR kind = 'adjust' OR kind = 'expire'),
    points      INTEGER NOT NULL CHECK (points <> 0),
    -- positive rows: the first day on which these points are no longer valid (NULL: never)
    expires_on  TEXT,
    sale_id     INTEGER REFERENCES sales (id) ON DELETE SET NULL,
    return_id   INTEGER REFERENCES returns (id) ON DELETE SET NULL,
    staff_id    INTEGER REFERENCES staff (id),
    reason      TEXT NOT NULL DEFAULT '',
    run_id      INTEGER REFERENCES nightly_runs (id)
);
CREATE INDEX points_ledger_customer ON points_ledger (customer_id, id);
CREATE INDEX points_ledger_sale ON points_ledger (sale_id) WHERE sale_id IS NOT NULL;

-- The balance never goes below zero, whichever code path writes the row.
CREATE TRIGGER points_ledger_not_negative AFTER INSERT ON points_ledger
WHEN NEW.points < 0
 AND (SELECT SUM(points) FROM points_ledger WHERE customer_id = NEW.customer_id) < 0
BEGIN
    SELECT RAISE(ABORT, 'points balance below zero');
END;
