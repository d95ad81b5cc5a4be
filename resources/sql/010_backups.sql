-- 010: copies of the database made by the nightly run and on demand. Kept in the live database so
-- the retention rule knows each copy's kind; the copy itself never holds its own row.
CREATE TABLE backups (
    id           INTEGER PRIMARY KEY,
    file_name    TEXT NOT NULL,
    folder       TEXT NOT NULL,
    made_at      TEXT NOT NULL,
    size_bytes   INTEGER NOT NULL,
    sha256       TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('daily', 'monthly', 'manual')),
    check_result TEXT NOT NULL
);
CREATE INDEX backups_kind_made_at ON backups (kind, made_at);
