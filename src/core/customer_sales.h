#pragma once

#include "core/customer.h"
#include "core/loyalty.h"
#include "core/loyalty_rules.h"
#include "core/purchase_history.h"

#include <QDate>

#include <cstdint>
#include <vector>

namespace atelier {

// One sale of a customer as the nightly run reads it: the store's calendar day, whether it is the
// replacement side of an exchange, and what it kept after the refunds made by the as-of day.
struct SaleFact
{
    QDate day;
    bool exchange = false;
    std::int64_t keptFen = 0;
};

// Where the activity's windows start, from the as-of day and the rules.
struct ActivityWindows
{
    QDate recentFrom; // purchases on or after this day are recent
    QDate tierFrom; // spend on or after this day counts for tiers; invalid: lifetime spend

    static ActivityWindows of(const QDate &asOf, const SegmentRules &segments, const TierRules &tiers);
};

// What the nightly run needs of one customer's sales, from its one pass over them: the activity for
// the scores and tiers, and the purchases for the follow-up calendar and the prediction. A purchase
// is a sale that is not the replacement side of an exchange and kept some value; spend counts every
// sale's kept value, refunds and exchanges included.
struct CustomerSales
{
    CustomerActivity activity;
    std::vector<PurchaseDay> purchases; // in the order read (every reader sorts them)
};

CustomerSales tallySales(
    CustomerId customer, const std::vector<SaleFact> &sales, const ActivityWindows &windows);

// Every customer with a sale as of the day, in customer id order: the night's one reading of the sales.
using StoreSales = std::vector<CustomerSales>;

} // namespace atelier
