#include "storage/page_cache_scope.h"

#include "storage/sql.h"

namespace atelier {

PageCacheScope::PageCacheScope(QSqlDatabase db, int mebibytes)
    : m_db(std::move(db))
{
    // SQLite-specific pragmas. A negative cache_size is in KiB; pages are allocated only as used.
    m_previousCacheSize = sql::scalar(m_db, QStringLiteral("PRAGMA cache_size")).toInt();
    sql::execute(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(-1024 * mebibytes));
}

PageCacheScope::~PageCacheScope()
{
    try {
        sql::execute(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_previousCacheSize));
    } catch (const StorageError &) {
        // The connection is closing or broken; the pragma dies with it.
    }
}

} // namespace atelier
