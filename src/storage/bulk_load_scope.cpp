#include "storage/bulk_load_scope.h"

#include "storage/sql.h"

namespace atelier {

BulkLoadScope::BulkLoadScope(QSqlDatabase db)
    : m_db(std::move(db))
{
    // SQLite-specific pragmas. A negative cache_size is in KiB.
    m_previousCacheSize = sql::scalar(m_db, QStringLiteral("PRAGMA cache_size")).toInt();
    sql::execute(m_db, QStringLiteral("PRAGMA cache_size = -262144"));
}

BulkLoadScope::~BulkLoadScope()
{
    try {
        sql::execute(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_previousCacheSize));
    } catch (const StorageError &) {
        // The connection is closing or broken; the pragma dies with it.
    }
}

} // namespace atelier
