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
    // For an import at least as large as what is stored: drops the indexes that the import does not
    // read (sale lines by style, sales by customer and by time; and the unique import key when `keys`,
    // i.e. when no earlier import can hold a key, so none is looked up), to build them once at the end,
    // sorted, instead of inserting half a million entries at random places. Inside the caller's
    // transaction, so a rollback brings them back; restoreIndexes() must run before the commit.
    void deferIndexes(bool keys);
    void restoreIndexes();

    bool lineKeyExists(QStringView key);
    bool returnKeyExists(QStringView key);
    std::optional<qint64> saleOfInvoice(QStringView invoice);
    std::optional<qint64> customerByExternalId(QStringView externalId);
    std::optional<qint64> customerByPhone(QStringView digits);
    qint64 insertSale(std::optional<qint64> customerId, QStringView storedSoldAt, QStringView invoice,
        QStringView externalCustomer);
    qint64 insertLine(qint64 saleId, QStringView style, QStringView category, QStringView colour,
        QStringView size, int quantity, qint64 priceFen, QStringView key);
    void addToTotal(qint64 saleId, qint64 fen);
    // The latest line of this style sold to this till customer no later than `storedAt` with at
    // least `pieces` not yet returned.
    std::optional<qint64> returnableLine(
        QStringView externalCustomer, QStringView style, QStringView storedAt, int pieces);
    void insertReturn(qint64 lineId, QStringView storedAt, int pieces, qint64 refundFen, QStringView key);

private:
    QSqlDatabase m_db;
    QStringList m_deferred; // CREATE INDEX statements to run again
    std::unique_ptr<RawStatement> m_lineKey, m_returnKey, m_saleOfInvoice, m_byExternal, m_byPhone, m_sale,
        m_line, m_total, m_returnable, m_return;
};

} // namespace atelier
