-- 025: a key on each sale made at the counter when the clerk starts saving it (issue 25). When the
-- connection to the server is lost while a sale is saved, the counter cannot tell whether the commit
-- arrived; it asks again by the key, and a "Try again" that re-sends the same key finds the stored sale
-- instead of storing it twice. Sales saved before, imported or made by the demo have none (NULL).
ALTER TABLE sales ADD COLUMN client_key TEXT;
CREATE UNIQUE INDEX sales_client_key ON sales (client_key) WHERE client_key IS NOT NULL;
