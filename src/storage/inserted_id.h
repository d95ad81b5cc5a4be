#pragma once

#include "storage/storage_error.h"

#include <QSqlQuery>

namespace atelier::sql {

// The key of the row that an `INSERT … RETURNING id` just added. RETURNING rather than
// QSqlQuery::lastInsertId(): PostgreSQL's driver has none (its tables have no OIDs), and one spelling
// serves both backends. The statement is finished at once, so that a prepared insert kept for reuse does
// not hold SQLite's write open until its next execution.
inline qint64 insertedId(QSqlQuery &query)
{
    if (!query.next())
        throw StorageError(StorageError::Kind::Other, QStringLiteral("an insert returned no id"));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

} // namespace atelier::sql
