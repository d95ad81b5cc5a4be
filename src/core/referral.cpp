#include "core/referral.h"

namespace atelier {

namespace {

const QLatin1String reasonPrefix("referral:");

} // namespace

std::optional<double> ReferralRate::rate() const
{
    if (newCustomers <= 0)
        return std::nullopt;
    return double(byReferral) / double(newCustomers);
}

bool ReferralRules::earns(const ReferralPurchase &purchase, const QDate &asOf, int windowDays)
{
    if (!purchase.soldOn.isValid() || purchase.soldOn.addDays(windowDays) > asOf)
        return false; // the window is still open on the run's day
    return purchase.pieces > purchase.returnedInWindow;
}

QList<ReferralRewardDue> ReferralRules::due(
    const QList<ReferralPurchase> &purchases, const QDate &asOf, int windowDays)
{
    QList<ReferralRewardDue> due;
    CustomerId decided = 0; // the customer whose reward an earlier purchase decided
    for (const ReferralPurchase &purchase : purchases) {
        if (purchase.referred == decided)
            continue;
        if (!earns(purchase, asOf, windowDays))
            continue;
        decided = purchase.referred;
        // Her earning purchase is long past: a referrer set on an old customer, or a store switching
        // the reward on, pays nothing for purchases of months ago.
        if (purchase.soldOn.addDays(windowDays + rewardReachBackDays) < asOf)
            continue;
        due << ReferralRewardDue{purchase.referred, purchase.referrer, purchase.sale};
    }
    return due;
}

QString ReferralRules::pointsReason(CustomerId referred)
{
    return reasonPrefix + QString::number(referred);
}

std::optional<CustomerId> ReferralRules::referredOfPointsReason(const QString &reason)
{
    if (!reason.startsWith(reasonPrefix))
        return std::nullopt;
    bool ok = false;
    const CustomerId id = reason.mid(reasonPrefix.size()).toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

QString ReferralRules::readableReason(const QString &reason)
{
    if (const std::optional<CustomerId> referred = referredOfPointsReason(reason))
        return tr("Referral reward: customer #%1 bought").arg(*referred);
    return reason;
}

} // namespace atelier
