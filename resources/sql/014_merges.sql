-- 014: merged duplicates. A merge moves everything of one customer (the absorbed) to another (the
-- survivor) and removes the absorbed row; this table keeps what an undo needs to put it back exactly:
-- the absorbed customer's whole row, the survivor's row before and after, the ids of every row moved
-- per table, and the rows that had to go (the absorbed's scores, tiers, tier history and the links
-- the survivor already had). JSON text; no foreign keys, a record outlives both customers.
CREATE TABLE customer_merges (
    id              INTEGER PRIMARY KEY,
    merged_at       TEXT NOT NULL,
    merged_by       TEXT NOT NULL, -- the audit actor's name
    survivor_id     INTEGER NOT NULL,
    absorbed_id     INTEGER NOT NULL,
    absorbed_row    TEXT NOT NULL, -- {"column": value, ...} of the absorbed customer
    survivor_before TEXT NOT NULL, -- the survivor's row before the merge
    survivor_after  TEXT NOT NULL, -- and right after it (an undo checks nobody changed the filled fields)
    filled          TEXT NOT NULL, -- ["column", ...] the survivor took from the absorbed
    moved           TEXT NOT NULL, -- {"sales": [ids], "customer_tags": [tag ids], ...}
    removed         TEXT NOT NULL, -- {"customer_scores": [{row}], ...} rows deleted with the absorbed
    undone_at       TEXT,
    undone_by       TEXT
);
CREATE INDEX customer_merges_merged_at ON customer_merges (merged_at);
CREATE INDEX customer_merges_survivor ON customer_merges (survivor_id);
