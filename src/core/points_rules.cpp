#include "core/points_rules.h"

#include <algorithm>

namespace atelier {

namespace {

// numerator / denominator to the nearest whole number, an exact half rounding down; both >= 0,
// denominator > 0. Integers only, so the same inputs give the same points on every machine.
std::int64_t roundHalfDown(std::int64_t numerator, std::int64_t denominator)
{
    return (2 * numerator + denominator - 1) / (2 * denominator);
}

} // namespace

std::int64_t pointsEarned(Money paid, Tier tier, const PointsRules &rules)
{
    if (paid.fen() <= 0 || rules.pointsPerYuan <= 0)
        return 0;
    const std::int64_t percent = std::max(0, rules.percentFor(tier));
    return paid.fen() * rules.pointsPerYuan * percent / 10000;
}

std::int64_t pointsToReverse(std::int64_t earned, Money saleTotal, Money refundedBefore, Money refund)
{
    const std::int64_t total = saleTotal.fen();
    if (earned <= 0 || total <= 0)
        return 0;
    // The share of the points that belongs to everything refunded so far; each return takes the
    // growth of that share, so the reversals of a sale add up to `earned` once all is refunded.
    const auto shareOf = [&](std::int64_t refunded) {
        return roundHalfDown(earned * std::clamp<std::int64_t>(refunded, 0, total), total);
    };
    const std::int64_t before = std::max<std::int64_t>(0, refundedBefore.fen());
    const std::int64_t after = before + std::max<std::int64_t>(0, refund.fen());
    return shareOf(after) - shareOf(before);
}

Money redemptionValue(std::int64_t points, const PointsRules &rules)
{
    if (points <= 0 || rules.redeemPoints <= 0)
        return Money();
    return rules.redeemValue * (points / rules.redeemPoints);
}

QDate pointsExpireOn(const QDate &earnedOn, const PointsRules &rules)
{
    if (rules.expiryMonths <= 0 || !earnedOn.isValid())
        return QDate();
    return earnedOn.addMonths(rules.expiryMonths);
}

std::int64_t pointsToExpire(std::int64_t lapsed, std::int64_t takenOut)
{
    return std::max<std::int64_t>(0, lapsed - takenOut);
}

} // namespace atelier
