#include "storage/sql.h"

#include "core/stored_time.h"
#include "storage/server_connection.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QStringList>

#include <optional>

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

namespace {

// A null QString binds as '' (see sql.h); a QVariant that is itself null stays NULL.
QVariant boundValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
        return QStringLiteral("");
    return value;
}

} // namespace

void bind(QSqlQuery &query, int index, const QVariant &value)
{
    query.bindValue(index, boundValue(value));
}

namespace {

// The statement with each `?` outside quotes replaced by the value's literal, or nothing when it has
// a named placeholder (left to Qt). The literals are the ones Qt's PostgreSQL driver itself sends for
// a prepared statement (its EXECUTE carries the values formatted by the driver), so the server reads
// the same statement.
template <typename Values>
std::optional<QString> withLiterals(const QSqlDriver *driver, const QString &statement, const Values &values)
{
    QString text;
    text.reserve(statement.size() + 16 * qsizetype(values.size()));
    auto value = values.begin();
    QChar quote;
    for (qsizetype i = 0; i < statement.size(); ++i) {
        const QChar ch = statement.at(i);
        if (!quote.isNull()) {
            if (ch == quote)
                quote = QChar();
        } else if (ch == u'\'' || ch == u'"') {
            quote = ch;
        } else if (ch == u'?') {
            if (value == values.end())
                throw StorageError(
                    StorageError::Kind::Other, QStringLiteral("more placeholders than values"));
            const QVariant bound = boundValue(*value++);
            QSqlField field(QString(), bound.metaType());
            if (bound.isNull())
                field.clear();
            else
                field.setValue(bound);
            text += driver->formatValue(field);
            continue;
        } else if (ch == u':' && i + 1 < statement.size() && statement.at(i + 1).isLetter()
            && (i == 0 || statement.at(i - 1) != u':')) {
            return std::nullopt;
        }
        text += ch;
    }
    if (value != values.end())
        throw StorageError(StorageError::Kind::Other, QStringLiteral("more values than placeholders"));
    return text;
}

template <typename Values>
QSqlQuery runBound(const QSqlDatabase &db, const QString &statement, const Values &values)
{
    // On a server a prepared statement used once costs three round trips (PREPARE, EXECUTE,
    // DEALLOCATE); the same statement with its values as literals costs one. A repository that
    // runs a statement many times prepares it once with prepare() instead.
    if (db.driver()->dbmsType() == QSqlDriver::PostgreSQL) {
        requireOpen(db);
        if (const std::optional<QString> text = withLiterals(db.driver(), statement, values)) {
            sendQueuedRows(db.driver());
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (!query.exec(*text))
                throw failureOn(query.driver(), query.lastError());
            return query;
        }
    }
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

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
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
