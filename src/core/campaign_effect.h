#pragma once

#include "core/campaign.h"

namespace atelier {

// The statistics of a campaign's effect: the lift of the invited group over the holdout as an absolute
// difference with its 95 % interval. Conversion: Newcombe's hybrid score interval (method 10, from two
// Wilson score intervals), which keeps its coverage for small groups and rare buyers where Wald's does
// not. Revenue per customer: Welch's t interval on the per-customer revenues (unequal variances,
// Welch–Satterthwaite degrees of freedom).
class CampaignEffectMath
{
public:
    static constexpr double z95 = 1.959963984540054;

    struct Bounds
    {
        double low = 0;
        double high = 0;
    };
    // The Wilson score interval of buyers / customers; {0, 1} for an empty group.
    static Bounds wilson(int buyers, int customers, double z = z95);
    // invited − holdout conversion; invalid when either group is empty.
    static LiftInterval conversionLift(const GroupFigures &invited, const GroupFigures &holdout);
    // invited − holdout revenue per customer in fen; invalid when either group has fewer than two
    // customers.
    static LiftInterval revenueLift(const GroupFigures &invited, const GroupFigures &holdout);
    // Both groups side by side with the lifts; lastDay + attributionDays is the last day counted.
    static CampaignEffect measure(const GroupFigures &invited, const GroupFigures &holdout,
        const QDate &firstDay, const QDate &lastDay, int attributionDays);
};

} // namespace atelier
