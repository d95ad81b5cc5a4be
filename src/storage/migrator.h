#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace atelier {

// The schema ladder: numbered files resources/sql/NNN_name.sql, applied in order inside one
// transaction, each recorded in schema_version. Some steps also need code (filling a new index
// from existing rows); those run right after their file, in the same transaction.
//
// On PostgreSQL the ladder starts at a baseline (resources/sql/postgres/NNN_baseline.sql: the schema as
// SQLite's steps up to NNN leave it) and goes on with the same later steps, or with their PostgreSQL
// variant of the same name in that folder. Several counters may start at once: the steps run under an
// advisory lock, and whoever waited finds the work done.
class Migrator
{
public:
    explicit Migrator(QSqlDatabase db);

    // The newest version this program knows.
    static int latestVersion();
    // The version recorded in the database (0 for a new, empty file).
    int currentVersion() const;
    // True when the database has tables but no Atelier schema: another program's database, which is
    // refused and left untouched. (An SQLite file never is: a new file is empty.)
    bool holdsForeignTables() const;
    // Applies every missing step up to `target` (latestVersion() by default). Throws StorageError.
    // Returns the names of the steps applied.
    QStringList migrateTo(int target);

private:
    QStringList migrateServerTo(int target);

    QSqlDatabase m_db;
};

} // namespace atelier
