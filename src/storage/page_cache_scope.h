#pragma once

#include <QSqlDatabase>

namespace atelier {

// While it lives, the connection keeps a larger page cache than SQLite's 2 MiB default, then
// returns to the old size. For the few jobs that touch most of the file in random page order:
// bulk loads insert into the search index at random places (the demo store uses 256 MiB), and the
// archive export walks customers in name order, i.e. table pages at random (64 MiB). With the
// small cache every such page is a read() from the OS. Connections that stay open (the GUI's)
// keep the small cache, so the app's memory does not grow with the store. On PostgreSQL it does
// nothing: the cache is the server's.
class PageCacheScope
{
public:
    PageCacheScope(QSqlDatabase db, int mebibytes);
    ~PageCacheScope();
    PageCacheScope(const PageCacheScope &) = delete;
    PageCacheScope &operator=(const PageCacheScope &) = delete;

private:
    QSqlDatabase m_db;
    int m_previousCacheSize = 0;
    bool m_changed = false; // only SQLite's cache is the connection's own
};

} // namespace atelier
