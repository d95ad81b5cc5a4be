#include "storage/purchase_history_query.h"

#include "core/stored_time.h"
#include "storage/raw_statement.h"

namespace atelier {

namespace {

// ?1: the day after as-of. Same purchase rule and refund lookup as ActivityQuery.
constexpr const char *purchasesSql = R"(
WITH refunds(sale_id, fen) AS MATERIALIZED (
    SELECT l.sale_id, SUM(r.refund_fen)
    FROM returns r CROSS JOIN sale_lines l ON l.id = r.sale_line_id
    WHERE r.returned_at < ?1
    GROUP BY l.sale_id)
SELECT customer_id, day, net
FROM (SELECT s.customer_id, substr(s.sold_at, 1, 10) AS day,
             s.total_fen - CASE WHEN s.has_returns
                                THEN COALESCE((SELECT fen FROM refunds WHERE sale_id = s.id), 0)
                                ELSE 0 END AS net
      FROM sales s
      WHERE s.customer_id IS NOT NULL AND s.sold_at < ?1 AND s.is_exchange = 0
      ORDER BY s.customer_id, s.sold_at)
WHERE net > 0)";

} // namespace

PurchaseHistoryQuery::PurchaseHistoryQuery(const QDate &asOf)
    : m_dayAfter(toStoredText(asOf.addDays(1)))
{
}

int PurchaseHistoryQuery::run(const QSqlDatabase &db, const Each &each) const
{
    RawStatement query(db, QString::fromLatin1(purchasesSql));
    query.bind(1, m_dayAfter);
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
