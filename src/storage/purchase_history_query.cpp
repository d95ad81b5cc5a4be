#include "storage/purchase_history_query.h"

#include "core/stored_time.h"
#include "storage/kept_value_sql.h"
#include "storage/raw_statement.h"

namespace atelier {

namespace {

// Purchase sales in customer order (days within a customer in no promised order: every reader sorts
// them) from the covering index sales_customer: not the
// replacement side of an exchange, and kept some value by the end of the as-of day (both placeholders
// are the day after). Columns: customer, day, kept value.
QString purchasesSql()
{
    return QString::fromLatin1(kept_value_sql::refunds)
        + QStringLiteral(R"(
SELECT customer_id, day, net
FROM (SELECT s.customer_id, substr(s.sold_at, 1, 10) AS day, %1 AS net
      FROM sales s
      WHERE s.customer_id IS NOT NULL AND s.sold_at < ? AND s.is_exchange = 0) AS kept
WHERE net > 0
ORDER BY customer_id)")
              .arg(QLatin1String(kept_value_sql::keptValue));
}

} // namespace

PurchaseHistoryQuery::PurchaseHistoryQuery(const QDate &asOf)
    : m_dayAfter(toStoredText(asOf.addDays(1)))
{
}

int PurchaseHistoryQuery::run(const QSqlDatabase &db, const Each &each) const
{
    RawStatement query(db, purchasesSql());
    query.bind(1, m_dayAfter);
    query.bind(2, m_dayAfter);
    int customers = 0;
    CustomerId current = 0;
    std::vector<PurchaseDay> purchases;
    while (query.next()) {
        const CustomerId customer = query.integer(0);
        if (customer != current && !purchases.empty()) {
            each(current, purchases);
            ++customers;
            purchases.clear();
        }
        current = customer;
        purchases.push_back({dayOfStoredText(query.text(1)), query.integer(2)});
    }
    if (!purchases.empty()) {
        each(current, purchases);
        ++customers;
    }
    return customers;
}

} // namespace atelier
