#include "services/loyalty_settings.h"

#include "services/settings_fields.h"

namespace atelier {

namespace {

const std::vector<SettingsField<LoyaltyRules>> &fields()
{
    static const std::vector<SettingsField<LoyaltyRules>> all = {
        intField<LoyaltyRules>(
            "segments.frequency_window_days",
            [](auto &r) -> auto & { return r.segments.frequencyWindowDays; }),
        intField<LoyaltyRules>(
            "segments.vip_recency_days", [](auto &r) -> auto & { return r.segments.vipRecencyDays; }),
        intField<LoyaltyRules>(
            "segments.vip_min_purchases", [](auto &r) -> auto & { return r.segments.vipMinPurchases; }),
        moneyField<LoyaltyRules>(
            "segments.vip_min_spend", [](auto &r) -> auto & { return r.segments.vipMinSpend; }),
        intField<LoyaltyRules>(
            "segments.active_recency_days", [](auto &r) -> auto & { return r.segments.activeRecencyDays; }),
        intField<LoyaltyRules>(
            "segments.active_min_purchases", [](auto &r) -> auto & { return r.segments.activeMinPurchases; }),
        intField<LoyaltyRules>(
            "segments.dormant_after_days", [](auto &r) -> auto & { return r.segments.dormantAfterDays; }),
        intField<LoyaltyRules>(
            "tiers.spend_window_months", [](auto &r) -> auto & { return r.tiers.spendWindowMonths; }),
        moneyField<LoyaltyRules>(
            "tiers.silver", [](auto &r) -> auto & { return r.tiers.silver; }),
        moneyField<LoyaltyRules>(
            "tiers.gold", [](auto &r) -> auto & { return r.tiers.gold; }),
        moneyField<LoyaltyRules>(
            "tiers.black", [](auto &r) -> auto & { return r.tiers.black; }),
        intField<LoyaltyRules>(
            "tiers.keep_months", [](auto &r) -> auto & { return r.tiers.keepMonths; }),
        intField<LoyaltyRules>(
            "points.per_yuan", [](auto &r) -> auto & { return r.points.pointsPerYuan; }),
        intField<LoyaltyRules>(
            "points.member_percent", [](auto &r) -> auto & { return r.points.memberPercent; }),
        intField<LoyaltyRules>(
            "points.silver_percent", [](auto &r) -> auto & { return r.points.silverPercent; }),
        intField<LoyaltyRules>(
            "points.gold_percent", [](auto &r) -> auto & { return r.points.goldPercent; }),
        intField<LoyaltyRules>(
            "points.black_percent", [](auto &r) -> auto & { return r.points.blackPercent; }),
        intField<LoyaltyRules>(
            "points.redeem_points", [](auto &r) -> auto & { return r.points.redeemPoints; }),
        moneyField<LoyaltyRules>(
            "points.redeem_value", [](auto &r) -> auto & { return r.points.redeemValue; }),
        intField<LoyaltyRules>(
            "points.expiry_months", [](auto &r) -> auto & { return r.points.expiryMonths; }),
        intField<LoyaltyRules>(
            "nightly.hour", [](auto &r) -> auto & { return r.nightlyHour; }),
    };
    return all;
}

} // namespace

LoyaltySettings::LoyaltySettings(Database &db)
    : m_db(db)
{
}

LoyaltyRules LoyaltySettings::rules() const
{
    return readSettingsFields(m_db, "loyalty", fields());
}

WriteResult LoyaltySettings::save(const LoyaltyRules &rules)
{
    return writeSettingsFields(m_db, "loyalty", fields(), rules);
}

} // namespace atelier
