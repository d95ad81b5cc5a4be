#pragma once

#include "core/read_result.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <stdexcept>
#include <utility>

namespace atelier::testing {

// The value of a read that a test expects to work; a failed read fails the test with its sentence.
template <typename T> T readValue(ReadResult<T> result)
{
    if (!result.ok())
        throw std::runtime_error("read failed: " + result.error.toStdString());
    return std::move(*result.value);
}

// Stand-in for a read that fails (a vanished drive, a corrupted page): a table is gone from its name.
// Renamed rather than dropped: PostgreSQL drops no table that another table's key names, and both
// backends rename one.
inline void dropTable(Store &store, const QString &table)
{
    sql::execute(
        store.database().connection(), QStringLiteral("ALTER TABLE %1 RENAME TO %1_gone").arg(table));
}

} // namespace atelier::testing
