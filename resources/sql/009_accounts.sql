-- Staff accounts (issue 6): how each member of staff logs in. The role and whether the account is
-- active stay in `staff`, one place for both; an account is never deleted (history keeps the name),
-- it is deactivated there. Only hashes are stored (Argon2id, libsodium crypto_pwhash_str).
CREATE TABLE staff_credentials (
    staff_id        INTEGER PRIMARY KEY REFERENCES staff (id),
    login           TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(login) BETWEEN 2 AND 30),
    password_hash   TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    pin_hash        TEXT CHECK (pin_hash IS NULL OR pin_hash LIKE '$argon2id$%'),
    password_set_at TEXT NOT NULL,
    failed_logins   INTEGER NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    last_failed_at  TEXT
);
