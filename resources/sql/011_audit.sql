-- 010: the audit trail. Who did what and when: every change to a customer (field by field, old and
-- new value), every reveal of a full phone number or address, every export, every login and failed
-- login, every change to the rulebooks. Append-only: the triggers below refuse UPDATE and DELETE
-- inside SQLite itself, and the program has no code path that would try.
-- Personal data may appear in details (old and new values): the database file is the protected
-- place for it; log files never carry it.

CREATE TABLE audit_log (
    id             INTEGER PRIMARY KEY,
    happened_at    TEXT NOT NULL,
    actor_kind     TEXT NOT NULL CHECK (actor_kind IN ('staff', 'cli', 'system')),
    -- no foreign keys: an entry outlives the staff member or customer it names
    actor_staff_id INTEGER,
    actor_name     TEXT NOT NULL,
    action         TEXT NOT NULL,
    customer_id    INTEGER,
    details        TEXT NOT NULL DEFAULT '{}'
);

CREATE INDEX audit_log_time ON audit_log (happened_at);
CREATE INDEX audit_log_customer ON audit_log (customer_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
