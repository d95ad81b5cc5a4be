#include "storage/raw_statement.h"

#include "storage/dialect.h"
#include "storage/server_connection.h"
#include "storage/server_statement.h"
#include "storage/storage_error.h"
#include "storage/value_shape.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace atelier {

namespace {

StorageError::Kind kindOf(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StorageError::Kind::Busy;
    case SQLITE_READONLY:
        return StorageError::Kind::ReadOnly;
    case SQLITE_FULL:
        return StorageError::Kind::DiskFull;
    case SQLITE_CONSTRAINT:
        return StorageError::Kind::Constraint;
    case SQLITE_NOTADB:
        return StorageError::Kind::NotADatabase;
    default:
        return StorageError::Kind::Other;
    }
}

} // namespace

sqlite3 *RawStatement::handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw StorageError(
            StorageError::Kind::Other, QStringLiteral("bulk loading needs the QSQLITE driver"));
    return *static_cast<sqlite3 *const *>(handle.constData());
}

RawStatement::RawStatement(const QSqlDatabase &db, const QString &statement, Writes writes)
{
    if (backendOf(db) == Backend::PostgreSQL) {
        m_server = std::make_unique<ServerStatement>(serverHandleOf(db), statement,
            writes == Writes::Pipelined ? ServerStatement::Mode::Pipelined
                                        : ServerStatement::Mode::Immediate);
        return;
    }
    m_db = handleOf(db);
    const QByteArray text = statement.toUtf8();
    check(sqlite3_prepare_v2(m_db, text.constData(), static_cast<int>(text.size()), &m_statement, nullptr));
}

RawStatement::~RawStatement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

void RawStatement::check(int rc) const
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        throw StorageError(kindOf(rc), QString::fromUtf8(sqlite3_errmsg(m_db)));
}

void RawStatement::bind(int index, qint64 value)
{
    if (m_server)
        return m_server->bind(index, QByteArray::number(value));
    check(sqlite3_bind_int64(m_statement, index, value));
}

void RawStatement::bindReal(int index, double value)
{
    if (m_server)
        return m_server->bind(index, QByteArray::number(value, 'g', 17));
    check(sqlite3_bind_double(m_statement, index, value));
}

void RawStatement::bind(int index, const QString &text)
{
    if (m_server)
        return m_server->bind(index, text.toUtf8());
    static const char16_t empty[] = u"";
    const void *data
        = text.isNull() ? static_cast<const void *>(empty) : static_cast<const void *>(text.utf16());
    check(sqlite3_bind_text16(m_statement, index, data, static_cast<int>(text.size() * 2), SQLITE_TRANSIENT));
}

void RawStatement::bindUtf8(int index, QStringView text)
{
    if (m_server)
        return m_server->bind(index, text.toUtf8());
    if (index > static_cast<int>(m_buffers.size()))
        m_buffers.resize(static_cast<std::size_t>(index));
    QByteArray &buffer = m_buffers[static_cast<std::size_t>(index - 1)];
    buffer.resize(text.size()); // keeps its capacity
    char *out = buffer.data();
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            buffer = text.toUtf8();
            break;
        }
        *out++ = static_cast<char>(c.unicode());
    }
    // SQLITE_STATIC: the buffer stays as it is until this placeholder is bound again.
    check(sqlite3_bind_text(
        m_statement, index, buffer.constData(), static_cast<int>(buffer.size()), SQLITE_STATIC));
}

void RawStatement::bindNull(int index)
{
    if (m_server)
        return m_server->bindNull(index);
    check(sqlite3_bind_null(m_statement, index));
}

void RawStatement::bind(int index, const QVariant &value)
{
    bindByShape(*this, index, value);
}

void RawStatement::exec()
{
    if (m_server)
        return m_server->exec();
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        throw StorageError(kindOf(rc), QString::fromUtf8(sqlite3_errmsg(m_db)));
}

std::optional<qint64> RawStatement::firstInteger()
{
    std::optional<qint64> value;
    if (next()) {
        if (!isNull(0))
            value = integer(0);
        while (next()) { }
    }
    return value;
}

bool RawStatement::next()
{
    if (m_server)
        return m_server->next();
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    sqlite3_reset(m_statement);
    if (rc != SQLITE_DONE)
        throw StorageError(kindOf(rc), QString::fromUtf8(sqlite3_errmsg(m_db)));
    return false;
}

bool RawStatement::isNull(int column) const
{
    if (m_server)
        return m_server->isNull(column);
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 RawStatement::integer(int column) const
{
    if (m_server) {
        const QByteArrayView value = m_server->value(column);
        if (value == "t") // a boolean expression: SQLite would give 1
            return 1;
        bool whole = false;
        const qint64 number = value.toLongLong(&whole);
        // numeric and double results (sum over BIGINT, avg): SQLite would give the integer part too
        return whole ? number : static_cast<qint64>(value.toDouble());
    }
    return sqlite3_column_int64(m_statement, column);
}

double RawStatement::real(int column) const
{
    if (m_server)
        return m_server->value(column).toDouble();
    return sqlite3_column_double(m_statement, column);
}

QString RawStatement::text(int column) const
{
    if (m_server)
        return m_server->isNull(column) ? QString() : QString::fromUtf8(m_server->value(column));
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
    return data ? QString::fromUtf16(data, sqlite3_column_bytes16(m_statement, column) / 2) : QString();
}

QByteArrayView RawStatement::utf8(int column) const
{
    if (m_server)
        return m_server->value(column);
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

qint64 RawStatement::lastInsertId() const
{
    if (m_server)
        return m_server->lastInsertId();
    return sqlite3_last_insert_rowid(m_db);
}

int RawStatement::changes() const
{
    if (m_server)
        return m_server->changes();
    return sqlite3_changes(m_db);
}

} // namespace atelier
