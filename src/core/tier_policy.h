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

// The tier that spend in the tier window alone earns: the highest whose threshold is <= spend.
Tier tierForSpend(Money spend, const TierRules &rules);

// The customer's tier as of a date: up at once when spend reaches a higher threshold (reachedOn =
// asOf), down only when spend is below the current tier's threshold and asOf is on or after
// reachedOn + keepMonths (keepMonths 0: at once; no reachedOn: no keep period). A fall goes
// straight to the tier the spend earns, with reachedOn = asOf (invalid for Tier::None).
// Deterministic, and a decision fed back in with the same spend and date is Unchanged, which keeps
// the nightly run idempotent. Rules and boundaries in docs/rfm.md.
TierDecision decideTier(const TierState &current, Money tierSpend, const QDate &asOf, const TierRules &rules);

} // namespace atelier
