#include "storage/import_repository.h"

#include "core/stored_time.h"
#include "storage/inserted_id.h"
#include "storage/sql.h"

namespace atelier {

ImportRepository::ImportRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

void ImportRepository::saveMapping(const QString &name, const QString &spec, const QDateTime &at)
{
    sql::run(m_db,
        QStringLiteral(
            "INSERT INTO import_mappings (name, spec, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (name) DO UPDATE SET spec = excluded.spec, updated_at = excluded.updated_at"),
        {name, spec, toStoredText(at)});
}

std::optional<QString> ImportRepository::mappingSpec(const QString &name) const
{
    const QVariant spec
        = sql::scalar(m_db, QStringLiteral("SELECT spec FROM import_mappings WHERE name = ?"), {name});
    if (!spec.isValid())
        return std::nullopt;
    return spec.toString();
}

QStringList ImportRepository::mappingNames() const
{
    QSqlQuery query = sql::run(m_db, QStringLiteral("SELECT name FROM import_mappings ORDER BY name"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

qint64 ImportRepository::insertRun(const ImportRunRecord &run)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "INSERT INTO import_runs (file_name, started_at, finished_at, rows_read, rows_imported, "
            "rows_rejected, result) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {run.fileName, toStoredText(run.startedAt), toStoredText(run.finishedAt), run.rowsRead,
            run.rowsImported, run.rowsRejected, run.result});
    return sql::insertedId(query);
}

std::optional<qint64> ImportRepository::customerByPhone(const QString &digits) const
{
    const QVariant id
        = sql::scalar(m_db, QStringLiteral("SELECT id FROM customers WHERE phone = ?"), {digits});
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

std::optional<qint64> ImportRepository::customerByExternalId(const QString &externalId) const
{
    const QVariant id
        = sql::scalar(m_db, QStringLiteral("SELECT id FROM customers WHERE external_id = ?"), {externalId});
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

bool ImportRepository::setExternalId(qint64 customerId, const QString &externalId)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("UPDATE customers SET external_id = ? WHERE id = ? AND external_id IS NULL"),
        {externalId, customerId});
    return query.numRowsAffected() == 1;
}

qint64 ImportRepository::attachSales(qint64 customerId, const QString &externalId)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "UPDATE sales SET customer_id = ? WHERE external_customer = ? AND customer_id IS NULL"),
        {customerId, externalId});
    return query.numRowsAffected();
}

} // namespace atelier
