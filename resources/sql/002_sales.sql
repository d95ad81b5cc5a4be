-- 002: sales with their lines, and returns/exchanges against sale lines. Money is integer fen.

CREATE TABLE sales (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER REFERENCES customers (id) ON DELETE SET NULL,
    sold_at     TEXT NOT NULL,
    clerk_id    INTEGER REFERENCES staff (id),
    total_fen   INTEGER NOT NULL CHECK (total_fen >= 0),
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sales_customer ON sales (customer_id, sold_at);
CREATE INDEX sales_sold_at ON sales (sold_at);

CREATE TABLE sale_lines (
    id             INTEGER PRIMARY KEY,
    sale_id        INTEGER NOT NULL REFERENCES sales (id) ON DELETE CASCADE,
    style_no       TEXT NOT NULL,
    category       TEXT NOT NULL DEFAULT '',
    colour         TEXT NOT NULL DEFAULT '',
    size           TEXT NOT NULL DEFAULT '',
    quantity       INTEGER NOT NULL CHECK (quantity > 0),
    list_price_fen INTEGER NOT NULL CHECK (list_price_fen >= 0),
    paid_price_fen INTEGER NOT NULL CHECK (paid_price_fen >= 0)
);
CREATE INDEX sale_lines_sale ON sale_lines (sale_id);
CREATE INDEX sale_lines_style ON sale_lines (style_no);

CREATE TABLE returns (
    id                  INTEGER PRIMARY KEY,
    sale_line_id        INTEGER NOT NULL REFERENCES sale_lines (id) ON DELETE CASCADE,
    kind                TEXT NOT NULL DEFAULT 'return' CHECK (kind IN ('return', 'exchange')),
    returned_at         TEXT NOT NULL,
    quantity            INTEGER NOT NULL CHECK (quantity > 0),
    refund_fen          INTEGER NOT NULL CHECK (refund_fen >= 0),
    reason              TEXT NOT NULL DEFAULT '',
    replacement_line_id INTEGER REFERENCES sale_lines (id),
    clerk_id            INTEGER REFERENCES staff (id)
);
CREATE INDEX returns_sale_line ON returns (sale_line_id);
