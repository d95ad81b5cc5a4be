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

// After rows were written with explicit ids (a bulk load, a moved store): PostgreSQL's identity sequence
// of `table`.id is set past the largest id, so that the next generated id is free. SQLite needs nothing:
// it takes the largest id + 1 by itself.
void followIdSequence(const QSqlDatabase &db, const QString &table);

// After a bulk load: PostgreSQL's planner statistics of the tables are read again (ANALYZE), so that the
// next statements (the nightly run, a campaign's audience) are planned for the rows now there rather
// than for the empty tables they were; autovacuum would do it only later. SQLite plans without them.
void refreshStatistics(const QSqlDatabase &db, const QStringList &tables);

// What ends an INSERT whose new id the caller reads with RawStatement::lastInsertId(): PostgreSQL's
// " RETURNING id" gives the id with the insert's own answer (a round trip less than lastval()); SQLite
// gets it free from its handle, and RETURNING would cost it about 30 µs a row: nothing there.
QString returningId(Backend backend);

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

// Two nightly runs for one date (two counters' timers firing together) take turns: the second waits
// here until the first has committed, then reads its results and finds nothing left to change. SQLite's
// BEGIN IMMEDIATE already makes writers take turns; PostgreSQL takes a transaction-level advisory lock,
// let go by the commit or the rollback. Called first thing in the run's transaction.
void serializeNightlyRuns(const QSqlDatabase &db);

// Holds row `id` of `table` until the transaction ends, for work that reads what the row allows and then
// writes on it (what is left of a sale line to return): another counter doing the same waits here, then
// reads what this one wrote. PostgreSQL: SELECT … FOR UPDATE; SQLite: nothing, the writing transaction
// (Transaction::Mode::Immediate) already holds the whole file.
void lockRowForWriting(const QSqlDatabase &db, const QString &table, qint64 id);

} // namespace dialect

} // namespace atelier
