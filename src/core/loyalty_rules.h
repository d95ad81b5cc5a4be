#pragma once

#include "core/loyalty.h"
#include "core/money.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace atelier {

// Where Potential's "moderate spend" band comes from (docs/rfm.md).
enum class SpendBandMode
{
    Off, // any spend: every recent customer with few purchases is Potential (the rule before issue 21)
    Automatic, // the 20th to 80th percentile of lifetime spend among recent customers, each night
    Fixed // potentialMinSpend to potentialMaxSpend
};

// The store's rulebook for segments (seed 002 §3 defaults; the order of the rules is in
// docs/rfm.md). A customer is VIP when the last purchase is at most vipRecencyDays ago,
// recentPurchases >= vipMinPurchases and spend > vipMinSpend.
struct SegmentRules
{
    int frequencyWindowDays = 182; // "half a year"
    int vipRecencyDays = 30;
    int vipMinPurchases = 5;
    Money vipMinSpend = Money::fromYuan(5000); // strictly more than this
    int activeRecencyDays = 90; // Active and Potential: bought at most this many days ago
    int activeMinPurchases = 3; // Active: at least this many recent purchases, Potential: fewer
    int dormantAfterDays = 182; // Dormant: nothing for more than this many days
    // Dormant: at most this many purchases in all; a quiet customer with more is a Lapsed regular.
    // 0: any number (no Lapsed regular, the rule before issue 21).
    int dormantMaxPurchases = 2;
    // Potential: lifetime spend in a "moderate" band, both ends included; outside it, Occasional.
    SpendBandMode potentialBand = SpendBandMode::Automatic;
    Money potentialMinSpend = Money::fromYuan(500); // the Fixed band
    Money potentialMaxSpend = Money::fromYuan(3000);
};

struct TierRules
{
    int spendWindowMonths = 0; // 0: lifetime spend; 12: the last 12 months
    Money silver = Money::fromYuan(1000); // reached at this spend or more
    Money gold = Money::fromYuan(3000);
    Money black = Money::fromYuan(8000);
    int keepMonths = 12; // a tier is kept this long after it was reached, whatever the spend
    Money threshold(Tier tier) const;
};

struct PointsRules
{
    int pointsPerYuan = 1;
    // Per-tier multipliers in percent (100 = 1×): Gold's "double points" is 200.
    int memberPercent = 100;
    int silverPercent = 100;
    int goldPercent = 200;
    int blackPercent = 300;
    int redeemPoints = 100; // this many points ...
    Money redeemValue = Money::fromYuan(10); // ... are worth this much at the counter
    int expiryMonths = 24; // points lapse this many months after they were earned; 0: never
    bool redeemFromSilver = true; // seed 002: redeeming points is a Silver benefit; false: any member
    int percentFor(Tier tier) const;
    // Whether a customer of this tier may redeem points at the counter.
    bool mayRedeem(Tier tier) const { return !redeemFromSilver || tier >= Tier::Silver; }
};

struct LoyaltyRules
{
    Q_DECLARE_TR_FUNCTIONS(LoyaltyRules)
public:
    SegmentRules segments;
    TierRules tiers;
    PointsRules points;
    int nightlyHour = 3; // the app runs the nightly job at this hour, as of the day before

    // A rule that contradicts another or makes no sense, naming the field; nothing when sound.
    struct Problem
    {
        QString field; // settings key, e.g. "tiers.gold"
        QString message; // for people, names the field in the UI language
    };
    std::optional<Problem> check() const;
};

} // namespace atelier
