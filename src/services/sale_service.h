#pragma once

#include "core/coupon.h"
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
    // A sale with a coupon: what it took off, and for the clerk what it did ("capped at the sale").
    Money couponDiscount;
    QString couponNote;
    // A return that handed over the seed's experience coupon (a setting).
    std::optional<Coupon> couponIssued;
    // The connection to the server was lost while saving, so whether the sale was stored is not known
    // from here: SaleService::checkStored asks again on a new connection.
    bool connectionLost = false;
    // A sale re-sent with a key already stored: this is the stored sale, found and not saved again.
    bool foundStored = false;
    bool ok() const { return id.has_value(); }
};

// After a lost connection: whether the sale with the counter's key reached the store.
struct StoredSaleCheck
{
    enum class State
    {
        Stored, // `sale` says what it came to
        NotStored, // sending it again is safe
        NotKnown, // the server is still out of reach: ask again, or send again with the same key
    };
    State state = State::NotKnown;
    SaleResult sale;
};

// Recording sales at the counter, and returns or exchanges against a sale line within the
// store's return window (7 days by default, a setting). A return never exceeds what was bought.
class SaleService : public QObject
{
    Q_OBJECT
public:
    SaleService(Database &db, const Clock &clock, QObject *parent = nullptr);

    // Checks every line (style number, quantity >= 1, prices >= 0); the time defaults to now. A
    // coupon code (Sale::couponCode) is checked again and redeemed in the sale's own transaction;
    // its discount is spread over the lines by value and the points follow the paid total. When the
    // coupon was redeemed meanwhile (another window or process), nothing is saved.
    SaleResult recordSale(Sale sale);
    // A sale with a key (Sale::clientKey) already stored is not saved again: its result comes back
    // with foundStored set. A save that lost the server's connection says so (connectionLost); this
    // reconnects before the next save or check.
    StoredSaleCheck checkStored(const Sale &sale);

    ReadResult<std::optional<Sale>> sale(SaleId id);
    ReadResult<QList<ReturnableLine>> returnableLines(SaleId id);
    ReadResult<QList<Sale>> recentSales(CustomerId customer, int limit);

    // The return window as recordReturn and recordExchange apply it, for a dialog to ask before the
    // clerk chooses a line. The window is the store's setting at the time of asking.
    ReturnWindowCheck returnWindow(const ReturnableLine &line) const;
    // "This was bought 1096 days ago; returns and exchanges are accepted within 7 days."; empty
    // while the window is open.
    static QString windowRefusal(const ReturnWindowCheck &check);

    // What was paid for `quantity` pieces of the line returned now: their price less their share of
    // the line's coupon discount (the last pieces take the remainder).
    static Money paidForPieces(const ReturnableLine &line, int quantity);

    // Refund defaults to what was paid for the returned pieces: their price less their share of a
    // coupon's discount (a redeemed coupon is not given back). With a customer, and the setting on,
    // the seed's experience coupon is issued in the same transaction.
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
    // The sale stored with `sale`'s key, as recordSale would have answered; nullopt without one.
    std::optional<SaleResult> storedWithKey(const Sale &sale);
    // A save that failed: a key already stored by another attempt gives that sale; a lost connection
    // is noted so that the next save or check reconnects first.
    SaleResult saleFailed(const Sale &sale, const StorageError &error);
    // After a lost connection, a new one on the same location; false while the server is out of reach.
    bool reconnectIfLost();
    QString checkReturn(const std::optional<ReturnableLine> &line, int quantity) const;
    // Inside the sale's transaction: finds and checks the sale's coupon and spreads its discount
    // over the lines, or says why the coupon cannot go with the sale.
    std::optional<QString> prepareCoupon(Sale &sale, Coupon &coupon, CouponEffect &effect) const;
    // Inside a return's transaction: the seed's experience coupon when the setting is on.
    std::optional<Coupon> issueExperienceCoupon(CustomerId customer, qint64 returnId);
    ReturnRecord returnRecord(ReturnRecord::Kind kind, SaleLineId line, int quantity, Money refund,
        const QString &reason, std::optional<StaffId> clerk) const;

    Database &m_db;
    const Clock &m_clock;
    bool m_connectionLost = false;
};

} // namespace atelier
