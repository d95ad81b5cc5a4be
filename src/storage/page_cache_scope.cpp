#include "storage/page_cache_scope.h"

#include "storage/dialect.h"
#include "storage/sql.h"

namespace atelier {

PageCacheScope::PageCacheScope(QSqlDatabase db, int mebibytes)
    : m_db(std::move(db))
{
    // SQLite's own pragmas: PostgreSQL's cache is the server's shared buffers, not the connection's.
    if (backendOf(m_db) != Backend::SQLite)
        return;
    // A negative cache_size is in KiB; pages are allocated only as used.
    m_previousCacheSize = sql::scalar(m_db, QStringLiteral("PRAGMA cache_size")).toInt();
    sql::execute(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(-1024 * mebibytes));
    m_changed = true;
}

PageCacheScope::~PageCacheScope()
{
    if (!m_changed) // PostgreSQL
        return;
    try {
        sql::execute(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_previousCacheSize));
    } catch (const StorageError &) {
        // The connection is closing or broken; the pragma dies with it.
    }
}

} // namespace atelier
