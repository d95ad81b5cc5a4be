-- 008: importing sales history from a till (POS) export. Each imported sale line and return carries a
-- key built from the file's own invoice numbers, so importing the same file twice adds nothing.

ALTER TABLE customers ADD COLUMN external_id TEXT;
CREATE UNIQUE INDEX customers_external_id ON customers (external_id) WHERE external_id IS NOT NULL;

-- The till's invoice number and customer number as the file wrote them: a return in a later file
-- finds the sale it undoes through them even when the customer is not in the archive.
ALTER TABLE sales ADD COLUMN external_invoice TEXT;
ALTER TABLE sales ADD COLUMN external_customer TEXT;
CREATE INDEX sales_external_invoice ON sales (external_invoice) WHERE external_invoice IS NOT NULL;
CREATE INDEX sales_external_customer ON sales (external_customer, sold_at) WHERE external_customer IS NOT NULL;

ALTER TABLE sale_lines ADD COLUMN import_key TEXT;
CREATE UNIQUE INDEX sale_lines_import_key ON sale_lines (import_key) WHERE import_key IS NOT NULL;

ALTER TABLE returns ADD COLUMN import_key TEXT;
CREATE UNIQUE INDEX returns_import_key ON returns (import_key) WHERE import_key IS NOT NULL;

-- Named column mappings, so next month's export from the same till needs no mapping by hand.
CREATE TABLE import_mappings (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    spec       TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- One row per import attempt, including dry runs and refused imports.
CREATE TABLE import_runs (
    id            INTEGER PRIMARY KEY,
    file_name     TEXT NOT NULL,
    started_at    TEXT NOT NULL,
    finished_at   TEXT NOT NULL,
    rows_read     INTEGER NOT NULL DEFAULT 0,
    rows_imported INTEGER NOT NULL DEFAULT 0,
    rows_rejected INTEGER NOT NULL DEFAULT 0,
    result        TEXT NOT NULL
        CHECK (result IN ('imported', 'dry_run', 'nothing_imported', 'cancelled', 'failed'))
);
