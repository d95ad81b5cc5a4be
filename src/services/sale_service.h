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
    Money refund; // a return or an exchange: what the returned pieces were credited
    qint64 pointsEarned = 0; // a sale, or an exchange's replacement
    qint64 pointsTakenBack = 0; // a return or an exchange
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

    // The return window as recordReturn and recordExchange apply it, for a dialog to ask before the
    // clerk chooses a line. The window is the store's setting at the time of asking.
    ReturnWindowCheck returnWindow(const ReturnableLine &line) const;
    // "This was bought 1096 days ago; returns and exchanges are accepted within 7 days."; empty
    // while the window is open.
    static QString windowRefusal(const ReturnWindowCheck &check);

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
