#include "storage/server_copy.h"

#include "storage/copy_text.h"
#include "storage/server_statement.h"
#include "storage/storage_error.h"

#include <libpq-fe.h>

#include <memory>
#include <optional>

namespace atelier {

namespace {

using Result = std::unique_ptr<PGresult, decltype(&PQclear)>;

// The primary message only: its detail would quote the rows' values (till numbers, invoices).
StorageError copyError(PGconn *connection, const PGresult *result, const QString &table)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char *primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    if (!state && PQstatus(connection) != CONNECTION_OK)
        return StorageError(StorageError::Kind::ConnectionLost, table + QStringLiteral(": connection lost"));
    const QString reason
        = primary ? QString::fromUtf8(primary) : QString::fromUtf8(PQerrorMessage(connection));
    return StorageError::fromSqlState(state ? QString::fromLatin1(state) : QString(),
        QStringLiteral("COPY into %1: %2").arg(table, reason.trimmed()));
}

} // namespace

ServerCopy::ServerCopy(const QString &table, const QStringList &columns)
    : m_table(table)
    , m_statement(QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(u", ")).toUtf8())
{
}

void ServerCopy::separate()
{
    if (m_rowStarted)
        m_rows += '\t';
    m_rowStarted = true;
}

void ServerCopy::add(qint64 value)
{
    separate();
    m_rows += QByteArray::number(value);
}

void ServerCopy::add(QStringView text)
{
    separate();
    copy_text::append(m_rows, text);
}

void ServerCopy::addNull()
{
    separate();
    copy_text::append(m_rows, copy_text::Value());
}

void ServerCopy::addEscaped(QByteArrayView value)
{
    separate();
    m_rows += value;
}

void ServerCopy::endRow()
{
    m_rows += '\n';
    m_rowStarted = false;
}

void ServerCopy::send(PGconn *connection)
{
    if (m_rows.isEmpty())
        return;
    ServerStatement::flushPipeline(connection); // COPY cannot run inside libpq's pipeline
    {
        const Result start(PQexec(connection, m_statement.constData()), &PQclear);
        if (PQresultStatus(start.get()) != PGRES_COPY_IN)
            throw copyError(connection, start.get(), m_table);
    }
    const bool sent = PQputCopyData(connection, m_rows.constData(), static_cast<int>(m_rows.size())) == 1;
    PQputCopyEnd(connection, sent ? nullptr : "the rows could not be sent");
    m_rows.resize(0); // keeps its capacity for the next batch; a failed one is lost with the transaction
    std::optional<StorageError> failed;
    {
        const Result result(PQgetResult(connection), &PQclear);
        if (PQresultStatus(result.get()) != PGRES_COMMAND_OK)
            failed = copyError(connection, result.get(), m_table);
    }
    while (PGresult *more = PQgetResult(connection))
        PQclear(more);
    if (failed)
        throw *failed;
}

} // namespace atelier
