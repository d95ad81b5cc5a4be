#include "storage/sql.h"

#include "core/stored_time.h"
#include "storage/server_connection.h"

#include <QSqlError>

namespace atelier::sql {

namespace {

// Qt gives no error for a statement on a connection that is closed (a reconnection to a server that
// failed closes it), so the clerk would be told nothing; it is a lost connection.
void requireOpen(const QSqlDatabase &db)
{
    if (!db.isOpen())
        throw StorageError(StorageError::Kind::ConnectionLost, QStringLiteral("the connection is closed"));
}

} // namespace

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement)
{
    requireOpen(db);
    sendQueuedRows(db.driver());
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        throw failureOn(query.driver(), query.lastError());
    return query;
}

void exec(QSqlQuery &query)
{
    sendQueuedRows(query.driver());
    if (!query.exec())
        throw failureOn(query.driver(), query.lastError());
}

void bind(QSqlQuery &query, int index, const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
        query.bindValue(index, QStringLiteral(""));
    else
        query.bindValue(index, value);
}

namespace {

template <typename Values>
QSqlQuery runBound(const QSqlDatabase &db, const QString &statement, const Values &values)
{
    QSqlQuery query = prepare(db, statement);
    int i = 0;
    for (const QVariant &value : values)
        bind(query, i++, value);
    exec(query);
    return query;
}

} // namespace

QSqlQuery run(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    return runBound(db, statement, values);
}

QSqlQuery run(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    return runBound(db, statement, values);
}

void execute(const QSqlDatabase &db, const QString &statement)
{
    requireOpen(db);
    sendQueuedRows(db.driver());
    QSqlQuery query(db);
    if (!query.exec(statement))
        throw failureOn(query.driver(), query.lastError());
}

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(qlonglong(*id)) : QVariant(QMetaType::fromType<qlonglong>());
}

QVariant optionalDate(const QDate &date)
{
    return date.isValid() ? QVariant(toStoredText(date)) : QVariant(QMetaType::fromType<QString>());
}

QVariant optionalTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(toStoredText(time)) : QVariant(QMetaType::fromType<QString>());
}

std::optional<qint64> idAt(const QSqlQuery &query, int column)
{
    if (query.isNull(column))
        return std::nullopt;
    return query.value(column).toLongLong();
}

QVariant scalar(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    QSqlQuery query = run(db, statement, values);
    return query.next() ? query.value(0) : QVariant();
}

} // namespace atelier::sql
