#include "core/occasion_plan.h"

namespace atelier {

std::vector<FollowUpTask> OccasionPlan::plan(
    const OccasionFacts &, const std::vector<CustomerTaskFacts> &, const QDate &, const ServiceRules &)
{
    return {};
}

} // namespace atelier
