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
    // Every customer in id order. Marketing contacts count from `contactsFrom` on (the VIP cap's
    // window: asOf - vipContactDays + 1); invalid: none counted.
    static std::vector<CustomerTaskFacts> run(
        const QSqlDatabase &db, const StoreSales &sales, const QDate &contactsFrom = QDate());
    // Tonight's tiers into facts read before the run decided them (NightlyReadAhead reads last
    // night's): one ordered pass over customer_tiers; a customer without a row has none.
    static void takeTiers(const QSqlDatabase &db, std::vector<CustomerTaskFacts> &facts);
};

} // namespace atelier
