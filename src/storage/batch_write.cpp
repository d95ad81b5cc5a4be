#include "storage/batch_write.h"

#include "storage/copy_text.h"
#include "storage/dialect.h"
#include "storage/raw_statement.h"
#include "storage/server_connection.h"
#include "storage/server_copy.h"
#include "storage/server_statement.h"
#include "storage/sql.h"
#include "storage/value_shape.h"

#include <spdlog/spdlog.h>

#include <utility>

namespace atelier {

namespace {

using sql::placeholders;

// One statement on the server, its rows (if any) read and dropped; the rows it wrote.
qint64 runOnServer(pg_conn *connection, const QString &statement)
{
    ServerStatement run(connection, statement, ServerStatement::Mode::Immediate);
    run.exec();
    return run.changes();
}

bool existsOnServer(pg_conn *connection, const QString &table)
{
    ServerStatement lookup(connection,
        QStringLiteral("SELECT to_regclass('pg_temp.%1') IS NOT NULL").arg(table),
        ServerStatement::Mode::Immediate);
    return lookup.next() && lookup.value(0) == "t";
}

} // namespace

BatchWrite::BatchWrite(const QSqlDatabase &db, const QString &table, const QString &columns, Kind kind,
    int keyColumns, const QString &alsoSet)
    : m_db(db)
    , m_table(table)
    , m_kind(kind)
    , m_keys(keyColumns)
    , m_alsoSet(alsoSet)
{
    for (const QString &column : columns.split(u','))
        m_columns << column.trimmed();
    if (backendOf(m_db) == Backend::PostgreSQL) {
        m_values.resize(std::size_t(m_columns.size()));
        m_null.assign(std::size_t(m_columns.size()), true);
        m_copy = std::make_unique<ServerCopy>(
            QStringLiteral("staged_") + m_table, QStringList{QStringLiteral("staged_row")} + m_columns);
        return;
    }
    m_statement = std::make_unique<RawStatement>(m_db, rowStatement());
}

QString BatchWrite::rowStatement() const
{
    const QString names = m_columns.join(QStringLiteral(", "));
    const QStringList keys = m_columns.mid(0, m_keys);
    // The key conditions with numbered placeholders (?1, ?2 …: the columns' order), so that an UPDATE
    // binds like an INSERT.
    QStringList keyConditions;
    for (int i = 0; i < m_keys; ++i)
        keyConditions << QStringLiteral("%1 = ?%2").arg(m_columns[i]).arg(i + 1);
    switch (m_kind) {
    case Kind::Insert:
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(m_table, names, placeholders(m_columns.size()));
    case Kind::InsertNew:
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT DO NOTHING")
            .arg(m_table, names, placeholders(m_columns.size()));
    case Kind::Upsert:
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5")
            .arg(m_table, names, placeholders(m_columns.size()), keys.join(QStringLiteral(", ")),
                assignments(QStringLiteral("excluded.%1")));
    case Kind::Update: {
        QStringList sets;
        for (qsizetype i = m_keys; i < m_columns.size(); ++i)
            sets << QStringLiteral("%1 = ?%2").arg(m_columns[i]).arg(i + 1);
        if (!m_alsoSet.isEmpty())
            sets << m_alsoSet;
        return QStringLiteral("UPDATE %1 SET %2 WHERE %3")
            .arg(m_table, sets.join(QStringLiteral(", ")), keyConditions.join(QStringLiteral(" AND ")));
    }
    case Kind::Delete:
        return QStringLiteral("DELETE FROM %1 WHERE %2")
            .arg(m_table, keyConditions.join(QStringLiteral(" AND ")));
    }
    return {};
}

QString BatchWrite::assignments(const QString &from) const
{
    QStringList sets;
    for (qsizetype i = m_keys; i < m_columns.size(); ++i)
        sets << QStringLiteral("%1 = ").arg(m_columns[i]) + from.arg(m_columns[i]);
    return sets.join(QStringLiteral(", "));
}

BatchWrite::~BatchWrite()
{
    // Rows kept and never flushed: the caller is unwinding from an error, and its transaction rolls
    // back; they were never written.
    if (m_kept > 0)
        spdlog::debug("{} rows for {} dropped unwritten", m_kept, m_table.toStdString());
}

void BatchWrite::bind(int index, qint64 value)
{
    if (m_statement)
        return m_statement->bind(index, value);
    m_values[std::size_t(index - 1)] = QByteArray::number(value);
    m_null[std::size_t(index - 1)] = false;
}

void BatchWrite::bindReal(int index, double value)
{
    if (m_statement)
        return m_statement->bindReal(index, value);
    // 17 significant digits give the double back exactly, as RawStatement's server path sends it.
    m_values[std::size_t(index - 1)] = QByteArray::number(value, 'g', 17);
    m_null[std::size_t(index - 1)] = false;
}

void BatchWrite::bindUtf8(int index, QStringView text)
{
    if (m_statement)
        return m_statement->bindUtf8(index, text);
    QByteArray &value = m_values[std::size_t(index - 1)];
    value.resize(0); // keeps its capacity: no allocation per row once it has grown
    copy_text::append(value, text);
    m_null[std::size_t(index - 1)] = false;
}

void BatchWrite::bind(int index, const QVariant &value)
{
    bindByShape(*this, index, value);
}

void BatchWrite::bindNull(int index)
{
    if (m_statement)
        return m_statement->bindNull(index);
    m_null[std::size_t(index - 1)] = true;
}

void BatchWrite::add()
{
    ++m_rows;
    if (m_statement) {
        m_statement->exec();
        m_changed += m_statement->changes();
        return;
    }
    // The row's number comes first: the rows are applied in the order they were added (ids, locks).
    m_copy->add(m_kept);
    for (std::size_t i = 0; i < m_values.size(); ++i) {
        if (m_null[i])
            m_copy->addNull();
        else
            m_copy->addEscaped(m_values[i]);
    }
    m_copy->endRow();
    ++m_kept;
}

QString BatchWrite::applyStatement() const
{
    const QString names = m_columns.join(QStringLiteral(", "));
    const QString keys = m_columns.mid(0, m_keys).join(QStringLiteral(", "));
    const QString staged = QStringLiteral("staged_") + m_table;
    QStringList keyMatch;
    for (int i = 0; i < m_keys; ++i)
        keyMatch << QStringLiteral("%1.%2 = s.%2").arg(m_table, m_columns[i]);
    switch (m_kind) {
    case Kind::Insert:
        return QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3 ORDER BY staged_row")
            .arg(m_table, names, staged);
    case Kind::InsertNew:
        return QStringLiteral(
            "INSERT INTO %1 (%2) SELECT %2 FROM %3 ORDER BY staged_row ON CONFLICT DO NOTHING")
            .arg(m_table, names, staged);
    case Kind::Upsert:
        return QStringLiteral(
            "INSERT INTO %1 (%2) SELECT %2 FROM %3 ORDER BY staged_row ON CONFLICT (%4) DO UPDATE SET %5")
            .arg(m_table, names, staged, keys, assignments(QStringLiteral("excluded.%1")));
    case Kind::Update:
        return QStringLiteral("UPDATE %1 SET %2 FROM %3 s WHERE %4")
            .arg(m_table,
                assignments(QStringLiteral("s.%1"))
                    + (m_alsoSet.isEmpty() ? QString() : QStringLiteral(", ") + m_alsoSet),
                staged, keyMatch.join(QStringLiteral(" AND ")));
    case Kind::Delete:
        return QStringLiteral("DELETE FROM %1 WHERE (%2) IN (SELECT %2 FROM %3)").arg(m_table, keys, staged);
    }
    return {};
}

qint64 BatchWrite::flush()
{
    if (m_statement)
        return std::exchange(m_changed, 0);
    if (m_kept == 0)
        return 0;
    pg_conn *connection = serverHandleOf(m_db);
    const QString staged = QStringLiteral("staged_") + m_table;
    // A temporary table of the target's own column types (no constraints: the target checks them when
    // the rows are applied). One left by a failed flush outside a transaction is made anew.
    if (existsOnServer(connection, staged))
        runOnServer(connection, QStringLiteral("DROP TABLE pg_temp.%1").arg(staged));
    runOnServer(connection,
        QStringLiteral("CREATE TEMPORARY TABLE %1 AS SELECT CAST(0 AS bigint) AS staged_row, %2 FROM %3 "
                       "WITH NO DATA")
            .arg(staged, m_columns.join(QStringLiteral(", ")), m_table));
    m_kept = 0;
    m_copy->send(connection); // empty again afterwards, even when it fails
    const qint64 changed = runOnServer(connection, applyStatement());
    runOnServer(connection, QStringLiteral("DROP TABLE pg_temp.%1").arg(staged));
    return changed;
}

} // namespace atelier
