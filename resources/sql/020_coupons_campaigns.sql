-- 020: acting on the customers (issue 21): campaigns with a frozen audience and a random holdout,
-- and a coupon ledger that campaigns, returns, complaint resolutions and the manager issue into.

-- A campaign and the offer it hands out. The audience is frozen when the campaign is created
-- (campaign_members); `filters` keeps the filters as the manager chose them, for the page to say
-- who was targeted. The holdout is drawn from `seed` and the members' customer ids alone
-- (core/holdout), so the same audience and seed always split the same way.
CREATE TABLE campaigns (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL CHECK (name <> ''),
    kind                TEXT NOT NULL CHECK (kind = 'member_day' OR kind = 'new_arrivals' OR kind = 'vip_fitting'
                                             OR kind = 'holiday_sale' OR kind = 'clearance'),
    first_day           TEXT NOT NULL,
    last_day            TEXT NOT NULL CHECK (last_day >= first_day),
    holdout_percent     INTEGER NOT NULL CHECK (holdout_percent >= 0 AND holdout_percent <= 99),
    seed                BIGINT NOT NULL,
    filters             TEXT NOT NULL DEFAULT '',
    -- The offer, a coupon template: no offer when offer_kind is NULL. Coupons issued from it are
    -- valid from the first to the last day of the campaign.
    offer_kind          TEXT CHECK (offer_kind IS NULL OR offer_kind = 'amount' OR offer_kind = 'percent'
                                    OR offer_kind = 'gift'),
    offer_value         INTEGER NOT NULL DEFAULT 0 CHECK (offer_value >= 0),
    offer_min_spend_fen INTEGER NOT NULL DEFAULT 0 CHECK (offer_min_spend_fen >= 0),
    created_at          TEXT NOT NULL,
    created_by          TEXT NOT NULL DEFAULT ''
);

-- The frozen audience: one row per customer, in the invited group or in the holdout. invited_at is
-- when the invitation went out to her (an SMS list or a message copy); NULL: not yet.
CREATE TABLE campaign_members (
    campaign_id  INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    member_group TEXT NOT NULL CHECK (member_group = 'invited' OR member_group = 'holdout'),
    invited_at   TEXT,
    PRIMARY KEY (campaign_id, customer_id)
);
CREATE INDEX campaign_members_customer ON campaign_members (customer_id);

-- The coupon ledger. value: fen for 'amount', whole percent for 'percent', 0 for 'gift'. Dates are
-- local calendar days (yyyy-MM-dd), valid from the first to the last day inclusive. The code is
-- short, unique and free of look-alike characters (core/coupon_code).
--
-- A coupon is redeemed at most once: redemption is one UPDATE ... WHERE status = 'issued' inside
-- the sale's transaction, which a second window or process finds already changed; the CHECKs below
-- keep a redeemed coupon tied to exactly one sale, and a sale redeems at most one coupon.
CREATE TABLE coupons (
    id                INTEGER PRIMARY KEY,
    code              TEXT NOT NULL UNIQUE,
    customer_id       INTEGER REFERENCES customers (id) ON DELETE CASCADE,
    kind              TEXT NOT NULL CHECK (kind = 'amount' OR kind = 'percent' OR kind = 'gift'),
    value             INTEGER NOT NULL CHECK (value >= 0),
    min_spend_fen     INTEGER NOT NULL DEFAULT 0 CHECK (min_spend_fen >= 0),
    valid_from        TEXT NOT NULL,
    valid_to          TEXT NOT NULL CHECK (valid_to >= valid_from),
    -- campaign, return, complaint, manual; later issues add more, so no CHECK (core/coupon checks it)
    reason            TEXT NOT NULL,
    status            TEXT NOT NULL DEFAULT 'issued' CHECK (status = 'issued' OR status = 'redeemed'
                                                            OR status = 'expired' OR status = 'cancelled'),
    issued_at         TEXT NOT NULL,
    issued_by         TEXT NOT NULL DEFAULT '',
    -- where it came from, when a campaign, a return or a complaint issued it
    campaign_id       INTEGER REFERENCES campaigns (id) ON DELETE SET NULL,
    return_id         INTEGER REFERENCES returns (id),
    complaint_id      INTEGER REFERENCES complaints (id),
    -- the sale that redeemed it and what it took off that sale
    sale_id           INTEGER UNIQUE REFERENCES sales (id),
    discount_fen      INTEGER CHECK (discount_fen IS NULL OR discount_fen >= 0),
    -- when it was redeemed, expired or cancelled
    status_changed_at TEXT,
    CHECK ((status = 'redeemed') = (sale_id IS NOT NULL)),
    CHECK (kind <> 'percent' OR (value >= 1 AND value <= 99)),
    CHECK (kind <> 'gift' OR value = 0)
);
CREATE INDEX coupons_customer ON coupons (customer_id, status);
CREATE INDEX coupons_status ON coupons (status, valid_to);
CREATE INDEX coupons_campaign ON coupons (campaign_id);

-- A coupon's discount spread over the sale's lines by value: this line's share of it, for the whole
-- line. A return refunds what was paid for the returned pieces, that share taken off.
ALTER TABLE sale_lines ADD COLUMN coupon_share_fen INTEGER NOT NULL DEFAULT 0 CHECK (coupon_share_fen >= 0);

-- A contact can now also be a campaign's invitation (an SMS list or message copies from the campaign
-- page). The table is rebuilt for the wider CHECK; nothing refers to it.
CREATE TABLE contacts_020 (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    contacted_at TEXT NOT NULL,
    channel      TEXT NOT NULL CHECK (channel = 'sms' OR channel = 'wechat' OR channel = 'phone' OR channel = 'visit'),
    source       TEXT NOT NULL CHECK (source = 'sms_export' OR source = 'campaign'),
    staff_id     INTEGER REFERENCES staff (id),
    campaign_id  INTEGER REFERENCES campaigns (id) ON DELETE SET NULL
);
INSERT INTO contacts_020 (id, customer_id, contacted_at, channel, source, staff_id)
SELECT id, customer_id, contacted_at, channel, source, staff_id FROM contacts;
DROP TABLE contacts;
ALTER TABLE contacts_020 RENAME TO contacts;
CREATE INDEX contacts_customer ON contacts (customer_id, contacted_at);
