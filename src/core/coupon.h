#pragma once

#include "core/customer.h"
#include "core/money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>
#include <random>

namespace atelier {

using CouponId = qint64;

// What a coupon takes off: a sum in fen, a whole percent of the sale, or nothing (a gift handed over).
enum class CouponKind
{
    Amount,
    Percent,
    Gift
};

// Why it was issued. Stored as a code; later issues add more.
enum class CouponReason
{
    Campaign,
    Return,
    Complaint,
    Manual,
    Birthday, // a tier benefit: the birthday discount (issue 22)
    Benefit, // another tier benefit issued as a coupon, such as the Black tier's gift box
    Activation, // a first-time buyer brought back
    Dormant, // a Dormant customer's reason to come (the light-touch message)
    Referral, // her reward for bringing a customer who bought (issue 23)
};

enum class CouponStatus
{
    Issued,
    Redeemed,
    Expired,
    Cancelled
};

QString couponKindCode(CouponKind kind);
std::optional<CouponKind> couponKindFromCode(const QString &code);
QString couponReasonCode(CouponReason reason);
std::optional<CouponReason> couponReasonFromCode(const QString &code);
QString couponStatusCode(CouponStatus status);
std::optional<CouponStatus> couponStatusFromCode(const QString &code);

// One row of the coupon ledger. value: fen for Amount, whole percent (1-99) for Percent, 0 for Gift.
// A coupon without a customer is a bearer coupon: any sale may redeem it.
struct Coupon
{
    CouponId id = 0;
    QString code;
    std::optional<CustomerId> customerId;
    CouponKind kind = CouponKind::Amount;
    std::int64_t value = 0;
    Money minSpend;
    QDate validFrom;
    QDate validTo; // inclusive
    CouponReason reason = CouponReason::Manual;
    CouponStatus status = CouponStatus::Issued;
    QDateTime issuedAt;
    QString issuedBy;
    std::optional<qint64> campaignId;
    std::optional<qint64> returnId;
    std::optional<qint64> complaintId;
    std::optional<qint64> saleId; // the sale that redeemed it
    std::optional<Money> discount; // what it took off that sale
    std::optional<QDateTime> statusChangedAt; // when it was redeemed, expired or cancelled

    bool validOn(const QDate &day) const { return day >= validFrom && day <= validTo; }
    // Issued and valid on `day`: what a customer still holds.
    bool open(const QDate &day) const { return status == CouponStatus::Issued && validOn(day); }
};

// An amount coupon of the seed's kind (a return's experience coupon, a complaint's compensation),
// valid from `today` for `validDays` days, issued at `at`; the caller links it to its source.
Coupon amountCoupon(
    CouponReason reason, Money value, Money minSpend, const QDate &today, int validDays, const QDateTime &at);

// The open coupons' worth, for Reports: amount coupons at face value; percent and gift coupons
// only counted (what they take off depends on a sale not yet made).
struct OpenCouponValue
{
    int amountCoupons = 0;
    Money amountValue;
    int percentCoupons = 0;
    int giftCoupons = 0;
};

// Why a coupon cannot be redeemed on a sale (the service words it for the clerk).
enum class CouponRefusal
{
    None,
    OtherCustomer, // issued to someone else, or to a customer while the sale has another or none
    NotYetValid,
    PastValidity, // still 'issued' but its last day has passed (the nightly run has not expired it yet)
    Redeemed,
    Expired,
    Cancelled,
    BelowMinimumSpend
};

// What a coupon would do to a sale of `saleTotal`: the discount, and whether an amount coupon worth
// more than the sale was capped at the sale's total.
struct CouponEffect
{
    CouponRefusal refusal = CouponRefusal::None;
    Money discount;
    bool capped = false;
    bool ok() const { return refusal == CouponRefusal::None; }
};

// The pure rule for redeeming `coupon` on a sale to `customer` of `saleTotal` on `day`.
CouponEffect couponEffect(
    const Coupon &coupon, std::optional<CustomerId> customer, Money saleTotal, const QDate &day);

// Spreads `discount` over lines worth `lineTotals` in proportion to their value, by the largest
// remainder, so the shares add up to the discount exactly and no share exceeds its line. Equal
// remainders go to the earlier line. The discount must not exceed the sum of the lines.
QList<Money> spreadByValue(Money discount, const QList<Money> &lineTotals);

// A line's coupon share for `pieces` pieces returned after `alreadyReturned` of its `quantity`
// pieces went back: pieces share it evenly (rounded down) and the last piece takes the remainder,
// so the whole line's pieces together give back exactly `lineShare`.
Money couponShareForPieces(Money lineShare, int quantity, int alreadyReturned, int pieces);

// Coupon codes: 8 characters from an alphabet without look-alikes (no 0/O/Q, 1/I/L, 2/Z, 5/S, 8/B,
// U/V), so a clerk can read one aloud or type it from a phone screen.
namespace coupon_code {

inline constexpr int length = 8;
inline constexpr char alphabet[] = "34679ACDEFGHJKMNPRTWXY";
inline constexpr int alphabetSize = sizeof(alphabet) - 1;

// A new code drawn from `random` (any standard random bit generator, QRandomGenerator too).
template <typename Generator> QString generate(Generator &random)
{
    std::uniform_int_distribution<int> pick(0, alphabetSize - 1);
    QString code;
    code.reserve(length);
    for (int i = 0; i < length; ++i)
        code.append(QLatin1Char(alphabet[pick(random)]));
    return code;
}

// What a clerk typed or scanned, as stored: full-width characters folded, upper case, spaces,
// dashes and underscores dropped. Anything else is kept, so a bad code stays bad.
QString normalise(const QString &typed);
// Whether `code` (normalised) could be a code at all: the length and the alphabet.
bool wellFormed(const QString &code);
// "ABCD-EFGH", for a receipt or a screen.
QString display(const QString &code);

} // namespace coupon_code

} // namespace atelier
