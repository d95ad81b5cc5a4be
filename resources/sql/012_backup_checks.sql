-- 012: a backup is usable once copied, quick-checked and hashed (check_result); the full
-- integrity_check of the copy runs afterwards and its outcome is kept here. NULL = not done yet,
-- 'ok', or 'failed' (such a copy is never offered for restore).
ALTER TABLE backups ADD COLUMN full_check TEXT CHECK (full_check IN ('ok', 'failed'));
ALTER TABLE backups ADD COLUMN full_check_at TEXT;
-- Copies made before this version had the full check before they were kept.
UPDATE backups SET full_check = 'ok', full_check_at = made_at WHERE check_result = 'ok';
