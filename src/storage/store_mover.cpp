#include "storage/store_mover.h"

#include "storage/copy_text.h"
#include "storage/dialect.h"
#include "storage/raw_statement.h"
#include "storage/server_connection.h"
#include "storage/sql.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <QAtomicInt>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

#include <memory>
#include <vector>

namespace atelier {

struct StoreMover::Table
{
    QString name;
    QStringList columns;
    std::vector<ValueKind> kinds;
    QStringList key; // the primary key's columns; every column for a table without one
    bool identityId = false;
};

namespace {

QAtomicInt sourceCounter;

const QString schemaVersionTable = QStringLiteral("schema_version");

// What the migrations give every new store (resources/sql: 006, 021; the PostgreSQL baseline) besides
// its schema_version: a server database Atelier has just made holds these rows and nothing else. The
// file's own rows replace them.
bool isNewStoreDefault(const QString &table)
{
    static const QStringList defaults{QStringLiteral("settings"), QStringLiteral("message_templates"),
        QStringLiteral("holidays"), QStringLiteral("tier_benefits")};
    return defaults.contains(table);
}

// COPY data goes to the server in pieces of about this size: large enough that the calls cost
// nothing, small enough to keep the memory flat.
constexpr qsizetype copyChunk = 1 << 20;

using Result = std::unique_ptr<PGresult, decltype(&PQclear)>;

// The server's message names the values it refused (a duplicate key, a malformed number): only the
// table, the SQLSTATE and the constraint go into the error, which is logged.
StorageError serverError(PGconn *connection, const PGresult *result, const QString &table)
{
    const auto field = [result](int code) {
        const char *text = result ? PQresultErrorField(result, code) : nullptr;
        return text ? QString::fromUtf8(text) : QString();
    };
    const QString state = field(PG_DIAG_SQLSTATE);
    if (state.isEmpty() && PQstatus(connection) != CONNECTION_OK)
        return StorageError(StorageError::Kind::ConnectionLost, table + QStringLiteral(": connection lost"));
    const QString constraint = field(PG_DIAG_CONSTRAINT_NAME);
    return StorageError::fromSqlState(state,
        QStringLiteral("%1: SQLSTATE %2%3")
            .arg(table, state,
                constraint.isEmpty() ? QString() : QStringLiteral(", constraint ") + constraint));
}

// Ends a COPY: the server's answer to the whole statement.
void finishCopy(PGconn *connection, const QString &table)
{
    Result result(PQgetResult(connection), &PQclear);
    const bool ok = PQresultStatus(result.get()) == PGRES_COMMAND_OK;
    StorageError error = serverError(connection, result.get(), table);
    while (PGresult *more = PQgetResult(connection))
        PQclear(more);
    if (!ok)
        throw error;
}

Result startCopy(PGconn *connection, const QString &statement, ExecStatusType expected, const QString &table)
{
    Result result(PQexec(connection, statement.toUtf8().constData()), &PQclear);
    if (PQresultStatus(result.get()) != expected)
        throw serverError(connection, result.get(), table);
    return result;
}

ValueKind kindOf(const QString &dataType)
{
    if (dataType == QStringLiteral("bigint") || dataType == QStringLiteral("integer")
        || dataType == QStringLiteral("smallint"))
        return ValueKind::Integer;
    if (dataType == QStringLiteral("double precision") || dataType == QStringLiteral("real"))
        return ValueKind::Real;
    return ValueKind::Text;
}

QByteArray realText(double value)
{
    return QByteArray::number(value, 'g', 17);
}

// The key columns as an ORDER BY list, text compared byte by byte on both sides.
QString orderBy(const QStringList &key, const QStringList &columns, const std::vector<ValueKind> &kinds,
    const QString &textCollation)
{
    QStringList parts;
    for (const QString &column : key) {
        const auto at = static_cast<size_t>(columns.indexOf(column));
        parts.append(kinds[at] == ValueKind::Text ? column + u' ' + textCollation : column);
    }
    return parts.join(QStringLiteral(", "));
}

int versionOf(const QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("SELECT max(version) FROM schema_version")).toInt();
}

// Kahn's order over the foreign keys: a table comes after every table it refers to (a table that
// refers to itself is copied in one statement, whose checks run at its end).
QStringList dependencyOrder(const QStringList &tables, const QList<QPair<QString, QString>> &references)
{
    QHash<QString, QSet<QString>> needs;
    for (const auto &[from, to] : references) {
        if (from != to && tables.contains(to))
            needs[from].insert(to);
    }
    QStringList ordered;
    QStringList left = tables;
    while (!left.isEmpty()) {
        const qsizetype before = left.size();
        for (qsizetype i = 0; i < left.size();) {
            if (needs.value(left[i]).isEmpty()) {
                const QString ready = left.takeAt(i);
                ordered.append(ready);
                for (QSet<QString> &set : needs)
                    set.remove(ready);
                i = 0; // the tables are sorted by name: keep the order stable
            } else {
                ++i;
            }
        }
        if (left.size() == before)
            throw StorageError(StorageError::Kind::Other,
                QStringLiteral("foreign keys form a cycle among %1").arg(left.join(QStringLiteral(", "))));
    }
    return ordered;
}

} // namespace

StoreMover::StoreMover(const QString &sourcePath, const QSqlDatabase &target)
    : m_connectionName(QStringLiteral("atelier-move-source-%1").arg(sourceCounter.fetchAndAddRelaxed(1)))
    , m_target(target)
{
    m_source = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_source.setDatabaseName(sourcePath);
    // Read-only: moving a store never writes to the file it leaves.
    m_source.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!m_source.open() || !dialect::tableExists(m_source, schemaVersionTable)) {
        const QString detail = m_source.lastError().text();
        m_source = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw StorageError(StorageError::Kind::NotADatabase, detail);
    }
}

StoreMover::~StoreMover()
{
    m_source.close();
    m_source = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int StoreMover::sourceVersion() const
{
    return versionOf(m_source);
}

int StoreMover::targetVersion() const
{
    return versionOf(m_target);
}

QStringList StoreMover::schemaDifferences() const
{
    QStringList sourceTables = dialect::tableNames(m_source);
    QStringList differences;
    for (const Table &table : plan()) {
        if (!sourceTables.removeOne(table.name)) {
            differences.append(table.name);
            continue;
        }
        QStringList sourceColumns;
        QSqlQuery columns
            = sql::run(m_source, QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table.name});
        while (columns.next())
            sourceColumns.append(columns.value(0).toString());
        for (const QString &column : table.columns) {
            if (!sourceColumns.removeOne(column))
                differences.append(table.name + u'.' + column);
        }
        for (const QString &column : sourceColumns)
            differences.append(table.name + u'.' + column);
    }
    sourceTables.removeOne(schemaVersionTable);
    return differences + sourceTables;
}

QStringList StoreMover::occupiedTables() const
{
    QStringList occupied;
    for (const Table &table : plan()) {
        if (isNewStoreDefault(table.name))
            continue;
        if (sql::scalar(m_target,
                QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 LIMIT 1) AS probe").arg(table.name))
                .toLongLong()
            > 0)
            occupied.append(table.name);
    }
    return occupied;
}

QList<StoreMover::Table> StoreMover::plan() const
{
    const QStringList names = dialect::tableNames(m_target);
    QList<QPair<QString, QString>> references;
    QSqlQuery keys = sql::run(m_target,
        QStringLiteral("SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint "
                       "WHERE contype = 'f' AND connamespace = current_schema()::regnamespace"));
    while (keys.next())
        references.append({keys.value(0).toString(), keys.value(1).toString()});

    QList<Table> tables;
    for (const QString &name : dependencyOrder(names, references)) {
        if (name == schemaVersionTable)
            continue;
        Table table;
        table.name = name;
        QSqlQuery columns = sql::run(m_target,
            QStringLiteral(
                "SELECT column_name, data_type, is_identity FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position"),
            {name});
        while (columns.next()) {
            table.columns.append(columns.value(0).toString());
            table.kinds.push_back(kindOf(columns.value(1).toString()));
            if (columns.value(0).toString() == QStringLiteral("id")
                && columns.value(2).toString() == QStringLiteral("YES"))
                table.identityId = true;
        }
        QSqlQuery primary = sql::run(m_target,
            QStringLiteral(
                "SELECT a.attname FROM pg_index AS i JOIN pg_attribute AS a ON a.attrelid = i.indrelid "
                "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = CAST(? AS regclass) AND "
                "i.indisprimary ORDER BY array_position(CAST(i.indkey AS smallint[]), a.attnum)"),
            {name});
        while (primary.next())
            table.key.append(primary.value(0).toString());
        if (table.key.isEmpty())
            table.key = table.columns;
        tables.append(table);
    }
    return tables;
}

void StoreMover::copyIn(const Table &table, MovedTable &moved)
{
    PGconn *connection = serverHandleOf(m_target);
    const QString columns = table.columns.join(QStringLiteral(", "));
    startCopy(connection, QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table.name, columns), PGRES_COPY_IN,
        table.name);

    RawStatement rows(m_source,
        QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
            .arg(columns, table.name,
                orderBy(table.key, table.columns, table.kinds, QStringLiteral("COLLATE BINARY"))));
    TableDigest digest;
    QByteArray data;
    data.reserve(copyChunk + 4096);
    QByteArray number;
    const auto send = [&] {
        if (PQputCopyData(connection, data.constData(), static_cast<int>(data.size())) != 1) {
            const StorageError error = serverError(connection, nullptr, table.name);
            PQputCopyEnd(connection, "failed");
            finishCopy(connection, table.name);
            throw error;
        }
        data.clear();
    };
    try {
        while (rows.next()) {
            for (int c = 0; c < static_cast<int>(table.kinds.size()); ++c) {
                copy_text::Value value;
                if (!rows.isNull(c)) {
                    switch (table.kinds[static_cast<size_t>(c)]) {
                    case ValueKind::Integer:
                        number = QByteArray::number(rows.integer(c));
                        value = number;
                        break;
                    case ValueKind::Real:
                        number = realText(rows.real(c));
                        value = number;
                        break;
                    case ValueKind::Text:
                        value = rows.utf8(c);
                    }
                }
                if (c > 0)
                    data += '\t';
                copy_text::append(data, value);
                digest.add(value);
            }
            data += '\n';
            digest.endRow();
            if (data.size() >= copyChunk)
                send();
        }
    } catch (const StorageError &) {
        PQputCopyEnd(connection, "the file could not be read");
        while (PGresult *more = PQgetResult(connection))
            PQclear(more);
        throw;
    }
    if (!data.isEmpty())
        send();
    if (PQputCopyEnd(connection, nullptr) != 1)
        throw serverError(connection, nullptr, table.name);
    finishCopy(connection, table.name);
    moved.sourceRows = digest.rows();
    moved.sourceSha256 = digest.sha256Hex();
}

void StoreMover::readBack(const Table &table, MovedTable &moved)
{
    PGconn *connection = serverHandleOf(m_target);
    startCopy(connection,
        QStringLiteral("COPY (SELECT %1 FROM %2 ORDER BY %3) TO STDOUT")
            .arg(table.columns.join(QStringLiteral(", ")), table.name,
                orderBy(table.key, table.columns, table.kinds, QStringLiteral("COLLATE \"C\""))),
        PGRES_COPY_OUT, table.name);
    TableDigest digest;
    QByteArray number;
    char *buffer = nullptr;
    int length = 0;
    while ((length = PQgetCopyData(connection, &buffer, 0)) > 0) {
        const std::unique_ptr<char, decltype(&PQfreemem)> line(buffer, &PQfreemem);
        // Each piece is one row, with its newline.
        const auto values = copy_text::split(QByteArrayView(buffer, length).chopped(1));
        for (size_t c = 0; c < values.size(); ++c) {
            copy_text::Value value;
            if (values[c]) {
                const ValueKind kind = c < table.kinds.size() ? table.kinds[c] : ValueKind::Text;
                if (kind == ValueKind::Integer)
                    number = QByteArray::number(values[c]->toLongLong());
                else if (kind == ValueKind::Real)
                    number = realText(values[c]->toDouble());
                value = kind == ValueKind::Text ? QByteArrayView(*values[c]) : QByteArrayView(number);
            }
            digest.add(value);
        }
        digest.endRow();
    }
    if (length == -2)
        throw serverError(connection, nullptr, table.name);
    finishCopy(connection, table.name);
    moved.targetRows = digest.rows();
    moved.targetSha256 = digest.sha256Hex();
}

QList<MovedTable> StoreMover::move()
{
    const QList<Table> tables = plan();
    // One snapshot of the file, even if a program writes to it meanwhile; never committed.
    Transaction snapshot(m_source);
    Transaction transaction(m_target);
    // The defaults the migrations gave the new store make way for the file's (referring tables last).
    for (auto table = tables.crbegin(); table != tables.crend(); ++table) {
        if (isNewStoreDefault(table->name))
            sql::execute(m_target, QStringLiteral("DELETE FROM %1").arg(table->name));
    }
    QList<MovedTable> moved;
    for (const Table &table : tables) {
        MovedTable entry;
        entry.name = table.name;
        copyIn(table, entry);
        if (table.identityId)
            dialect::followIdSequence(m_target, table.name);
        moved.append(entry);
    }
    bool allMatch = true;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        readBack(tables[i], moved[i]);
        allMatch = allMatch && moved[i].matches();
    }
    if (allMatch)
        transaction.commit();
    return moved;
}

} // namespace atelier
