#pragma once

#include "core/customer.h"
#include "core/purchase_history.h"

#include <QDate>
#include <QSqlDatabase>

#include <functional>
#include <vector>

namespace atelier {

// Every buying customer's purchases as of the end of a day, for the prediction models: one pass over
// the covering index sales_customer, in customer order. A purchase is what the nightly job counts as
// one (ActivityQuery): a sale that is not the replacement side of an exchange and kept some value
// after the refunds made by the as-of day; its value is what it kept.
class PurchaseHistoryQuery
{
public:
    explicit PurchaseHistoryQuery(const QDate &asOf);

    // Calls `each` once per customer with at least one purchase, in id order; returns how many.
    using Each = std::function<void(CustomerId customer, const std::vector<PurchaseDay> &purchases)>;
    int run(const QSqlDatabase &db, const Each &each) const;

private:
    QString m_dayAfter;
};

} // namespace atelier
