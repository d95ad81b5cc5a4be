-- 018: a complaint from someone not in the archive keeps who called and the number to call back.

-- Only for a complaint without a customer (the customer's own name and phone are in customers);
-- '' when not given. The phone is stored as the digits PhoneNumber validated, like customers.phone,
-- and shown masked to a clerk (docs/privacy.md). Registering the caller as a customer moves both
-- into the archive and empties them here, so the erasure of that customer reaches them.
ALTER TABLE complaints ADD COLUMN caller_name TEXT NOT NULL DEFAULT '';
ALTER TABLE complaints ADD COLUMN caller_phone TEXT NOT NULL DEFAULT '';
