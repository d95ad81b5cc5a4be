#pragma once

#include "core/customer.h"
#include "core/follow_up.h"
#include "core/holiday.h"
#include "core/service_rules.h"
#include "core/task_plan.h"

#include <QDate>

#include <vector>

namespace atelier {

// A life event on a customer's archive, as the nightly run plans its anniversary from it.
struct LifeEventFact
{
    qint64 event = 0;
    CustomerId customer = 0;
    LifeEvent::Kind kind = LifeEvent::Kind::Other;
    QDate day;
};

// What the nightly run needs to plan greetings for holidays and care on life-event anniversaries
// (OccasionQuery reads it in two set-based queries, however many customers the store has).
struct OccasionFacts
{
    std::vector<Holiday> holidays; // greeted holidays (greet = 1) in (asOf, asOf + holidayLeadDays], by day
    // Life events whose anniversary falls in (asOf, asOf + lifeEventLeadDays], by customer; OccasionQuery
    // passes only those, but the plan checks the window itself.
    std::vector<LifeEventFact> lifeEvents;
};

// Holiday greetings and life-event anniversaries (issue 22, docs/follow-ups.md).
// A holiday greeting is marketing: planned holidayLeadDays ahead, due on the holiday, by WeChat, for
// customers who accept marketing with a tier of at least holidayMinTier (0: every tier), not in the
// quiet period and without an open marketing task; one greeting per customer a night (the earliest
// holiday). A life event's anniversary (year 1 onwards) is not marketing (no cap, no "one open at a
// time") but needs consent and respects the quiet period: planned lifeEventLeadDays ahead, due on the
// day (29 February kept on 28 February in common years). The returned
// tasks are candidates: TaskGenerator applies the store-wide marketing caps after them.
class OccasionPlan
{
public:
    static std::vector<FollowUpTask> plan(const OccasionFacts &occasions,
        const std::vector<CustomerTaskFacts> &customers, const QDate &asOf, const ServiceRules &rules);

    // The holiday greeting for one customer, if she gets one tonight (`holidays` by day).
    static std::optional<FollowUpTask> greeting(const std::vector<Holiday> &holidays,
        const CustomerTaskFacts &customer, const QDate &asOf, const ServiceRules &rules);
    // The anniversary of `eventDay` in (asOf, asOf + days], at least a year after it; invalid when none.
    static QDate anniversaryWithin(const QDate &eventDay, const QDate &asOf, int days);
};

} // namespace atelier
