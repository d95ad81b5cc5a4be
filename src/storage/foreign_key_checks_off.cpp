#include "storage/foreign_key_checks_off.h"

#include "storage/dialect.h"
#include "storage/sql.h"
#include "storage/storage_error.h"

namespace atelier {

ForeignKeyChecksOff::ForeignKeyChecksOff(QSqlDatabase db)
    : m_db(std::move(db))
    , m_sqlite(backendOf(m_db) == Backend::SQLite)
{
    if (m_sqlite)
        sql::execute(m_db, QStringLiteral("PRAGMA foreign_keys = OFF"));
}

ForeignKeyChecksOff::~ForeignKeyChecksOff()
{
    if (!m_sqlite)
        return;
    try {
        sql::execute(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
    } catch (const StorageError &) {
        // The connection is closing or broken; it opens with the checks on again.
    }
}

} // namespace atelier
