#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace atelier {

class RawStatement;

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
    // Sale lines stored so far (the largest id: no table scan), to weigh an import against.
    qint64 storedLines();
    // For an import at least as large as what is stored: drops the indexes on sale lines that the
    // import does not read (by style; and the unique import key when `keys`, i.e. when no earlier
    // import can hold a key, so none is looked up), to build them once at the end, sorted, instead
    // of inserting half a million entries at random places. Inside the caller's transaction, so a
    // rollback brings them back; restoreIndexes() must run before the commit.
    void deferIndexes(bool keys);
    void restoreIndexes();

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
    QStringList m_deferred; // CREATE INDEX statements to run again
    std::unique_ptr<RawStatement> m_lineKey, m_returnKey, m_saleOfInvoice, m_byExternal, m_byPhone, m_sale,
        m_line, m_total, m_returnable, m_return;
};

} // namespace atelier
