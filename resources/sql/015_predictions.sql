-- 015: what the prediction models say. prediction_fits keeps every fit that succeeded (the nightly
-- run scores with the newest; a fit that fails adds nothing, so a good fit is never replaced by a
-- bad one). customer_predictions holds each buying customer's latest forecast, replaced as a whole
-- by each nightly run. Times x, t_x and T are in the fit's unit.
CREATE TABLE prediction_fits (
    id                   INTEGER PRIMARY KEY,
    fitted_at            TEXT NOT NULL,
    as_of                TEXT NOT NULL,
    unit                 TEXT NOT NULL CHECK (unit IN ('day', 'week')),
    customers            INTEGER NOT NULL,
    r                    REAL NOT NULL,
    alpha                REAL NOT NULL,
    a                    REAL NOT NULL,
    b                    REAL NOT NULL,
    log_likelihood       REAL NOT NULL,
    spend_customers      INTEGER NOT NULL,
    spend_p              REAL NOT NULL,
    spend_q              REAL NOT NULL,
    spend_gamma          REAL NOT NULL,
    spend_log_likelihood REAL NOT NULL,
    nightly_run_id       INTEGER REFERENCES nightly_runs (id) ON DELETE SET NULL
);

CREATE TABLE customer_predictions (
    customer_id          INTEGER PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
    fit_id               INTEGER NOT NULL REFERENCES prediction_fits (id),
    as_of                TEXT NOT NULL,
    repeat_purchases     INTEGER NOT NULL,
    t_x                  REAL NOT NULL,
    age                  REAL NOT NULL,
    days_since_purchase  INTEGER NOT NULL,
    p_alive              REAL NOT NULL,
    expected_90d         REAL NOT NULL,
    expected_value_fen   INTEGER NOT NULL,
    average_value_fen    INTEGER NOT NULL,
    median_interval_days INTEGER, -- NULL: fewer than three purchase days
    next_purchase        TEXT -- the last purchase day + the median interval
);
CREATE INDEX customer_predictions_p_alive ON customer_predictions (p_alive);
CREATE INDEX customer_predictions_next ON customer_predictions (next_purchase);
