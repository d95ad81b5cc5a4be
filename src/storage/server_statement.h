#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

struct pg_conn;
struct pg_result;

namespace atelier {

// RawStatement's PostgreSQL side: one statement prepared once on the connection's own libpq handle and
// run with text parameters, so a bulk read is one round trip for all its rows and a bulk write sends
// no QVariant per value. Placeholders are RawStatement's (`?`, numbered from 1).
//
// Writes can be pipelined (libpq's pipeline mode): exec() then only queues the row, and the rows go
// to the server in batches, their results read back together, so that a bulk load costs no round trip
// per row. The queue is drained (and any error thrown) by the next read, by flushPipeline() and by
// Transaction::commit(), before anything else speaks on the connection.
class ServerStatement
{
public:
    enum class Mode
    {
        Immediate,
        Pipelined,
    };

    ServerStatement(pg_conn *connection, const QString &statement, Mode mode);
    ~ServerStatement();
    ServerStatement(const ServerStatement &) = delete;
    ServerStatement &operator=(const ServerStatement &) = delete;

    void bind(int index, QByteArray text);
    void bindNull(int index);
    void exec();
    int changes() const { return m_changes; }
    qint64 lastInsertId();

    bool next();
    bool isNull(int column) const;
    QByteArrayView value(int column) const;

    // Sends what is queued on the connection and checks every result; leaves pipeline mode. Rows held
    // for the connection (holdRows) are sent first.
    static void flushPipeline(pg_conn *connection);

    // A bulk writer that gathers rows in memory for COPY (BulkLoader) registers how to send them, so
    // that they reach the server before anything else speaks on the connection: before the next read
    // or statement of any kind, and before the commit. `owner` identifies it for releaseRows().
    static void holdRows(pg_conn *connection, const void *owner, std::function<void()> send);
    static void releaseRows(pg_conn *connection, const void *owner);

private:
    void clearResult();

    pg_conn *m_connection = nullptr;
    QByteArray m_name;
    Mode m_mode = Mode::Immediate;
    int m_parameters = 0;
    std::vector<std::optional<QByteArray>> m_values;
    pg_result *m_result = nullptr;
    int m_row = -1;
    int m_changes = 0;
    std::optional<qint64> m_returnedId;
};

// `?` placeholders (outside quotes and comments) as PostgreSQL's $1, $2, …; the count in `count`.
QByteArray numberedPlaceholders(const QString &statement, int *count);

} // namespace atelier
