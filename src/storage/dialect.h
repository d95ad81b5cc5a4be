#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace atelier {

// The one place where SQLite and PostgreSQL are told apart. Statements are written once so that both
// run them (see docs/postgresql.md and the portable-SQL rules); what no single spelling can serve
// lives here, named for what it does, so that a third backend would be one more case in this file.
enum class Backend
{
    SQLite,
    PostgreSQL,
};

Backend backendOf(const QSqlDatabase &db);

namespace dialect {

// The catalogue: SQLite's sqlite_master, PostgreSQL's information_schema (the current schema only).
bool tableExists(const QSqlDatabase &db, const QString &table);
QStringList tableNames(const QSqlDatabase &db); // sorted by name

// How a transaction that will write begins: SQLite takes the write lock at once (BEGIN IMMEDIATE, so
// that two connections never deadlock upgrading their read locks); PostgreSQL locks rows as it goes.
QString beginWriting(Backend backend);

// An index's own CREATE statement, to drop it for a bulk load and make it again exactly as the schema
// had it (SQLite's sqlite_master.sql, PostgreSQL's pg_indexes.indexdef); empty when there is no such
// index.
QString indexDefinition(const QSqlDatabase &db, const QString &index);

// The values of `expression` joined into one text with `separator` (an SQL string literal), in the
// order of `orderBy`: PostgreSQL's string_agg(… ORDER BY …). SQLite's group_concat takes no order
// (before 3.44): it joins in the order the rows are read, so callers read the rows in `orderBy`'s order
// (the primary key they walk) and both backends give the same text.
QString stringAgg(
    Backend backend, const QString &expression, const QString &separator, const QString &orderBy);

} // namespace dialect

} // namespace atelier
