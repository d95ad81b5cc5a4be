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
        Upsert, // the row whole, over the one with its key (the first column) if there is one
        Delete, // one column, the key: the rows with these keys go
    };

    // `columns` is comma-separated, fixed names only (never input); for Upsert and Delete the first is
    // the key.
    BatchWrite(const QSqlDatabase &db, const QString &table, const QString &columns, Kind kind);
    ~BatchWrite();
    BatchWrite(const BatchWrite &) = delete;
    BatchWrite &operator=(const BatchWrite &) = delete;

    // Placeholders are 1-based, in the order of `columns`; every column is bound for every row.
    void bind(int index, qint64 value);
    void bindReal(int index, double value);
    void bindUtf8(int index, QStringView text);
    void bindNull(int index);
    // The row bound so far is written (SQLite) or kept for flush() (a server).
    void add();
    // Applies the kept rows (a server; nothing on SQLite) and starts empty again. Errors throw
    // StorageError; the caller's transaction rolls back whole.
    void flush();
    // Rows added since the object was made.
    qint64 rows() const { return m_rows; }

private:
    QString applyStatement() const;

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    Kind m_kind;
    qint64 m_rows = 0;
    std::unique_ptr<RawStatement> m_statement; // SQLite

    // A server: the current row's values in COPY's text form (null: NULL), and the rows gathered.
    std::vector<QByteArray> m_values;
    std::vector<bool> m_null;
    std::unique_ptr<ServerCopy> m_copy;
    qint64 m_kept = 0;
};

} // namespace atelier
