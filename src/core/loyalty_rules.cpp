#include "core/loyalty_rules.h"

namespace atelier {

Money TierRules::threshold(Tier tier) const
{
    switch (tier) {
    case Tier::Silver:
        return silver;
    case Tier::Gold:
        return gold;
    case Tier::Black:
        return black;
    case Tier::None:
        break;
    }
    return Money();
}

int PointsRules::percentFor(Tier tier) const
{
    switch (tier) {
    case Tier::Silver:
        return silverPercent;
    case Tier::Gold:
        return goldPercent;
    case Tier::Black:
        return blackPercent;
    case Tier::None:
        break;
    }
    return memberPercent;
}

std::optional<LoyaltyRules::Problem> LoyaltyRules::check() const
{
    auto problem = [](const char *field, const QString &message) {
        return std::optional<Problem>(Problem{QString::fromLatin1(field), message});
    };
    auto days = [&](const char *field, int value, const QString &name) -> std::optional<Problem> {
        if (value < 1 || value > 3660)
            return problem(field, tr("%1: between 1 and 3660 days.").arg(name));
        return std::nullopt;
    };
    const SegmentRules &s = segments;
    if (auto p = days("segments.frequency_window_days", s.frequencyWindowDays, tr("Frequency window")))
        return p;
    if (auto p = days("segments.vip_recency_days", s.vipRecencyDays, tr("VIP: bought within")))
        return p;
    if (auto p = days("segments.active_recency_days", s.activeRecencyDays, tr("Active: bought within")))
        return p;
    if (auto p = days("segments.dormant_after_days", s.dormantAfterDays, tr("Dormant after")))
        return p;
    if (s.vipRecencyDays > s.activeRecencyDays)
        return problem("segments.vip_recency_days",
            tr("VIP: bought within must not be longer than Active: bought within."));
    if (s.activeRecencyDays > s.dormantAfterDays)
        return problem("segments.dormant_after_days",
            tr("Dormant after must not be shorter than Active: bought within."));
    if (s.activeMinPurchases < 2 || s.activeMinPurchases > 999)
        return problem("segments.active_min_purchases", tr("Active: minimum purchases must be 2 or more."));
    if (s.vipMinPurchases < s.activeMinPurchases || s.vipMinPurchases > 999)
        return problem("segments.vip_min_purchases",
            tr("VIP: minimum purchases must not be below Active: minimum purchases."));
    if (s.vipMinSpend.fen() < 0)
        return problem("segments.vip_min_spend", tr("VIP: minimum spend cannot be negative."));
    if (s.dormantMaxPurchases < 0 || s.dormantMaxPurchases > 999)
        return problem("segments.dormant_max_purchases",
            tr("Dormant: at most purchases must be between 0 (any number) and 999."));
    if (s.potentialBand != SpendBandMode::Off && s.potentialBand != SpendBandMode::Automatic
        && s.potentialBand != SpendBandMode::Fixed)
        return problem("segments.potential_band", tr("Potential: choose a spend band."));
    if (s.potentialMinSpend.fen() < 0)
        return problem(
            "segments.potential_min_spend", tr("Potential: moderate spend from cannot be negative."));
    if (s.potentialMaxSpend < s.potentialMinSpend)
        return problem("segments.potential_max_spend",
            tr("Potential: moderate spend up to must not be below moderate spend from."));

    const TierRules &t = tiers;
    if (t.spendWindowMonths < 0 || t.spendWindowMonths > 120)
        return problem(
            "tiers.spend_window_months", tr("Tier spend window: between 0 (lifetime) and 120 months."));
    if (t.silver.fen() <= 0)
        return problem("tiers.silver", tr("Silver threshold must be more than zero."));
    if (t.gold <= t.silver)
        return problem("tiers.gold", tr("Gold threshold must be higher than the Silver threshold."));
    if (t.black <= t.gold)
        return problem("tiers.black", tr("Black threshold must be higher than the Gold threshold."));
    if (t.keepMonths < 0 || t.keepMonths > 120)
        return problem("tiers.keep_months", tr("Keep a tier for: between 0 and 120 months."));

    const PointsRules &p = points;
    if (p.pointsPerYuan < 1 || p.pointsPerYuan > 100)
        return problem("points.per_yuan", tr("Points per yuan: between 1 and 100."));
    const std::pair<const char *, int> percents[]
        = {{"points.member_percent", p.memberPercent}, {"points.silver_percent", p.silverPercent},
            {"points.gold_percent", p.goldPercent}, {"points.black_percent", p.blackPercent}};
    for (const auto &[field, percent] : percents)
        if (percent < 10 || percent > 1000)
            return problem(
                field, tr("Point multipliers: between 0.1× and 10×; a multiplier of 0 is not allowed."));
    if (p.redeemPoints < 1 || p.redeemPoints > 100000)
        return problem("points.redeem_points", tr("Points per redemption: between 1 and 100 000."));
    if (p.redeemValue.fen() <= 0)
        return problem("points.redeem_value", tr("Redemption value must be more than zero."));
    if (p.expiryMonths < 0 || p.expiryMonths > 120)
        return problem("points.expiry_months", tr("Points expire after: between 0 (never) and 120 months."));
    if (nightlyHour < 0 || nightlyHour > 23)
        return problem("nightly.hour", tr("Nightly run hour: between 0 and 23."));
    return std::nullopt;
}

} // namespace atelier
