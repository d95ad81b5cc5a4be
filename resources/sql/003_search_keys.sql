-- 003: the counter search index. One row per key a clerk may type: phone suffixes (for
-- "last 4 digits" and "contains"), the name and its tails, pinyin initials and full pinyin,
-- the WeChat id. Filled by CustomerRepository whenever a customer is written.

CREATE TABLE search_keys (
    kind        INTEGER NOT NULL,
    search_key  TEXT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE
);
CREATE INDEX search_keys_lookup ON search_keys (kind, search_key, customer_id);
CREATE INDEX search_keys_customer ON search_keys (customer_id);
