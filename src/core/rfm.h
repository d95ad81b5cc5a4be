#pragma once

#include "core/loyalty.h"
#include "core/loyalty_rules.h"

#include <QDate>

#include <vector>

namespace atelier {

// The store's segment for one customer as of a date (rules and boundaries in docs/rfm.md).
StoreSegment storeSegment(const CustomerActivity &activity, const QDate &asOf, const SegmentRules &rules);

// Classic 1–5 quintile scores for every customer, in the order given; customers with no purchase
// get {0, 0, 0} and are left out of the ranking. R ranks recency (more recent = higher),
// F lifetime purchases, M lifetime net spend. Tied values share one score (docs/rfm.md).
std::vector<RfmScore> rfmScores(const std::vector<CustomerActivity> &activities, const QDate &asOf);

// The named segment for a score (the R × FM grid in docs/rfm.md); None for {0, 0, 0}.
NamedSegment namedSegment(const RfmScore &score);

} // namespace atelier
