#include "core/tier_policy.h"

namespace atelier {

Tier tierForSpend(Money spend, const TierRules &rules)
{
    if (spend >= rules.black)
        return Tier::Black;
    if (spend >= rules.gold)
        return Tier::Gold;
    if (spend >= rules.silver)
        return Tier::Silver;
    return Tier::None;
}

TierDecision decideTier(const TierState &current, Money tierSpend, const QDate &asOf, const TierRules &rules)
{
    TierDecision decision;
    decision.next = current;
    const Tier earned = tierForSpend(tierSpend, rules);
    if (earned > current.tier) {
        decision.next = TierState{earned, asOf};
        decision.reason = TierDecision::Reason::SpendReached;
        decision.threshold = rules.threshold(earned);
    } else if (earned < current.tier) {
        // Kept until the day reachedOn + keepMonths, falls on that day. A tier with no date has
        // no keep period to protect it.
        const bool kept = current.reachedOn.isValid() && current.reachedOn.addMonths(rules.keepMonths) > asOf;
        if (kept)
            return decision;
        decision.next = TierState{earned, earned == Tier::None ? QDate() : asOf};
        decision.reason = TierDecision::Reason::SpendFell;
        decision.threshold = rules.threshold(current.tier);
    }
    return decision;
}

} // namespace atelier
