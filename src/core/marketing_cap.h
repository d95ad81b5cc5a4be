#pragma once

#include "core/follow_up.h"
#include "core/service_rules.h"
#include "core/task_plan.h"

#include <QDate>

#include <vector>

namespace atelier {

// The nightly run's last word on marketing (docs/follow-ups.md, "Marketing"), over every plan's tasks
// together (TaskPlan's, OccasionPlan's holiday greetings): a customer gets at most one new marketing
// task a night, the most pressing (dormant, then activation or a prospect's first follow-up, then purchase cycle, then holiday), only
// with consent, outside the quiet period and with no marketing task open; and a VIP (the VIP segment,
// or a Gold or Black tier) none once she had vipContactLimit marketing contacts in the last
// vipContactDays days. Care and service tasks pass untouched.
class MarketingCap
{
public:
    // Keeps from `planned` what may be created; `customers` in customer order (FollowUpFactsQuery).
    // A task of a customer not among them keeps only what is not marketing.
    static std::vector<FollowUpTask> apply(std::vector<FollowUpTask> planned,
        const std::vector<CustomerTaskFacts> &customers, const QDate &asOf, const ServiceRules &rules);

    // Whether the cap holds her back tonight.
    static bool capped(const CustomerTaskFacts &customer, const ServiceRules &rules);
    static bool isVip(const CustomerTaskFacts &customer);
    // Lower wins: dormant 0, activation and prospect 1, purchase cycle 2, holiday 3, anything else after.
    static int priority(TaskPurpose purpose);
};

} // namespace atelier
