#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace atelier {

// One import attempt as the import_runs table keeps it.
struct ImportRunRecord
{
    QString fileName;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsRejected = 0;
    QString result; // imported, dry_run, nothing_imported, cancelled, failed
};

// Named column mappings and the log of import runs.
class ImportRepository
{
public:
    explicit ImportRepository(QSqlDatabase db);
    void saveMapping(const QString &name, const QString &spec, const QDateTime &at);
    std::optional<QString> mappingSpec(const QString &name) const;
    QStringList mappingNames() const;
    qint64 insertRun(const ImportRunRecord &run);

    // Linking a till's customer numbers to archive customers.
    std::optional<qint64> customerByPhone(const QString &digits) const;
    std::optional<qint64> customerByExternalId(const QString &externalId) const;
    // False when the customer has a till number already: one customer, one number.
    bool setExternalId(qint64 customerId, const QString &externalId);
    // Imported walk-in sales of that till customer become the archive customer's; returns how many.
    qint64 attachSales(qint64 customerId, const QString &externalId);

private:
    QSqlDatabase m_db;
};

} // namespace atelier
