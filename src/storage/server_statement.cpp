#include "storage/server_statement.h"

#include "storage/storage_error.h"

#include <QAtomicInt>
#include <QHash>
#include <QMutex>

#include <libpq-fe.h>

namespace atelier {

namespace {

QAtomicInt statementCounter;

// Rows queued in a connection's pipeline and not yet read back. One connection belongs to one thread,
// but several threads have connections: guarded.
QMutex pipelineMutex;
QHash<PGconn *, int> queuedRows;

// How many rows are sent before their results are read: enough to hide the round trip, few enough
// that neither side's buffers grow large.
constexpr int pipelineBatch = 512;

StorageError errorOf(PGconn *connection, const PGresult *result)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QString message
        = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(connection)).trimmed();
    if (!state && PQstatus(connection) != CONNECTION_OK)
        return StorageError(StorageError::Kind::ConnectionLost, message);
    return StorageError::fromSqlState(state ? QString::fromLatin1(state) : QString(), message);
}

void checkResult(PGconn *connection, PGresult *result)
{
    const ExecStatusType status = PQresultStatus(result);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_PIPELINE_SYNC)
        return;
    StorageError error = errorOf(connection, result);
    PQclear(result);
    throw error;
}

// Senders of rows held in memory, per connection (holdRows). A thread sending them does not send
// them again from the flushes their own COPY makes.
QHash<PGconn *, QList<QPair<const void *, std::function<void()>>>> heldRows;
thread_local bool sendingHeldRows = false;

void sendHeldRows(PGconn *connection)
{
    if (sendingHeldRows)
        return;
    QList<std::function<void()>> senders;
    {
        const QMutexLocker lock(&pipelineMutex);
        const auto held = heldRows.constFind(connection);
        if (held == heldRows.constEnd())
            return;
        for (const auto &[owner, send] : *held)
            senders << send;
    }
    sendingHeldRows = true;
    try {
        for (const std::function<void()> &send : std::as_const(senders))
            send();
    } catch (...) {
        sendingHeldRows = false;
        throw;
    }
    sendingHeldRows = false;
}

int drainQueued(PGconn *connection)
{
    const QMutexLocker lock(&pipelineMutex);
    return queuedRows.take(connection);
}

} // namespace

QByteArray numberedPlaceholders(const QString &statement, int *count)
{
    const QByteArray text = statement.toUtf8();
    QByteArray out;
    out.reserve(text.size() + 16);
    *count = 0;
    char quote = 0;
    bool comment = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (comment) {
            comment = c != '\n';
        } else if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '-' && i + 1 < text.size() && text[i + 1] == '-') {
            comment = true;
        } else if (c == '?') {
            out += '$' + QByteArray::number(++*count);
            continue;
        }
        out += c;
    }
    return out;
}

ServerStatement::ServerStatement(PGconn *connection, const QString &statement, Mode mode)
    : m_connection(connection)
    , m_name("atelier_raw_" + QByteArray::number(statementCounter.fetchAndAddRelaxed(1)))
    , m_mode(mode)
{
    flushPipeline(m_connection);
    const QByteArray text = numberedPlaceholders(statement, &m_parameters);
    m_values.resize(static_cast<std::size_t>(m_parameters));
    // checkResult frees a failed result only; a successful PREPARE's result is freed here (each one
    // leaked 216 bytes until tools/check-sanitizers found it).
    PGresult *prepared = PQprepare(m_connection, m_name.constData(), text.constData(), m_parameters, nullptr);
    checkResult(m_connection, prepared);
    PQclear(prepared);
}

ServerStatement::~ServerStatement()
{
    clearResult();
    // A statement prepared in a transaction that failed stays until the connection closes: harmless.
    if (PQstatus(m_connection) == CONNECTION_OK && PQtransactionStatus(m_connection) != PQTRANS_INERROR
        && PQpipelineStatus(m_connection) == PQ_PIPELINE_OFF)
        PQclear(PQexec(m_connection, ("DEALLOCATE " + m_name).constData()));
}

void ServerStatement::clearResult()
{
    if (m_result) {
        PQclear(m_result);
        m_result = nullptr;
    }
    m_row = -1;
}

void ServerStatement::bind(int index, QByteArray text)
{
    if (index < 1 || index > m_parameters)
        throw StorageError(StorageError::Kind::Other, QStringLiteral("no placeholder %1").arg(index));
    m_values[static_cast<std::size_t>(index - 1)] = std::move(text);
}

void ServerStatement::bindNull(int index)
{
    if (index < 1 || index > m_parameters)
        throw StorageError(StorageError::Kind::Other, QStringLiteral("no placeholder %1").arg(index));
    m_values[static_cast<std::size_t>(index - 1)].reset();
}

void ServerStatement::exec()
{
    std::vector<const char *> values(m_values.size());
    for (std::size_t i = 0; i < m_values.size(); ++i)
        values[i] = m_values[i] ? m_values[i]->constData() : nullptr;
    clearResult();
    if (m_mode == Mode::Pipelined) {
        if (PQpipelineStatus(m_connection) == PQ_PIPELINE_OFF && PQenterPipelineMode(m_connection) != 1)
            throw errorOf(m_connection, nullptr);
        if (PQsendQueryPrepared(
                m_connection, m_name.constData(), m_parameters, values.data(), nullptr, nullptr, 0)
            != 1)
            throw errorOf(m_connection, nullptr);
        int queued = 0;
        {
            const QMutexLocker lock(&pipelineMutex);
            queued = ++queuedRows[m_connection];
        }
        if (queued >= pipelineBatch)
            flushPipeline(m_connection);
        m_changes = 1;
        return;
    }
    flushPipeline(m_connection);
    PGresult *result
        = PQexecPrepared(m_connection, m_name.constData(), m_parameters, values.data(), nullptr, nullptr, 0);
    checkResult(m_connection, result);
    m_changes = QByteArray(PQcmdTuples(result)).toInt();
    // An INSERT … RETURNING id (dialect::returningId) answers lastInsertId() without a round trip.
    m_returnedId.reset();
    if (PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) > 0 && PQnfields(result) == 1)
        m_returnedId = QByteArray(PQgetvalue(result, 0, 0)).toLongLong();
    PQclear(result);
}

qint64 ServerStatement::lastInsertId()
{
    if (m_returnedId)
        return *m_returnedId;
    flushPipeline(m_connection);
    PGresult *result = PQexec(m_connection, "SELECT lastval()");
    checkResult(m_connection, result);
    const qint64 id = QByteArray(PQgetvalue(result, 0, 0)).toLongLong();
    PQclear(result);
    return id;
}

bool ServerStatement::next()
{
    if (!m_result) {
        flushPipeline(m_connection);
        std::vector<const char *> values(m_values.size());
        for (std::size_t i = 0; i < m_values.size(); ++i)
            values[i] = m_values[i] ? m_values[i]->constData() : nullptr;
        PGresult *result = PQexecPrepared(
            m_connection, m_name.constData(), m_parameters, values.data(), nullptr, nullptr, 0);
        checkResult(m_connection, result);
        m_result = result;
        m_row = -1;
    }
    if (++m_row < PQntuples(m_result))
        return true;
    clearResult(); // as SQLite's reset: the next next() runs the statement again
    return false;
}

bool ServerStatement::isNull(int column) const
{
    return !m_result || PQgetisnull(m_result, m_row, column);
}

QByteArrayView ServerStatement::value(int column) const
{
    if (!m_result || PQgetisnull(m_result, m_row, column))
        return {};
    return QByteArrayView(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
}

void ServerStatement::holdRows(PGconn *connection, const void *owner, std::function<void()> send)
{
    const QMutexLocker lock(&pipelineMutex);
    heldRows[connection].append({owner, std::move(send)});
}

void ServerStatement::releaseRows(PGconn *connection, const void *owner)
{
    const QMutexLocker lock(&pipelineMutex);
    auto held = heldRows.find(connection);
    if (held == heldRows.end())
        return;
    held->removeIf([owner](const auto &entry) { return entry.first == owner; });
    if (held->isEmpty())
        heldRows.erase(held);
}

void ServerStatement::flushPipeline(PGconn *connection)
{
    sendHeldRows(connection);
    if (PQpipelineStatus(connection) == PQ_PIPELINE_OFF)
        return;
    drainQueued(connection);
    if (PQpipelineSync(connection) != 1)
        throw errorOf(connection, nullptr);
    // Every queued statement's result (and a NULL after each), then the sync's. The first error is
    // kept and thrown once the pipeline is empty again, so the connection is left usable.
    std::optional<StorageError> failed;
    for (;;) {
        PGresult *result = PQgetResult(connection);
        if (!result) {
            if (PQstatus(connection) != CONNECTION_OK) {
                failed = errorOf(connection, nullptr);
                break;
            }
            continue;
        }
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_PIPELINE_SYNC) {
            PQclear(result);
            break;
        }
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && !failed)
            failed = errorOf(connection, result);
        PQclear(result);
    }
    PQexitPipelineMode(connection);
    if (failed)
        throw *failed;
}

} // namespace atelier
