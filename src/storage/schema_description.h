#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <map>

namespace atelier {

// What a store's schema says, in words both backends can be compared in: the same store migrated on
// SQLite and on PostgreSQL must describe itself identically (tests/storage/schema_parity_test.cpp).
// Types are reduced to their kind (integer, real, text): INTEGER and BIGINT are both 64-bit.
struct TableDescription
{
    QStringList columns; // "name kind [not null] [default …]", in the table's order
    QStringList primaryKey; // column names
    QStringList foreignKeys; // "column -> table.column on delete ACTION", sorted
    QStringList uniques; // "a,b" for each unique constraint or unique index (partial: "… where"), sorted
    int checks = 0; // CHECK constraints
};

using SchemaDescription = std::map<QString, TableDescription>;

SchemaDescription describeSchema(const QSqlDatabase &db);

} // namespace atelier
