#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace atelier {

class RawStatement;

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

// The writes and look-ups of one sales import, on raw prepared statements (a till's year is half a
// million lines). The caller holds the transaction.
class SalesImportWriter
{
public:
    explicit SalesImportWriter(QSqlDatabase db);
    ~SalesImportWriter();
    SalesImportWriter(const SalesImportWriter &) = delete;
    SalesImportWriter &operator=(const SalesImportWriter &) = delete;

    // Whether any sale line or return came from an import before.
    bool hasImportedRows();
    bool lineKeyExists(const QString &key);
    bool returnKeyExists(const QString &key);
    std::optional<qint64> saleOfInvoice(const QString &invoice);
    std::optional<qint64> customerByExternalId(const QString &externalId);
    std::optional<qint64> customerByPhone(const QString &digits);
    qint64 insertSale(std::optional<qint64> customerId, const QString &storedSoldAt, const QString &invoice,
        const QString &externalCustomer);
    qint64 insertLine(qint64 saleId, const QString &style, const QString &category, const QString &colour,
        const QString &size, int quantity, qint64 priceFen, const QString &key);
    void addToTotal(qint64 saleId, qint64 fen);
    // The latest line of this style sold to this till customer no later than `storedAt` with at
    // least `pieces` not yet returned.
    std::optional<qint64> returnableLine(
        const QString &externalCustomer, const QString &style, const QString &storedAt, int pieces);
    void insertReturn(
        qint64 lineId, const QString &storedAt, int pieces, qint64 refundFen, const QString &key);

private:
    QSqlDatabase m_db;
    std::unique_ptr<RawStatement> m_lineKey, m_returnKey, m_saleOfInvoice, m_byExternal, m_byPhone, m_sale,
        m_line, m_total, m_returnable, m_return;
};

} // namespace atelier
