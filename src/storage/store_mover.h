#pragma once

#include "core/moved_table.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace atelier {

// Copies an SQLite store into a PostgreSQL database that Atelier has just migrated: every table
// (schema_version aside: each database keeps its own history) with its ids, in the order the foreign
// keys ask, through COPY on the server's own connection. The file is opened read-only and read in
// one snapshot; the server writes in one transaction, which is committed only when every table's
// row count and checksum read back from the server match the file's. The server's catalogue says
// what to copy: its tables, their columns and types, primary keys and foreign keys.
class StoreMover
{
public:
    // Opens `sourcePath` read-only (StorageError when it cannot be read). `target` is a migrated
    // PostgreSQL connection.
    StoreMover(const QString &sourcePath, const QSqlDatabase &target);
    ~StoreMover();
    StoreMover(const StoreMover &) = delete;
    StoreMover &operator=(const StoreMover &) = delete;

    int sourceVersion() const;
    int targetVersion() const;
    // Tables that differ between the two schemas ("table" or "table.column"); empty when they agree.
    QStringList schemaDifferences() const;
    // The target's tables that hold rows, other than schema_version and the defaults the migrations
    // give a new store (settings, message templates, holidays, tier benefits: the file's rows replace
    // them); empty when the target may receive the store.
    QStringList occupiedTables() const;

    // Copies, sets the id sequences past the copied ids, reads everything back and compares. Commits
    // only when every table matches; otherwise the server is left as it was. Throws StorageError.
    QList<MovedTable> move();

private:
    struct Table;
    QList<Table> plan() const;
    void copyIn(const Table &table, MovedTable &moved);
    void readBack(const Table &table, MovedTable &moved);

    QString m_connectionName;
    QSqlDatabase m_source;
    QSqlDatabase m_target;
};

} // namespace atelier
