-- 019: every attendant takes the counter with a PIN (issue 19). Until now only staff with a login
-- could have one (staff_credentials.pin_hash), so the other staff were chosen without any check and
-- a sale could be credited to anyone. A PIN belongs to the member of staff, login or not; the
-- manager sets it. Wrong PINs are counted here, apart from wrong passwords, and slowed down the
-- same way (core/login_throttle).
CREATE TABLE counter_pins (
    staff_id        INTEGER PRIMARY KEY REFERENCES staff (id),
    pin_hash        TEXT NOT NULL CHECK (pin_hash LIKE '$argon2id$%'),
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    last_failed_at  TEXT
);

INSERT INTO counter_pins (staff_id, pin_hash)
SELECT staff_id, pin_hash FROM staff_credentials WHERE pin_hash IS NOT NULL;

-- The old column stays (dropping a column is not portable to every SQLite a store may have) but is
-- no longer read or written.
UPDATE staff_credentials SET pin_hash = NULL;
