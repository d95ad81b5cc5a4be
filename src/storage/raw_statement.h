#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <optional>

#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace atelier {

// A prepared statement on the connection's own handle (sqlite3, or libpq's on PostgreSQL: see
// ServerStatement), for bulk loads and bulk reads only. Qt SQL
// costs a few microseconds per bound value and per execution (it names every positional placeholder and wraps
// each value in a QVariant); over the millions of rows of a demo store or a large import that is most of the
// time. Everything else goes through Qt SQL, which stays portable. Errors throw StorageError, as the rest of
// the storage layer does.
class ServerStatement;

class RawStatement
{
public:
    // How exec() sends writes to a server: one by one (changes() and lastInsertId() answer at once), or
    // queued in libpq's pipeline (bulk loads: no round trip per row; changes() is not known; errors
    // surface at the next read or at the commit). SQLite runs both the same way.
    enum class Writes
    {
        OneByOne,
        Pipelined,
    };

    RawStatement(const QSqlDatabase &db, const QString &statement, Writes writes = Writes::OneByOne);
    ~RawStatement();
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    // Placeholders are 1-based, as in SQLite.
    void bind(int index, qint64 value);
    void bindReal(int index, double value); // named apart: an int would be ambiguous otherwise
    // A null QString binds as '' (text columns are NOT NULL DEFAULT ''), like sql::bind.
    void bind(int index, const QString &text);
    // The same as UTF-8 (the database's own encoding, so SQLite converts and copies nothing) from a
    // buffer the statement keeps per placeholder: no allocation per row once the buffers have grown.
    // The view need not outlive the call.
    void bindUtf8(int index, QStringView text);
    void bindNull(int index);
    // Integers, text and null; what QVariant holds decides.
    void bind(int index, const QVariant &value);
    // Runs the statement (which returns no rows) and resets it for the next use.
    void exec();
    qint64 lastInsertId() const;
    // Rows the last exec() inserted, changed or deleted: 0 after an INSERT … ON CONFLICT DO NOTHING that
    // met a conflict. With lastInsertId() it replaces RETURNING on the hot paths: on SQLite 3.40,
    // RETURNING costs about 30 µs a statement (a first night's 19 000 gift boxes took 1.8 s with it).
    int changes() const;

    // Reading a query's rows: next() steps to the following row (false after the last one, when the
    // statement is reset for the next use); the column accessors read the current row, 0-based.
    bool next();
    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // The column's text as the file holds it (UTF-8), without a copy: valid until the next step.
    QByteArrayView utf8(int column) const;
    // A lookup's answer: the first row's first column (none: no row, or NULL); steps past the other
    // rows, so the statement is reset for the next use.
    std::optional<qint64> firstInteger();

    // The connection's sqlite3 handle; throws when the driver is not QSQLITE.
    static sqlite3 *handleOf(const QSqlDatabase &db);

private:
    void check(int rc) const;

    std::unique_ptr<ServerStatement> m_server; // set on PostgreSQL, where the members below are unused

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::vector<QByteArray> m_buffers; // bindUtf8's text, per placeholder, until the next bind
};

} // namespace atelier
