#pragma once

#include "core/read_result.h"
#include "core/sale.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace atelier {

class Clock;
class StorageError;
class Database;

struct SaleResult
{
    std::optional<qint64> id; // the sale, or the return record
    QString message; // why nothing was saved
    bool ok() const { return id.has_value(); }
};

// Recording sales at the counter, and returns or exchanges against a sale line within the
// store's return window (7 days by default, a setting). A return never exceeds what was bought.
class SaleService : public QObject
{
    Q_OBJECT
public:
    SaleService(Database &db, const Clock &clock, QObject *parent = nullptr);

    // Checks every line (style number, quantity >= 1, prices >= 0); the time defaults to now.
    SaleResult recordSale(Sale sale);

    ReadResult<std::optional<Sale>> sale(SaleId id);
    ReadResult<QList<ReturnableLine>> returnableLines(SaleId id);
    ReadResult<QList<Sale>> recentSales(CustomerId customer, int limit);

    // Refund defaults to the paid price of the returned pieces.
    SaleResult recordReturn(SaleLineId line, int quantity, const QString &reason,
        std::optional<Money> refund = {}, std::optional<StaffId> clerk = {});
    // The returned pieces are refunded and the replacement is recorded as a new sale to the same customer.
    SaleResult recordExchange(SaleLineId line, int quantity, const SaleLine &replacement,
        const QString &reason, std::optional<StaffId> clerk = {});

signals:
    void saleRecorded(atelier::SaleId sale, std::optional<atelier::CustomerId> customer);
    void returnRecorded(atelier::SaleLineId line, std::optional<atelier::CustomerId> customer);

private:
    QString checkLine(const SaleLine &line) const;
    // Nothing was saved: the log gets the detail, the clerk a sentence.
    static SaleResult failed(const char *what, const StorageError &error);
    QString checkReturn(const std::optional<ReturnableLine> &line, int quantity) const;
    ReturnRecord returnRecord(ReturnRecord::Kind kind, SaleLineId line, int quantity, Money refund,
        const QString &reason, std::optional<StaffId> clerk) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
