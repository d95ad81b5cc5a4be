#pragma once

#include "core/loyalty.h"
#include "core/loyalty_rules.h"

#include <QDate>

#include <cstdint>

namespace atelier {

// Points earned for a sale: yuan paid × points per yuan × the tier's multiplier, rounded down once
// at the end (in integers: fen × per yuan × percent / 10000), never negative.
std::int64_t pointsEarned(Money paid, Tier tier, const PointsRules &rules);

// Points to take back for a return, proportional to the refund: after all returns of a sale the
// reversals add up to exactly what was earned. `earned` is what the sale earned, `refundedBefore`
// the refunds of earlier returns of that sale, `refund` this return's.
std::int64_t pointsToReverse(std::int64_t earned, Money saleTotal, Money refundedBefore, Money refund);

// The counter value of redeeming `points` (must be a multiple of rules.redeemPoints).
Money redemptionValue(std::int64_t points, const PointsRules &rules);

// The first day on which points earned on `earnedOn` are no longer valid; invalid when they never
// lapse.
QDate pointsExpireOn(const QDate &earnedOn, const PointsRules &rules);

// Points to expire now. The ledger is consumed oldest first, so whatever was taken out (redeemed,
// reversed, adjusted down, expired before) used up the oldest points: of the points whose expiry day
// has come (`lapsed`), what is left is lapsed - takenOut, if positive.
std::int64_t pointsToExpire(std::int64_t lapsed, std::int64_t takenOut);

} // namespace atelier
