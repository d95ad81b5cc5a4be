#include "services/referral_rewards.h"

#include "core/clock.h"
#include "core/coupon.h"
#include "core/points_rules.h"
#include "core/referral.h"
#include "services/loyalty_settings.h"
#include "services/service_settings.h"
#include "services/store_settings.h"
#include "storage/coupon_repository.h"
#include "storage/database.h"
#include "storage/points_repository.h"
#include "storage/referral_repository.h"

#include <spdlog/spdlog.h>

namespace atelier {

ReferralGrants ReferralRewards::grantNightly(
    Database &db, const Clock &clock, const QDate &asOf, qint64 runId)
{
    ReferralGrants grants;
    const ServiceRules rules = ServiceSettings(db).rules();
    const auto reward = ReferralRules::Reward(rules.referralReward);
    if (reward != ReferralRules::Reward::Points && reward != ReferralRules::Reward::Coupon)
        return grants;
    const int windowDays = StoreSettings(db).returnWindowDays();
    ReferralRepository referrals(db.connection());
    const QList<ReferralRewardDue> due = ReferralRules::due(
        referrals.rewardCandidates(asOf.addDays(-windowDays), windowDays), asOf, windowDays);
    if (due.isEmpty())
        return grants;
    const QDateTime now = clock.now();
    const QDate firstDay = asOf.addDays(1); // the run is as of the day before: coupons start today
    const PointsRules pointsRules = LoyaltySettings(db).rules().points;
    PointsRepository points(db.connection());
    CouponRepository coupons(db.connection());
    for (const ReferralRewardDue &d : due) {
        const qint64 given = reward == ReferralRules::Reward::Points ? rules.referralPoints : 0;
        if (!referrals.addReward(d, asOf, given, runId))
            continue; // granted already: never twice
        if (reward == ReferralRules::Reward::Points) {
            PointsMovement movement;
            movement.customer = d.referrer;
            movement.happenedAt = now;
            movement.kind = PointsMovement::Kind::Adjust;
            movement.points = given;
            movement.expiresOn = pointsExpireOn(firstDay, pointsRules);
            movement.reason = ReferralRules::pointsReason(d.referred);
            movement.runId = runId;
            points.append(movement);
            grants.points += given;
        } else {
            Coupon coupon = amountCoupon(CouponReason::Referral, rules.referralCouponValue,
                rules.referralCouponMinSpend, firstDay, rules.referralCouponValidDays, now);
            coupon.customerId = d.referrer;
            coupon.issuedBy = db.auditActor().name;
            referrals.setCoupon(d.referred, coupons.issue(coupon));
            ++grants.coupons;
        }
        ++grants.rewards;
    }
    return grants;
}

} // namespace atelier
