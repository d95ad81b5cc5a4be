#pragma once

#include <QSqlDatabase>

namespace atelier {

// While it lives, the connection keeps a large page cache (256 MiB instead of SQLite's 2 MiB).
// Bulk loads (the demo store, big imports) insert into indexes at random places — the counter
// search index above all — and with the small default cache every insert re-reads pages from
// the file. Durability is unchanged: the writes still go through transactions as usual.
class BulkLoadScope
{
public:
    explicit BulkLoadScope(QSqlDatabase db);
    ~BulkLoadScope();
    BulkLoadScope(const BulkLoadScope &) = delete;
    BulkLoadScope &operator=(const BulkLoadScope &) = delete;

private:
    QSqlDatabase m_db;
    int m_previousCacheSize = 0;
};

} // namespace atelier
