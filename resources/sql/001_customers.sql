-- 001: staff, settings and the customer archive with its tag library and life events.
-- Portable SQL: standard types, no SQLite-only syntax. Dates are ISO 8601 text
-- (YYYY-MM-DD); times carry their UTC offset (YYYY-MM-DDTHH:MM:SS+08:00).

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE staff (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE,
    role   TEXT NOT NULL DEFAULT 'clerk' CHECK (role IN ('clerk', 'manager')),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE customers (
    id            INTEGER PRIMARY KEY,
    -- hard facts
    name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
    phone         TEXT NOT NULL UNIQUE,
    phone_kind    TEXT NOT NULL DEFAULT 'mobile' CHECK (phone_kind IN ('mobile', 'landline')),
    gender        TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'female', 'male', 'other')),
    ethnicity     TEXT NOT NULL DEFAULT '',
    birthday      TEXT,
    birth_month   INTEGER CHECK (birth_month BETWEEN 1 AND 12),
    birth_year    INTEGER,
    wechat_id     TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT '',
    address       TEXT NOT NULL DEFAULT '',
    size_top      TEXT NOT NULL DEFAULT '',
    size_bottom   TEXT NOT NULL DEFAULT '',
    size_shoe     TEXT NOT NULL DEFAULT '',
    body_type     TEXT NOT NULL DEFAULT '' CHECK (body_type IN ('', 'regular', 'plus', 'petite')),
    occupation    TEXT NOT NULL DEFAULT '',
    -- soft facts
    work_family         TEXT NOT NULL DEFAULT '',
    personality         TEXT NOT NULL DEFAULT '',
    consumption_habits  TEXT NOT NULL DEFAULT '',
    dress_preferences   TEXT NOT NULL DEFAULT '',
    hobbies             TEXT NOT NULL DEFAULT '',
    lifestyle           TEXT NOT NULL DEFAULT '',
    service_style       TEXT NOT NULL DEFAULT '',
    preferred_channel   TEXT NOT NULL DEFAULT '' CHECK (preferred_channel IN ('', 'phone', 'wechat', 'sms', 'visit')),
    promotion_receptiveness TEXT NOT NULL DEFAULT ''
        CHECK (promotion_receptiveness IN ('', 'welcomes', 'occasional', 'dislikes')),
    personal_values     TEXT NOT NULL DEFAULT '',
    notes               TEXT NOT NULL DEFAULT '',
    -- where they came from
    source        TEXT NOT NULL DEFAULT 'walk_in'
        CHECK (source IN ('walk_in', 'wechat', 'douyin', 'ecommerce', 'referral', 'event', 'other')),
    referrer_id   INTEGER REFERENCES customers (id) ON DELETE SET NULL,
    -- consent to keeping the profile (birthday, address, soft facts) and to marketing
    consent_profile   INTEGER NOT NULL DEFAULT 0 CHECK (consent_profile IN (0, 1)),
    consent_marketing INTEGER NOT NULL DEFAULT 0 CHECK (consent_marketing IN (0, 1)),
    consent_date      TEXT,
    created_by    INTEGER REFERENCES staff (id),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX customers_name ON customers (name);
CREATE INDEX customers_created_at ON customers (created_at);
CREATE INDEX customers_birth_month ON customers (birth_month);
CREATE INDEX customers_source ON customers (source);
CREATE INDEX customers_referrer ON customers (referrer_id);

-- The managed tag library (客户画像标签库) and its links to customers.
CREATE TABLE tags (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    category TEXT NOT NULL DEFAULT 'other'
        CHECK (category IN ('style', 'size', 'scene', 'colour', 'material', 'life_stage', 'other')),
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

CREATE TABLE customer_tags (
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    source      TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'auto')),
    added_at    TEXT NOT NULL,
    PRIMARY KEY (customer_id, tag_id)
);
CREATE INDEX customer_tags_tag ON customer_tags (tag_id, customer_id);

-- Life events (人生节点): promotion, wedding, new baby... dated notes that drive care.
CREATE TABLE life_events (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    event_date  TEXT NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'other'
        CHECK (kind IN ('promotion', 'wedding', 'new_baby', 'moving', 'graduation', 'other')),
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX life_events_customer ON life_events (customer_id, event_date);
