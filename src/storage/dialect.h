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

} // namespace dialect

} // namespace atelier
