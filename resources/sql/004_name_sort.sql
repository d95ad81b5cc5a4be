-- 004: names sort in pinyin order in the archive (李 before 王 before 张), not by code point.
-- name_sort is full pinyin + ' ' + the lower-cased name, written with every customer save;
-- the migration's code step fills it for customers that existed before.

ALTER TABLE customers ADD COLUMN name_sort TEXT NOT NULL DEFAULT '';
CREATE INDEX customers_name_sort ON customers (name_sort, id);
