#pragma once

#include "core/customer.h"

#include <QList>

namespace atelier {

// The two sides of a campaign's audience, each ordered by customer id.
struct HoldoutSplit
{
    QList<CustomerId> invited;
    QList<CustomerId> holdout;
};

// The random holdout of a campaign: who is not invited, so that the effect can be measured against
// people chosen the same way. The split depends only on the seed and the audience's customer ids
// (not on their order, not on the campaign): every id is ranked by a 64-bit mix of (seed, id) and the
// first round(n × percent / 100) form the holdout. Two campaigns with the same audience and seed split
// it alike.
class Holdout
{
public:
    // Whole percent 0–99; anything else is clamped to that range.
    static HoldoutSplit split(const QList<CustomerId> &audience, quint64 seed, int percent);
    // round(n × percent / 100), halves up.
    static int holdoutSize(int audience, int percent);
    // SplitMix64 of the seed and the id: well spread even for consecutive ids.
    static quint64 rank(quint64 seed, CustomerId customer);
    // A fresh seed to record with a new campaign.
    static quint64 randomSeed();
};

} // namespace atelier
