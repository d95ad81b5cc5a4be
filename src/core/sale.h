#pragma once

#include "core/customer.h"
#include "core/money.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <cstdint>
#include <optional>

namespace atelier {

using SaleId = qint64;
using SaleLineId = qint64;

struct SaleLine
{
    SaleLineId id = 0;
    QString styleNumber; // 款号
    QString category;
    QString colour;
    QString size;
    int quantity = 1;
    Money listPrice; // per piece
    Money paidPrice; // per piece, after discounts
    // This line's share of a coupon's discount, for the whole line (sale_lines.coupon_share_fen).
    Money couponShare = Money();
    // Before the coupon's share: what the line was priced at.
    Money paidTotal() const { return paidPrice * quantity; }
    // What the customer paid for the line, the coupon's share taken off.
    Money paidAfterCoupon() const { return paidTotal() - couponShare; }
};

struct Sale
{
    SaleId id = 0;
    std::optional<CustomerId> customerId; // a walk-in sale may have no customer
    QDateTime soldAt;
    std::optional<StaffId> clerkId;
    QList<SaleLine> lines;
    QString note;
    // A coupon code the clerk typed or scanned: recordSale redeems it in the sale's transaction and
    // spreads its discount over the lines. Empty: no coupon.
    QString couponCode;
    // Made at the counter when the clerk starts saving (sales.client_key): a sale re-sent with the
    // same key after a lost connection is found, not stored twice. Null: no key (imports, the demo).
    QUuid clientKey;
    // What the customer paid: the lines after the coupon's discount (sales.total_fen).
    Money total() const
    {
        Money sum;
        for (const SaleLine &line : lines)
            sum += line.paidAfterCoupon();
        return sum;
    }
    // The lines before any coupon.
    Money linesTotal() const
    {
        Money sum;
        for (const SaleLine &line : lines)
            sum += line.paidTotal();
        return sum;
    }
    Money couponDiscount() const { return linesTotal() - total(); }
};

// A sale found by its counter key: what it came to and the points it earned when it was stored.
struct StoredSale
{
    SaleId id = 0;
    Money total;
    qint64 pointsEarned = 0;
};

// A return or an exchange against one sale line. An exchange also names the line of the new sale
// that replaced the goods, so the stock and the customer's history stay readable.
struct ReturnRecord
{
    enum class Kind
    {
        Return,
        Exchange
    };
    qint64 id = 0;
    SaleLineId saleLineId = 0;
    Kind kind = Kind::Return;
    QDateTime returnedAt;
    int quantity = 1;
    Money refund;
    QString reason; // "fabric itchy": kept as product feedback
    std::optional<SaleLineId> replacementLineId;
    std::optional<StaffId> clerkId;
};

// One sale line as the return dialog needs it: what was bought and what is still returnable.
struct ReturnableLine
{
    SaleLine line;
    SaleId saleId = 0;
    QDateTime soldAt;
    int alreadyReturned = 0;
    int returnable() const { return line.quantity - alreadyReturned; }
};

// Where a sold line stands against the store's return window: returns and exchanges are accepted up
// to `windowDays` days after the day of the sale. The service refuses with it and the return dialog
// disables the lines it closes, so that both decide by the one rule.
struct ReturnWindowCheck
{
    qint64 daysSinceSale = 0;
    int windowDays = 0;
    bool open() const { return daysSinceSale <= windowDays; }
};

// What has gone back of one sold line: pieces returned for a refund and pieces exchanged.
struct LineReturns
{
    int returned = 0;
    int exchanged = 0;
};

// What the customer card shows about a customer's buying.
struct PurchaseSummary
{
    Money lifetimeSpend; // paid minus refunds
    int visits = 0; // number of sales
    std::optional<QDateTime> lastPurchase;
};

} // namespace atelier
