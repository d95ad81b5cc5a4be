#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace atelier {

// The schema ladder: numbered files resources/sql/NNN_name.sql, applied in order inside one
// transaction, each recorded in schema_version. Some steps also need code (filling a new index
// from existing rows); those run right after their file, in the same transaction.
class Migrator
{
public:
    explicit Migrator(QSqlDatabase db);

    // The newest version this program knows.
    static int latestVersion();
    // The version recorded in the database (0 for a new, empty file).
    int currentVersion() const;
    // Applies every missing step up to `target` (latestVersion() by default). Throws StorageError.
    // Returns the names of the steps applied.
    QStringList migrateTo(int target);

private:
    QSqlDatabase m_db;
};

} // namespace atelier
