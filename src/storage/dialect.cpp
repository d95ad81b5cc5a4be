#include "storage/dialect.h"

#include "storage/sql.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace atelier {

Backend backendOf(const QSqlDatabase &db)
{
    return db.driverName() == QStringLiteral("QPSQL") ? Backend::PostgreSQL : Backend::SQLite;
}

namespace dialect {

QStringList tableNames(const QSqlDatabase &db)
{
    QSqlQuery query = sql::run(db,
        backendOf(db) == Backend::PostgreSQL
            ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                             "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")
            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                             "'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

bool tableExists(const QSqlDatabase &db, const QString &table)
{
    const QVariant found = sql::scalar(db,
        backendOf(db) == Backend::PostgreSQL
            ? QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                             "current_schema() AND table_name = ?")
            : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
        {table});
    return found.toLongLong() > 0;
}

QString returningId(Backend backend)
{
    return backend == Backend::PostgreSQL ? QStringLiteral(" RETURNING id") : QString();
}

QString beginWriting(Backend backend)
{
    return backend == Backend::PostgreSQL ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

QString indexDefinition(const QSqlDatabase &db, const QString &index)
{
    return sql::scalar(db,
        backendOf(db) == Backend::PostgreSQL
            ? QStringLiteral(
                "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ?")
            : QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?"),
        {index})
        .toString();
}

QString stringAgg(
    Backend backend, const QString &expression, const QString &separator, const QString &orderBy)
{
    return backend == Backend::PostgreSQL
        ? QStringLiteral("string_agg(%1, %2 ORDER BY %3)").arg(expression, separator, orderBy)
        : QStringLiteral("group_concat(%1, %2)").arg(expression, separator);
}

void followIdSequence(const QSqlDatabase &db, const QString &table)
{
    if (backendOf(db) != Backend::PostgreSQL)
        return;
    // is_called = false when the table is empty: the next id is then 1, as on a new store.
    sql::run(db,
        QStringLiteral(
            "SELECT setval(pg_get_serial_sequence(?, 'id'), coalesce(max(id), 0) + 1, false) FROM %1")
            .arg(table),
        {table});
}

void refreshStatistics(const QSqlDatabase &db, const QStringList &tables)
{
    if (backendOf(db) == Backend::PostgreSQL && !tables.isEmpty())
        sql::execute(db, QStringLiteral("ANALYZE ") + tables.join(QStringLiteral(", ")));
}

void serializeNightlyRuns(const QSqlDatabase &db)
{
    // Atelier's advisory-lock keys are ASCII words; the migrator's is "ATELIER", this one "NIGHTLY".
    constexpr qint64 nightlyRunKey = 0x004e'4947'4854'4c59;
    if (backendOf(db) == Backend::PostgreSQL)
        sql::run(db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {nightlyRunKey});
}

void lockRowForWriting(const QSqlDatabase &db, const QString &table, qint64 id)
{
    if (backendOf(db) == Backend::PostgreSQL)
        sql::run(db, QStringLiteral("SELECT id FROM %1 WHERE id = ? FOR UPDATE").arg(table), {id});
}

} // namespace dialect

} // namespace atelier
