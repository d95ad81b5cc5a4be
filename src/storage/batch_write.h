#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <vector>

namespace atelier {

class RawStatement;
class ServerCopy;

// Many rows written into one table by the nightly run: tens of thousands of scores, tiers, forecasts
// and expiries on the first night. On SQLite each add() runs a prepared statement at once (no round
// trip there). On a server a statement per row costs the server a parse-free but whole execution
// each (about 65 µs): the rows are gathered instead, sent by COPY into a temporary table at flush(),
// and applied by one set-based statement. Until flush() the rows are not in the table on a server:
// the caller flushes before anything reads them, inside its transaction.
class BatchWrite
{
public:
    enum class Kind
    {
        Insert, // plain INSERT: constraints and triggers apply as they would row by row
        InsertNew, // INSERT … ON CONFLICT DO NOTHING: a row that would duplicate a unique key is left out
        Upsert, // the row whole, over the one with its key if there is one
        Update, // the other columns of the row with the key (none: nothing)
        Delete, // the key's columns only: the rows with these keys go
    };

    // `columns` is comma-separated, fixed names only (never input); the first `keyColumns` are the key
    // that Upsert, Update and Delete go by.
    // `alsoSet` (Update only): one more fixed assignment for every row, such as
    // "row_version = row_version + 1".
    BatchWrite(const QSqlDatabase &db, const QString &table, const QString &columns, Kind kind,
        int keyColumns = 1, const QString &alsoSet = {});
    ~BatchWrite();
    BatchWrite(const BatchWrite &) = delete;
    BatchWrite &operator=(const BatchWrite &) = delete;

    // Placeholders are 1-based, in the order of `columns`; every column is bound for every row.
    void bind(int index, qint64 value);
    void bindReal(int index, double value);
    void bindUtf8(int index, QStringView text);
    void bindNull(int index);
    // Integers, text and null; what QVariant holds decides (a null QString binds as '', as sql::bind).
    void bind(int index, const QVariant &value);
    // The row bound so far is written (SQLite) or kept for flush() (a server).
    void add();
    // Applies the kept rows (a server; nothing on SQLite) and starts empty again. Returns the rows the
    // batch inserted, changed or deleted since the last flush (InsertNew: the ones not left out). Errors
    // throw StorageError; the caller's transaction rolls back whole.
    qint64 flush();
    // Rows added since the object was made.
    qint64 rows() const { return m_rows; }

private:
    QString rowStatement() const; // SQLite's, run for each row
    QString applyStatement() const; // a server's, run once for the staged rows
    QString assignments(const QString &from) const; // "column = <from with %1 the column>, …", non-key

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    Kind m_kind;
    int m_keys = 1;
    QString m_alsoSet;
    qint64 m_rows = 0;
    qint64 m_changed = 0; // SQLite: since the last flush
    std::unique_ptr<RawStatement> m_statement; // SQLite

    // A server: the current row's values in COPY's text form (null: NULL), and the rows gathered.
    std::vector<QByteArray> m_values;
    std::vector<bool> m_null;
    std::unique_ptr<ServerCopy> m_copy;
    qint64 m_kept = 0;
};

} // namespace atelier
