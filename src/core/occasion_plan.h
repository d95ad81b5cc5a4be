#pragma once

#include "core/follow_up.h"
#include "core/service_rules.h"
#include "core/task_plan.h"

#include <QDate>

#include <vector>

namespace atelier {

// What the nightly run needs to plan greetings for holidays and care on life-event anniversaries
// (OccasionQuery reads it). Stub: being written.
struct OccasionFacts
{
};

// Holiday greetings and life-event anniversaries (issue 22). Stub: being written.
class OccasionPlan
{
public:
    static std::vector<FollowUpTask> plan(const OccasionFacts &occasions,
        const std::vector<CustomerTaskFacts> &customers, const QDate &asOf, const ServiceRules &rules);
};

} // namespace atelier
