#include "core/marketing_cap.h"

#include <algorithm>
#include <unordered_map>

namespace atelier {

bool MarketingCap::isVip(const CustomerTaskFacts &customer)
{
    return customer.segment == StoreSegment::Vip || customer.tier == Tier::Gold
        || customer.tier == Tier::Black;
}

bool MarketingCap::capped(const CustomerTaskFacts &customer, const ServiceRules &rules)
{
    return isVip(customer) && customer.recentMarketingContacts >= rules.vipContactLimit;
}

int MarketingCap::priority(TaskPurpose purpose)
{
    switch (purpose) {
    case TaskPurpose::Dormant:
        return 0;
    case TaskPurpose::Activation:
    case TaskPurpose::Prospect: // never beside an activation: one has bought, the other not
        return 1;
    case TaskPurpose::PurchaseCycle:
        return 2;
    case TaskPurpose::Holiday:
        return 3;
    default:
        return 4;
    }
}

std::vector<FollowUpTask> MarketingCap::apply(std::vector<FollowUpTask> planned,
    const std::vector<CustomerTaskFacts> &customers, const QDate &asOf, const ServiceRules &rules)
{
    const auto factsOf = [&customers](CustomerId id) -> const CustomerTaskFacts * {
        const auto found = std::lower_bound(customers.begin(), customers.end(), id,
            [](const CustomerTaskFacts &facts, CustomerId customer) { return facts.customer < customer; });
        return found != customers.end() && found->customer == id ? &*found : nullptr;
    };
    // The one marketing task each customer may get tonight: the index of the most pressing one.
    std::unordered_map<CustomerId, std::size_t> chosen;
    for (std::size_t i = 0; i < planned.size(); ++i) {
        const FollowUpTask &task = planned[i];
        if (!isMarketing(task.purpose))
            continue;
        const CustomerTaskFacts *facts = factsOf(task.customer);
        if (!facts || !facts->consentMarketing || facts->hasOpenMarketingTask
            || TaskPlan::inQuietPeriod(facts->lastContact, asOf, rules.quietDays) || capped(*facts, rules))
            continue;
        const auto [at, first] = chosen.try_emplace(task.customer, i);
        if (!first && priority(task.purpose) < priority(planned[at->second].purpose))
            at->second = i;
    }
    std::vector<FollowUpTask> kept;
    kept.reserve(planned.size());
    for (std::size_t i = 0; i < planned.size(); ++i) {
        if (isMarketing(planned[i].purpose)) {
            const auto found = chosen.find(planned[i].customer);
            if (found == chosen.end() || found->second != i)
                continue;
        }
        kept.push_back(std::move(planned[i]));
    }
    return kept;
}

} // namespace atelier
