-- 024: a version on each customer's row (issue 25), for the optimistic edit check. Every write to the
-- row adds one; the archive editor saves only while the row still has the version it loaded, so an
-- edit made at another counter meanwhile is refused ("changed elsewhere — reload"), never overwritten.
-- Rows already stored start at 0, as new ones do.
ALTER TABLE customers ADD COLUMN row_version BIGINT NOT NULL DEFAULT 0 CHECK (row_version >= 0);
