#pragma once

#include "core/loyalty.h"
#include "core/loyalty_rules.h"

#include <QDate>

namespace atelier {

struct TierState
{
    Tier tier = Tier::None;
    QDate reachedOn; // invalid for Tier::None
    bool operator==(const TierState &) const = default;
};

struct TierDecision
{
    enum class Reason
    {
        Unchanged,
        SpendReached, // went up: spend reached a higher threshold
        SpendFell, // went down: spend below the threshold and the keep period is over
    };
    TierState next;
    Reason reason = Reason::Unchanged;
    Money threshold; // the threshold that decided a change (of the new tier, or of the old one when falling)
};

// The tier that spend in the tier window alone earns.
Tier tierForSpend(Money spend, const TierRules &rules);

// The customer's tier as of a date: up at once when spend reaches a higher threshold (reachedOn =
// asOf), down only when spend is below the current tier's threshold and the tier was reached more
// than keepMonths ago (reachedOn = asOf for the lower tier). Deterministic: the same inputs always
// give the same decision, which keeps the nightly run idempotent.
TierDecision decideTier(const TierState &current, Money tierSpend, const QDate &asOf, const TierRules &rules);

} // namespace atelier
