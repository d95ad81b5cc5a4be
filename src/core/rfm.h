#pragma once

#include "core/loyalty.h"
#include "core/loyalty_rules.h"

#include <QDate>

#include <vector>

namespace atelier {

// The store's segment for one customer as of a date: the first of VIP, Active, Potential, Dormant
// that applies, else Lapsing; None without a purchase (rules and boundaries in docs/rfm.md).
StoreSegment storeSegment(const CustomerActivity &activity, const QDate &asOf, const SegmentRules &rules);

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
