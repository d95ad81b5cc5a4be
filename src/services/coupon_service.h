#pragma once

#include "core/coupon.h"
#include "core/read_result.h"
#include "core/write_result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace atelier {

class Clock;
class Database;

// A coupon a manager issues by hand.
struct ManualCoupon
{
    std::optional<CustomerId> customer; // none: a bearer coupon
    CouponKind kind = CouponKind::Amount;
    std::int64_t value = 0; // fen for Amount, whole percent for Percent, 0 for Gift
    Money minSpend;
    QDate validFrom; // invalid: today
    QDate validTo;
};

struct CouponResult
{
    std::optional<Coupon> coupon;
    QString message; // why nothing was written
    bool ok() const { return coupon.has_value(); }
};

// A code typed at the sale dialog, checked against the sale as it stands.
struct CouponCheck
{
    std::optional<Coupon> coupon; // the coupon the code names, when it names one
    CouponEffect effect;
    // For the clerk: why the coupon is refused, or (when usable) what it does, e.g. "The coupon is
    // worth ¥100.00; the sale's ¥80.00 are taken off in full."
    QString message;
    bool usable() const { return coupon && effect.ok(); }
};

// The coupon ledger: issuing by hand, cancelling, checking a code for a sale, listing, expiring
// (issue 21). Campaign, return and complaint coupons are issued by their own services, in their own
// transactions, through CouponRepository::issue and issueCouponIn below.
class CouponService
{
    Q_DECLARE_TR_FUNCTIONS(CouponService)
public:
    CouponService(Database &db, const Clock &clock);

    // Manager only; audited.
    CouponResult issueManual(const ManualCoupon &draft);
    // Manager only; audited. Only an issued coupon can be cancelled.
    WriteResult cancel(CouponId id);

    // What a clerk typed or scanned, against a sale to `customer` of `saleTotal` (before any coupon).
    CouponCheck checkForSale(const QString &typed, std::optional<CustomerId> customer, Money saleTotal);

    ReadResult<std::optional<Coupon>> findByCode(const QString &typed);
    // Every coupon (or one customer's); only the open ones (issued and valid today) when asked.
    ReadResult<QList<Coupon>> list(std::optional<CustomerId> customer, bool openOnly);
    ReadResult<OpenCouponValue> openValue();
    // Expires every issued coupon whose last day is before `asOf`; how many, or -1 when it failed
    // (logged). The nightly run calls CouponRepository::expire inside its own transaction instead.
    int expire(const QDate &asOf);

    // For people: "¥100.00 off", "15% off", "a gift".
    static QString valueText(CouponKind kind, std::int64_t value);
    // Why `coupon` cannot go with a sale of `saleTotal`: "This coupon was redeemed on 2026-11-30
    // (sale 1234)."
    static QString refusalText(const Coupon &coupon, CouponRefusal refusal, Money saleTotal);
    // What a usable coupon does to the sale, for the clerk.
    static QString effectText(const Coupon &coupon, const CouponEffect &effect, Money saleTotal);
    // A mistyped code.
    static QString noMatchText(const QString &typed);

private:
    std::optional<QString> checkDraft(const ManualCoupon &draft) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
