#pragma once

#include "core/customer.h"
#include "core/customer_sales.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <vector>

namespace atelier {

// The nightly run's one reading of the sales: every sale of a known customer up to the end of a day,
// with the value it kept after the refunds made by then, in customer order from the covering index
// sales_customer. Scores, tiers, the follow-up calendar and the prediction are all fed from it
// (core/customer_sales.h decides what counts as a purchase).
class SalesPassQuery
{
public:
    explicit SalesPassQuery(const QDate &asOf);

    // Calls `each` once per customer with at least one sale, in id order; returns how many.
    using Each = std::function<void(CustomerId customer, const std::vector<SaleFact> &sales)>;
    int run(const QSqlDatabase &db, const Each &each) const;

    // The whole store tallied with `windows`.
    StoreSales tally(const QSqlDatabase &db, const ActivityWindows &windows) const;

private:
    QString m_dayAfter;
};

} // namespace atelier
