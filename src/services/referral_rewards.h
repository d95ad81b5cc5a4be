#pragma once

#include <QDate>

namespace atelier {

class Clock;
class Database;

// What one night's referral rewards granted.
struct ReferralGrants
{
    int rewards = 0; // referred customers whose referrer was rewarded tonight
    qint64 points = 0; // points given with them
    int coupons = 0; // coupons issued with them
};

// The referral reward (老带新, issue 23), granted by the nightly run: once a referred customer's
// first purchase has outlived the store's return window and was not wholly returned within it, her
// referrer gets the points or the coupon of the rule in Settings → Service. A purchase wholly
// returned within its window earns nothing, and a later one may earn it instead. Exactly once per
// referred customer: the referral_rewards row is written in the same transaction as what it grants,
// and a merge carries it to the customer kept. No reward when the rule is "none" (and nothing is
// recorded then: the rule turned on later rewards the purchases that earn it by then) or when the
// referrer was erased on request.
class ReferralRewards
{
public:
    // Within the nightly run's open transaction; `asOf` is the run's whole day, the coupons start the
    // day after it.
    static ReferralGrants grantNightly(Database &db, const Clock &clock, const QDate &asOf, qint64 runId);
};

} // namespace atelier
