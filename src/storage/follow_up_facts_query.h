#pragma once

#include "core/customer_sales.h"
#include "core/task_plan.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace atelier {

// What the nightly planner needs about every customer, in customer order: the customers with their
// scores and follow-up history, merged with their purchase days from the night's one reading of the
// sales (SalesPassQuery, as of the planned day: what counts as a purchase is decided there).
class FollowUpFactsQuery
{
public:
    // Every customer in id order.
    static std::vector<CustomerTaskFacts> run(const QSqlDatabase &db, const StoreSales &sales);
};

} // namespace atelier
