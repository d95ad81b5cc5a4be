#pragma once

#include "core/loyalty.h"
#include "core/loyalty_rules.h"

#include <QDate>

#include <optional>
#include <vector>

namespace atelier {

// Lifetime spend from low to high, both ends included: Potential's "moderate spend".
struct SpendBand
{
    Money low;
    Money high;
    bool contains(Money spend) const { return low <= spend && spend <= high; }
    bool operator==(const SpendBand &) const = default;
};

// The automatic band's percentiles (docs/rfm.md).
constexpr int spendBandLowPercentile = 20;
constexpr int spendBandHighPercentile = 80;

// The automatic band as of a date: the 20th and the 80th percentile (nearest rank: the
// ceil(p × n / 100)-th smallest) of lifetime spend among the n customers whose last purchase is at
// most activeRecencyDays ago. Nothing when there is no such customer. Linear on average
// (nth_element), no sort.
std::optional<SpendBand> automaticSpendBand(
    const std::vector<CustomerActivity> &activities, const QDate &asOf, const SegmentRules &rules);

// The band Potential uses under these rules: the fixed one, the automatic one given, or none (any
// spend) when the band is off or there is no automatic band to use.
std::optional<SpendBand> potentialSpendBand(
    const SegmentRules &rules, const std::optional<SpendBand> &automatic);

// The store's segment for one customer as of a date: the first of VIP, Active, Potential (spend in
// `potentialBand`, any spend without one), Occasional, Dormant, Lapsed regular that applies, else
// Lapsing; None without a purchase (rules and boundaries in docs/rfm.md).
StoreSegment storeSegment(const CustomerActivity &activity, const QDate &asOf, const SegmentRules &rules,
    const std::optional<SpendBand> &potentialBand);

// Classic 1–5 quintile scores for every customer, in the order given; customers with no purchase
// get {0, 0, 0} and are left out of the ranking. R ranks recency (more recent = higher),
// F lifetime purchases, M lifetime net spend. Each score is 1 + floor(5 × lower / n), where lower
// counts ranked customers with a strictly worse value and n all ranked customers: tied values share
// the lowest score of their run (docs/rfm.md). Linear on average: no full sort.
std::vector<RfmScore> rfmScores(const std::vector<CustomerActivity> &activities, const QDate &asOf);

// The named segment for a score: the R × FM grid in docs/rfm.md, FM = (f + m) / 2 rounded down.
// None when any score is outside 1–5, e.g. {0, 0, 0} for a customer with no purchase.
NamedSegment namedSegment(const RfmScore &score);

} // namespace atelier
