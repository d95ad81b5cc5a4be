#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

#include <stdexcept>

namespace atelier {

// A database operation that failed. Thrown by the storage layer so that a half-done unit of work
// unwinds through its Transaction (which rolls back); services turn it into a message for people.
class StorageError : public std::runtime_error
{
    Q_DECLARE_TR_FUNCTIONS(StorageError)
public:
    enum class Kind
    {
        Busy,
        ReadOnly,
        DiskFull,
        Constraint,
        NotADatabase,
        // PostgreSQL: a serialization failure or a deadlock with another counter's transaction. The
        // transaction was rolled back whole; running it again is safe (see services/retry.h).
        Conflict,
        // The server is gone (stopped, the network down): nothing of the transaction was committed.
        ConnectionLost,
        Other
    };

    StorageError(Kind kind, const QString &detail);
    static StorageError fromSqlError(const QSqlError &error);
    // A PostgreSQL SQLSTATE (five characters) and the server's message.
    static StorageError fromSqlState(const QString &sqlState, const QString &message);

    Kind kind() const { return m_kind; }
    // Technical detail for the log; it never contains bound values, only SQLite's message.
    const QString &detail() const { return m_detail; }
    // What a clerk or manager is told.
    QString userMessage() const;

private:
    Kind m_kind;
    QString m_detail;
};

} // namespace atelier
