#pragma once

#include "core/referral.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace atelier {

// Who brought whom (customers.referrer_id) and the rewards granted for it (referral_rewards): the
// reads of the card, the referral report and the nightly run, and the reward's own row. Callers
// wrap writes in a Transaction.
class ReferralRepository
{
public:
    explicit ReferralRepository(QSqlDatabase db);

    // The customer who brought `customer`, if any.
    std::optional<CustomerId> referrerOf(CustomerId customer);
    // The customers `referrer` brought, newest registration first.
    QList<ReferredCustomer> referredBy(CustomerId referrer);
    // Every customer who brought at least one other, by referred buyers (most first), then referred
    // (most first), then customer id; the first `top` of them when given.
    QList<ReferrerRow> referrers(std::optional<int> top = std::nullopt);
    // The customers registered in the period and those of them who came by referral.
    ReferralRate rate(const ReportPeriod &period);

    // The purchases that may earn a reward: the sales made on or before `lastSaleDay` by the
    // customers who have a referrer (not erased) and no reward yet, by customer then oldest first,
    // each with its pieces and the pieces returned for a refund within its own window (the day of
    // the sale and the `windowDays` after it).
    QList<ReferralPurchase> rewardCandidates(const QDate &lastSaleDay, int windowDays);
    // The reward's row, written before the points or the coupon it grants; false when the referred
    // customer has one already (nothing is written then).
    bool addReward(
        const ReferralRewardDue &due, const QDate &grantedOn, qint64 points, std::optional<qint64> runId);
    // The coupon a reward granted, once it is issued.
    void setCoupon(CustomerId referred, qint64 couponId);
    // Whether the referred customer's reward has been granted.
    bool rewarded(CustomerId referred);

private:
    QSqlDatabase m_db;
};

} // namespace atelier
