#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>

struct pg_conn;

namespace atelier {

// New rows for one table of a server, gathered in memory in COPY's text format (copy_text) and sent
// with one COPY … FROM STDIN: a bulk write that costs the server no statement per row. For the sales
// import; a caller sends before anything that reads or references the rows.
class ServerCopy
{
public:
    ServerCopy(const QString &table, const QStringList &columns);

    void add(qint64 value);
    void add(QStringView text); // never NULL: the import's text columns are NOT NULL or use addNull()
    void addNull();
    // A value already in COPY's text form (copy_text::append), kept by a caller that binds out of order.
    void addEscaped(QByteArrayView value);
    void endRow();
    qsizetype bytes() const { return m_rows.size(); }

    // Sends the rows gathered so far (nothing when there are none) and starts empty again. Errors throw
    // StorageError, naming the table and the server's reason but none of the values.
    void send(pg_conn *connection);

private:
    void separate();

    QString m_table;
    QByteArray m_statement;
    QByteArray m_rows;
    bool m_rowStarted = false;
};

} // namespace atelier
