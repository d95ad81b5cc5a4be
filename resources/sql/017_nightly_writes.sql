-- 017: the nightly run writes only what changed.

-- The ledger's customer index carries the points too: the trigger that keeps a balance from going
-- below zero sums a customer's points for every row that takes some out, and read each of them from
-- the table (the first nightly run on a big store writes tens of thousands of expiries).
DROP INDEX points_ledger_customer;
CREATE INDEX points_ledger_customer ON points_ledger (customer_id, id, points);

-- A forecast keeps what changes only when the customer buys or the store refits (core/prediction.h):
-- her first and last purchase day instead of her age and the days since, P(alive) to the percent,
-- and not the expectations, which move with every day and are computed where they are shown. The
-- days are day numbers (Julian days) so that the chart's bands are integer arithmetic in SQL.
-- The forecasts' day is the store's, in forecast_day.
CREATE TABLE forecast_day (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    as_of TEXT NOT NULL
);
INSERT INTO forecast_day (id, as_of) SELECT 1, as_of FROM customer_predictions LIMIT 1;

CREATE TABLE customer_predictions_017 (
    customer_id          INTEGER PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
    fit_id               INTEGER NOT NULL REFERENCES prediction_fits (id),
    repeat_purchases     INTEGER NOT NULL,
    t_x                  REAL NOT NULL,
    first_purchase_day   INTEGER NOT NULL,
    last_purchase_day    INTEGER NOT NULL,
    p_alive              REAL NOT NULL,
    average_value_fen    INTEGER NOT NULL,
    median_interval_days INTEGER, -- NULL: fewer than three purchase days
    next_purchase        TEXT -- the last purchase day + the median interval
);
INSERT INTO customer_predictions_017 (customer_id, fit_id, repeat_purchases, t_x, first_purchase_day,
    last_purchase_day, p_alive, average_value_fen, median_interval_days, next_purchase)
SELECT p.customer_id, p.fit_id, p.repeat_purchases, p.t_x,
       CAST(julianday(p.as_of) + 0.5 AS INTEGER)
           - CAST(round(p.age * CASE f.unit WHEN 'week' THEN 7 ELSE 1 END) AS INTEGER),
       CAST(julianday(p.as_of) + 0.5 AS INTEGER) - p.days_since_purchase,
       round(p.p_alive, 2), p.average_value_fen, p.median_interval_days, p.next_purchase
FROM customer_predictions p JOIN prediction_fits f ON f.id = p.fit_id;
DROP TABLE customer_predictions;
ALTER TABLE customer_predictions_017 RENAME TO customer_predictions;
CREATE INDEX customer_predictions_p_alive ON customer_predictions (p_alive);
CREATE INDEX customer_predictions_next ON customer_predictions (next_purchase);
