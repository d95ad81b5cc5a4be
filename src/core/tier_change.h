#pragma once

#include "core/loyalty.h"
#include "core/tier_policy.h"

#include <QDate>

namespace atelier {

// One line of a customer's tier history: the date, the old and new tier, and why.
struct TierChange
{
    qint64 id = 0;
    CustomerId customer = 0;
    QDate changedOn;
    Tier oldTier = Tier::None;
    Tier newTier = Tier::None;
    TierDecision::Reason reason = TierDecision::Reason::SpendReached;
    Money spend; // spend in the tier window on that day
    Money threshold; // the threshold it reached, or fell below
    qint64 runId = 0;
    bool up() const { return newTier > oldTier; }
};

} // namespace atelier
