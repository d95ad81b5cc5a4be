#include "core/loyalty_rules.h"

#include <catch2/catch.hpp>

#include <functional>
#include <string>

using namespace atelier;

namespace {

// The field check() names for rules changed by `change`, or "" when it finds them sound (a
// std::string, so that Catch shows it when a check fails).
std::string refusedField(const std::function<void(LoyaltyRules &)> &change)
{
    LoyaltyRules rules;
    change(rules);
    const auto problem = rules.check();
    if (!problem)
        return {};
    CHECK_FALSE(problem->message.isEmpty());
    return problem->field.toStdString();
}

} // namespace

TEST_CASE("the default rules are sound", "[core][loyalty_rules]")
{
    CHECK_FALSE(LoyaltyRules().check());
}

TEST_CASE("tier thresholds must rise from Silver to Black", "[core][loyalty_rules]")
{
    CHECK(refusedField([](LoyaltyRules &r) { r.tiers.gold = r.tiers.silver - Money::fromFen(1); })
        == "tiers.gold");
    CHECK(refusedField([](LoyaltyRules &r) { r.tiers.gold = r.tiers.silver; }) == "tiers.gold");
    CHECK(refusedField([](LoyaltyRules &r) { r.tiers.gold = r.tiers.silver + Money::fromFen(1); }).empty());
    CHECK(refusedField([](LoyaltyRules &r) { r.tiers.black = r.tiers.gold; }) == "tiers.black");
    CHECK(refusedField([](LoyaltyRules &r) { r.tiers.silver = Money(); }) == "tiers.silver");
}

TEST_CASE("negative windows are refused, naming their field", "[core][loyalty_rules]")
{
    CHECK(refusedField([](LoyaltyRules &r) { r.segments.frequencyWindowDays = -1; })
        == "segments.frequency_window_days");
    CHECK(refusedField([](LoyaltyRules &r) { r.segments.dormantAfterDays = -182; })
        == "segments.dormant_after_days");
    CHECK(refusedField([](LoyaltyRules &r) { r.tiers.spendWindowMonths = -12; })
        == "tiers.spend_window_months");
    CHECK(refusedField([](LoyaltyRules &r) { r.tiers.keepMonths = -1; }) == "tiers.keep_months");
    CHECK(refusedField([](LoyaltyRules &r) { r.points.expiryMonths = -1; }) == "points.expiry_months");
    // 0 is allowed where it means "lifetime", "fall at once" or "never".
    CHECK(refusedField([](LoyaltyRules &r) {
        r.tiers.spendWindowMonths = 0;
        r.tiers.keepMonths = 0;
        r.points.expiryMonths = 0;
    }).empty());
}

TEST_CASE("a points multiplier of 0 is refused", "[core][loyalty_rules]")
{
    CHECK(refusedField([](LoyaltyRules &r) { r.points.goldPercent = 0; }) == "points.gold_percent");
    CHECK(refusedField([](LoyaltyRules &r) { r.points.memberPercent = 0; }) == "points.member_percent");
    CHECK(refusedField([](LoyaltyRules &r) { r.points.goldPercent = 10; }).empty());
}

TEST_CASE("VIP recency may not be longer than Active recency", "[core][loyalty_rules]")
{
    CHECK(refusedField([](LoyaltyRules &r) { r.segments.vipRecencyDays = r.segments.activeRecencyDays + 1; })
        == "segments.vip_recency_days");
    CHECK(refusedField([](LoyaltyRules &r) {
        r.segments.vipRecencyDays = r.segments.activeRecencyDays;
    }).empty());
}

TEST_CASE("the seed's segment rules are checked, naming their field", "[core][loyalty_rules]")
{
    CHECK(refusedField([](LoyaltyRules &r) { r.segments.dormantMaxPurchases = -1; })
        == "segments.dormant_max_purchases");
    CHECK(refusedField([](LoyaltyRules &r) { r.segments.dormantMaxPurchases = 0; }).empty()); // any number
    CHECK(refusedField([](LoyaltyRules &r) { r.segments.potentialMinSpend = Money::fromFen(-1); })
        == "segments.potential_min_spend");
    // The band may be a single amount, not reversed.
    CHECK(refusedField([](LoyaltyRules &r) {
        r.segments.potentialMaxSpend = r.segments.potentialMinSpend;
    }).empty());
    CHECK(refusedField([](LoyaltyRules &r) {
        r.segments.potentialMaxSpend = r.segments.potentialMinSpend - Money::fromFen(1);
    }) == "segments.potential_max_spend");
    CHECK(refusedField([](LoyaltyRules &r) { r.segments.potentialBand = static_cast<SpendBandMode>(7); })
        == "segments.potential_band");
}

TEST_CASE("redeeming points is a Silver benefit unless the setting is off", "[core][loyalty_rules]")
{
    PointsRules rules;
    CHECK(rules.redeemFromSilver);
    CHECK_FALSE(rules.mayRedeem(Tier::None));
    CHECK(rules.mayRedeem(Tier::Silver));
    CHECK(rules.mayRedeem(Tier::Black));
    rules.redeemFromSilver = false;
    CHECK(rules.mayRedeem(Tier::None));
}
