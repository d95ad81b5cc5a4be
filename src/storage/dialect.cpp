#include "storage/dialect.h"

#include <QSqlDriver>

namespace atelier {

Backend backendOf(const QSqlDatabase &db)
{
    return db.driverName() == QStringLiteral("QPSQL") ? Backend::PostgreSQL : Backend::SQLite;
}

} // namespace atelier
