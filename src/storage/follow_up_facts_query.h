#pragma once

#include "core/customer_sales.h"
#include "core/task_plan.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace atelier {

// What the nightly planner needs about every customer, read in two streams in customer order: the
// customers with their scores and follow-up history, and their purchase days. A purchase is counted
// as ActivityQuery counts it (not the replacement side of an exchange, not refunded in full by the
// end of the as-of day); sales after the as-of day are left out.
class FollowUpFactsQuery
{
public:
    explicit FollowUpFactsQuery(const QDate &asOf);

    // Every customer in id order.
    std::vector<CustomerTaskFacts> run(const QSqlDatabase &db) const;
    // The same with the purchases of the night's one reading of the sales (as of the same day).
    std::vector<CustomerTaskFacts> run(const QSqlDatabase &db, const StoreSales &sales) const;

private:
    QDate m_asOf;
};

} // namespace atelier
