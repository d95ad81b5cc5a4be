#pragma once

#include "core/customer_sales.h"
#include "core/service_rules.h"
#include "core/task_plan.h"

#include <QDate>

namespace atelier {

class Clock;
class Database;

// The nightly job's follow-up planning: reads what it needs about every customer
// (FollowUpFactsQuery), asks TaskPlan and OccasionPlan which tasks are due to be created as of the
// date, lets MarketingCap keep one marketing task a night per customer within the VIP cap, issues the
// coupons of the new activation and dormant messages, and inserts the tasks by their generated key,
// so a second run for the same night creates nothing. Also catches up the call-back of any resolved
// complaint that has none.
// Runs inside the nightly job's transaction (after the scores are written: the dormant rule reads
// tonight's segment moves) and throws StorageError like the rest of the job's steps.
class TaskGenerator
{
public:
    TaskGenerator(Database &db, const Clock &clock);

    // Returns how many tasks were created.
    int run(const QDate &asOf, qint64 runId, const ServiceRules &rules);
    // The same with the purchases of the night's one reading of the sales.
    int run(const QDate &asOf, qint64 runId, const ServiceRules &rules, const StoreSales &sales);
    // The same with every customer's facts already read (NightlyReadAhead), in customer order; their
    // tiers are read again here (tonight's).
    int run(const QDate &asOf, qint64 runId, const ServiceRules &rules,
        const std::vector<CustomerTaskFacts> &read);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
