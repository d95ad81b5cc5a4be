#include "core/rfm.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace atelier {

namespace {

// Scores one metric where a higher value is better: score = 1 + floor(5 × lower / n), lower being
// the number of values strictly below this one (ties share the lowest score of their run).
//
// That needs no full ranking. floor(5 × lower / n) >= k  ⇔  lower >= c = ceil(k × n / 5), and at
// least c values lie strictly below v exactly when the c-th smallest value does. So the score is
// 1 + the number of the four cut values (the c-th smallest for k = 1 … 4) strictly below v:
// four nth_element calls and four comparisons per customer, O(n) on average, a few ms for 100 000.
// `values` holds the ranked customers' values; the scores go through `score` (r, f or m) into
// `scores`, in the order of `ranked`.
void scoreMetric(const std::vector<std::size_t> &ranked, const std::vector<std::int64_t> &values,
    std::vector<RfmScore> &scores, int RfmScore::*score)
{
    std::vector<std::int64_t> work = values;
    const auto n = static_cast<std::int64_t>(work.size());
    std::array<std::int64_t, 4> cuts{};
    auto end = work.end();
    for (std::int64_t k = 4; k >= 1; --k) {
        // The c-th smallest sits at index c - 1; each search only needs the part below the last.
        const auto nth = work.begin() + ((k * n + 4) / 5 - 1);
        std::nth_element(work.begin(), nth, end);
        cuts[static_cast<std::size_t>(k - 1)] = *nth;
        end = nth + 1;
    }
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        int value = 1;
        for (const std::int64_t cut : cuts)
            value += cut < values[i] ? 1 : 0;
        scores[ranked[i]].*score = value;
    }
}

} // namespace

std::optional<SpendBand> automaticSpendBand(
    const std::vector<CustomerActivity> &activities, const QDate &asOf, const SegmentRules &rules)
{
    std::vector<std::int64_t> spends;
    for (const CustomerActivity &activity : activities)
        if (activity.lastPurchase.isValid() && activity.lastPurchase.daysTo(asOf) <= rules.activeRecencyDays)
            spends.push_back(activity.spend.fen());
    if (spends.empty())
        return std::nullopt;
    const auto n = static_cast<std::int64_t>(spends.size());
    // Nearest rank: the ceil(p × n / 100)-th smallest, at index rank - 1 (rank >= 1 as n >= 1).
    const auto at = [n](int percentile) {
        return (percentile * n + 99) / 100 - 1;
    };
    // The high one first: the low one then only needs the part below it.
    const auto high = spends.begin() + at(spendBandHighPercentile);
    std::nth_element(spends.begin(), high, spends.end());
    const auto low = spends.begin() + at(spendBandLowPercentile);
    std::nth_element(spends.begin(), low, high + 1);
    return SpendBand{Money::fromFen(*low), Money::fromFen(*high)};
}

std::optional<SpendBand> potentialSpendBand(
    const SegmentRules &rules, const std::optional<SpendBand> &automatic)
{
    switch (rules.potentialBand) {
    case SpendBandMode::Off:
        return std::nullopt;
    case SpendBandMode::Automatic:
        return automatic;
    case SpendBandMode::Fixed:
        return SpendBand{rules.potentialMinSpend, rules.potentialMaxSpend};
    }
    return std::nullopt;
}

StoreSegment storeSegment(const CustomerActivity &activity, const QDate &asOf, const SegmentRules &rules,
    const std::optional<SpendBand> &potentialBand)
{
    if (!activity.lastPurchase.isValid())
        return StoreSegment::None;
    const qint64 days = activity.lastPurchase.daysTo(asOf);
    const int recent = activity.recentPurchases;
    if (days <= rules.vipRecencyDays && recent >= rules.vipMinPurchases && activity.spend > rules.vipMinSpend)
        return StoreSegment::Vip;
    if (days <= rules.activeRecencyDays && recent >= rules.activeMinPurchases)
        return StoreSegment::Active;
    if (days <= rules.activeRecencyDays && recent >= 1)
        return !potentialBand || potentialBand->contains(activity.spend) ? StoreSegment::Potential
                                                                         : StoreSegment::Occasional;
    if (days > rules.dormantAfterDays)
        return rules.dormantMaxPurchases == 0 || activity.purchases <= rules.dormantMaxPurchases
            ? StoreSegment::Dormant
            : StoreSegment::LapsedRegular;
    // Bought between activeRecencyDays and dormantAfterDays ago, or (which the SQL pass cannot
    // produce) recently but with no purchase in the frequency window: a fixed answer either way.
    return StoreSegment::Lapsing;
}

std::vector<RfmScore> rfmScores(const std::vector<CustomerActivity> &activities, const QDate &asOf)
{
    std::vector<RfmScore> scores(activities.size());
    std::vector<std::size_t> ranked;
    ranked.reserve(activities.size());
    for (std::size_t i = 0; i < activities.size(); ++i)
        if (activities[i].lastPurchase.isValid())
            ranked.push_back(i);
    if (ranked.empty())
        return scores;

    std::vector<std::int64_t> values(ranked.size());
    // R: fewer days since the last purchase is better, so rank on minus the days.
    for (std::size_t i = 0; i < ranked.size(); ++i)
        values[i] = -activities[ranked[i]].lastPurchase.daysTo(asOf);
    scoreMetric(ranked, values, scores, &RfmScore::r);
    for (std::size_t i = 0; i < ranked.size(); ++i)
        values[i] = activities[ranked[i]].purchases;
    scoreMetric(ranked, values, scores, &RfmScore::f);
    for (std::size_t i = 0; i < ranked.size(); ++i)
        values[i] = activities[ranked[i]].spend.fen();
    scoreMetric(ranked, values, scores, &RfmScore::m);
    return scores;
}

NamedSegment namedSegment(const RfmScore &score)
{
    using S = NamedSegment;
    // Rows R = 5 down to R = 1, columns FM = 1 to 5 (docs/rfm.md).
    static constexpr std::array<std::array<NamedSegment, 5>, 5> grid{{
        {S::New, S::PotentialLoyalist, S::PotentialLoyalist, S::Champions, S::Champions},
        {S::Promising, S::PotentialLoyalist, S::Loyal, S::Champions, S::Champions},
        {S::AboutToSleep, S::NeedAttention, S::NeedAttention, S::Loyal, S::Loyal},
        {S::Hibernating, S::AboutToSleep, S::AtRisk, S::AtRisk, S::CantLoseThem},
        {S::Lost, S::Hibernating, S::AtRisk, S::CantLoseThem, S::CantLoseThem},
    }};
    auto inRange = [](int value) {
        return value >= 1 && value <= 5;
    };
    if (!inRange(score.r) || !inRange(score.f) || !inRange(score.m))
        return S::None;
    const int fm = (score.f + score.m) / 2;
    return grid[static_cast<std::size_t>(5 - score.r)][static_cast<std::size_t>(fm - 1)];
}

} // namespace atelier
