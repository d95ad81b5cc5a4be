#include "storage/sql.h"

#include "core/stored_time.h"

#include <QSqlError>

namespace atelier::sql {

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        throw StorageError::fromSqlError(query.lastError());
    return query;
}

void exec(QSqlQuery &query)
{
    if (!query.exec())
        throw StorageError::fromSqlError(query.lastError());
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
    QSqlQuery query(db);
    if (!query.exec(statement))
        throw StorageError::fromSqlError(query.lastError());
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
