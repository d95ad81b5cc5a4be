#include "core/coupon.h"

#include "core/code_table.h"

#include <algorithm>
#include <numeric>

namespace atelier {

namespace {

constexpr CodeTable<CouponKind, 3> kindCodes{{
    {CouponKind::Amount, "amount"},
    {CouponKind::Percent, "percent"},
    {CouponKind::Gift, "gift"},
}};

constexpr CodeTable<CouponReason, 9> reasonCodes{{
    {CouponReason::Campaign, "campaign"},
    {CouponReason::Return, "return"},
    {CouponReason::Complaint, "complaint"},
    {CouponReason::Manual, "manual"},
    {CouponReason::Birthday, "birthday"},
    {CouponReason::Benefit, "benefit"},
    {CouponReason::Activation, "activation"},
    {CouponReason::Dormant, "dormant"},
    {CouponReason::Referral, "referral"},
}};

constexpr CodeTable<CouponStatus, 4> statusCodes{{
    {CouponStatus::Issued, "issued"},
    {CouponStatus::Redeemed, "redeemed"},
    {CouponStatus::Expired, "expired"},
    {CouponStatus::Cancelled, "cancelled"},
}};

} // namespace

QString couponKindCode(CouponKind kind)
{
    return codeIn(kindCodes, kind);
}

std::optional<CouponKind> couponKindFromCode(const QString &code)
{
    return valueIn(kindCodes, code);
}

QString couponReasonCode(CouponReason reason)
{
    return codeIn(reasonCodes, reason);
}

std::optional<CouponReason> couponReasonFromCode(const QString &code)
{
    return valueIn(reasonCodes, code);
}

QString couponStatusCode(CouponStatus status)
{
    return codeIn(statusCodes, status);
}

std::optional<CouponStatus> couponStatusFromCode(const QString &code)
{
    return valueIn(statusCodes, code);
}

Coupon amountCoupon(
    CouponReason reason, Money value, Money minSpend, const QDate &today, int validDays, const QDateTime &at)
{
    Coupon coupon;
    coupon.kind = CouponKind::Amount;
    coupon.value = value.fen();
    coupon.minSpend = minSpend;
    coupon.validFrom = today;
    coupon.validTo = today.addDays(std::max(validDays, 1) - 1);
    coupon.reason = reason;
    coupon.issuedAt = at;
    return coupon;
}

CouponEffect couponEffect(
    const Coupon &coupon, std::optional<CustomerId> customer, Money saleTotal, const QDate &day)
{
    CouponEffect effect;
    switch (coupon.status) {
    case CouponStatus::Redeemed:
        effect.refusal = CouponRefusal::Redeemed;
        return effect;
    case CouponStatus::Expired:
        effect.refusal = CouponRefusal::Expired;
        return effect;
    case CouponStatus::Cancelled:
        effect.refusal = CouponRefusal::Cancelled;
        return effect;
    case CouponStatus::Issued:
        break;
    }
    if (coupon.customerId && coupon.customerId != customer) {
        effect.refusal = CouponRefusal::OtherCustomer;
        return effect;
    }
    if (day < coupon.validFrom) {
        effect.refusal = CouponRefusal::NotYetValid;
        return effect;
    }
    if (day > coupon.validTo) {
        effect.refusal = CouponRefusal::PastValidity;
        return effect;
    }
    if (saleTotal < coupon.minSpend) {
        effect.refusal = CouponRefusal::BelowMinimumSpend;
        return effect;
    }
    const std::int64_t total = std::max<std::int64_t>(saleTotal.fen(), 0);
    switch (coupon.kind) {
    case CouponKind::Amount:
        effect.capped = coupon.value > total;
        effect.discount = Money::fromFen(std::min(coupon.value, total));
        break;
    case CouponKind::Percent:
        // whole percent of the sale, rounded half up to the fen
        effect.discount = Money::fromFen((total * coupon.value + 50) / 100);
        break;
    case CouponKind::Gift:
        break;
    }
    return effect;
}

QList<Money> spreadByValue(Money discount, const QList<Money> &lineTotals)
{
    QList<Money> shares(lineTotals.size());
    std::int64_t sum = 0;
    for (const Money &line : lineTotals)
        sum += std::max<std::int64_t>(line.fen(), 0);
    if (sum <= 0 || discount.fen() <= 0)
        return shares;
    const std::int64_t wanted = std::min(discount.fen(), sum);
    QList<std::int64_t> remainders(lineTotals.size());
    std::int64_t given = 0;
    for (qsizetype i = 0; i < lineTotals.size(); ++i) {
        const std::int64_t value = std::max<std::int64_t>(lineTotals[i].fen(), 0);
        // wanted * value fits easily: fen amounts of one sale are far below 2^31
        const std::int64_t exact = wanted * value;
        shares[i] = Money::fromFen(exact / sum);
        remainders[i] = exact % sum;
        given += exact / sum;
    }
    QList<qsizetype> order(lineTotals.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(
        order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return remainders[a] > remainders[b]; });
    // Each line with a remainder can take one more fen without passing its own value.
    for (qsizetype k = 0; given < wanted && k < order.size(); ++k) {
        shares[order[k]] += Money::fromFen(1);
        ++given;
    }
    return shares;
}

Money couponShareForPieces(Money lineShare, int quantity, int alreadyReturned, int pieces)
{
    if (quantity <= 0 || pieces <= 0)
        return Money();
    const auto shareUpTo = [&](int returned) {
        if (returned >= quantity)
            return lineShare.fen();
        return lineShare.fen() / quantity * returned;
    };
    const int from = std::clamp(alreadyReturned, 0, quantity);
    const int to = std::clamp(alreadyReturned + pieces, 0, quantity);
    return Money::fromFen(shareUpTo(to) - shareUpTo(from));
}

namespace coupon_code {

QString normalise(const QString &typed)
{
    const QString folded = typed.normalized(QString::NormalizationForm_KC).toUpper();
    QString code;
    code.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            continue;
        code.append(c);
    }
    return code;
}

bool wellFormed(const QString &code)
{
    if (code.size() != length)
        return false;
    const QLatin1String letters(alphabet, alphabetSize);
    return std::all_of(code.begin(), code.end(), [&](QChar c) { return letters.contains(c); });
}

QString display(const QString &code)
{
    if (code.size() != length)
        return code;
    return code.left(length / 2) + QLatin1Char('-') + code.mid(length / 2);
}

} // namespace coupon_code

} // namespace atelier
