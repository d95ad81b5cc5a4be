-- 013: consent with its date and who recorded it, one record per consent, and erasure on request.
-- Each consent keeps its state (consent_profile, consent_marketing: 0/1) and the last change of it:
-- the local date it was given or withdrawn and the name of who recorded that, as the audit trail
-- names them (a member of staff, "cli:alice"). A name, not a staff id: the record must outlive a
-- staff account and also name the command line and imports, which have no staff id.
ALTER TABLE customers ADD COLUMN consent_profile_on TEXT;
ALTER TABLE customers ADD COLUMN consent_profile_by TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN consent_marketing_on TEXT;
ALTER TABLE customers ADD COLUMN consent_marketing_by TEXT NOT NULL DEFAULT '';

-- The one date kept so far was the day a consent was given; who recorded it was not kept.
UPDATE customers SET consent_profile_on = consent_date WHERE consent_profile = 1;
UPDATE customers SET consent_marketing_on = consent_date WHERE consent_marketing = 1;
ALTER TABLE customers DROP COLUMN consent_date;

-- When the customer was erased on request (NULL: never). The row stays so that sales, points and
-- reports keep their customer; its personal fields are replaced (docs/privacy.md).
ALTER TABLE customers ADD COLUMN erased_at TEXT;
