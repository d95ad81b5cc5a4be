#pragma once

#include "core/sale.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace atelier {

// Sales, their lines, and returns/exchanges against lines. Callers wrap writes in a Transaction.
class SaleRepository
{
public:
    explicit SaleRepository(QSqlDatabase db);

    // Inserts the sale and its lines; fills in the ids.
    SaleId insert(Sale &sale);
    std::optional<Sale> find(SaleId id);
    // The sale stored with the counter's key (Sale::clientKey), with what it came to and the points it
    // earned; nullopt when no sale has that key.
    std::optional<StoredSale> findByClientKey(const QUuid &key);
    std::optional<ReturnableLine> returnableLine(SaleLineId lineId);
    // Before returnableLine() in a return's transaction: a second counter returning the same line waits
    // until this return is committed, then reads what is left (a line is never returned twice).
    void holdLineForReturn(SaleLineId lineId);
    QList<ReturnableLine> returnableLines(SaleId saleId);
    qint64 insertReturn(const ReturnRecord &record);
    QList<ReturnRecord> returnsOf(SaleLineId lineId);
    // What the returns and exchanges against the sale's lines refunded, all together.
    Money refundedFor(SaleId saleId);

    PurchaseSummary summaryFor(CustomerId customer);
    // Newest first.
    QList<Sale> recentSales(CustomerId customer, int limit);
    // Per line of the customer's sales that has had a return or an exchange.
    QHash<SaleLineId, LineReturns> returnsByLine(CustomerId customer);

private:
    QSqlDatabase m_db;
    QSqlQuery m_insertSale;
    QSqlQuery m_insertLine;
};

} // namespace atelier
