#include "storage/activity_query.h"

#include "core/stored_time.h"
#include "storage/kept_value_sql.h"
#include "storage/raw_statement.h"

namespace atelier {

namespace {

// Sales without returns are read from the covering index sales_customer alone; only the few with
// returns look up their refunds (returned by the end of the as-of day). A purchase is a sale that is
// not the replacement side of an exchange and kept some value after refunds.
// Placeholders in the order of the text: the day after as-of (the refunds'), start of the frequency
// window, start of the tier window, the one customer (runFor only: %2 chooses between all customers and
// that one), the day after as-of again. `purchase` is 1 or 0, not a truth value: PostgreSQL does not sum
// booleans.
constexpr const char *activitySql = R"(
SELECT customer_id,
       MAX(CASE WHEN purchase = 1 THEN day END),
       SUM(purchase),
       SUM(CASE WHEN purchase = 1 AND day >= ? THEN 1 ELSE 0 END),
       SUM(net),
       SUM(CASE WHEN day >= ? THEN net ELSE 0 END)
FROM (SELECT customer_id, day, net, CASE WHEN is_exchange = 0 AND net > 0 THEN 1 ELSE 0 END AS purchase
      FROM (SELECT s.customer_id, substr(s.sold_at, 1, 10) AS day, s.is_exchange, %1 AS net
            FROM sales s
            WHERE %2 AND s.sold_at < ?) AS sold) AS marked
GROUP BY customer_id
ORDER BY customer_id)";

} // namespace

ActivityQuery::ActivityQuery(const QDate &asOf, const SegmentRules &segments, const TierRules &tiers)
    : m_dayAfter(toStoredText(asOf.addDays(1)))
    , m_recentFrom(toStoredText(asOf.addDays(-segments.frequencyWindowDays)))
    , m_tierFrom(tiers.spendWindowMonths > 0
              ? toStoredText(asOf.addMonths(-tiers.spendWindowMonths).addDays(1))
              : QStringLiteral("0000-00-00"))
{
}

QString ActivityQuery::sql(bool oneCustomer)
{
    return (QString::fromLatin1(kept_value_sql::refunds) + QString::fromLatin1(activitySql))
        .arg(QLatin1String(kept_value_sql::keptValue),
            oneCustomer ? QLatin1String("s.customer_id = ?") : QLatin1String("s.customer_id IS NOT NULL"))
        .trimmed();
}

std::vector<CustomerActivity> ActivityQuery::run(const QSqlDatabase &db) const
{
    return run(db, std::nullopt);
}

CustomerActivity ActivityQuery::runFor(const QSqlDatabase &db, CustomerId customer) const
{
    const std::vector<CustomerActivity> found = run(db, customer);
    if (!found.empty())
        return found.front();
    CustomerActivity none;
    none.customer = customer;
    return none;
}

std::vector<CustomerActivity> ActivityQuery::run(
    const QSqlDatabase &db, std::optional<CustomerId> customer) const
{
    // Raw SQLite: 100 000 result rows through QVariant would cost more than the query itself.
    RawStatement query(db, sql(customer.has_value()));
    int next = 1;
    query.bind(next++, m_dayAfter);
    query.bind(next++, m_recentFrom);
    query.bind(next++, m_tierFrom);
    if (customer)
        query.bind(next++, qint64(*customer));
    query.bind(next, m_dayAfter);
    std::vector<CustomerActivity> result;
    while (query.next()) {
        CustomerActivity activity;
        activity.customer = query.integer(0);
        if (!query.isNull(1))
            activity.lastPurchase = dateFromStoredText(query.text(1));
        activity.purchases = int(query.integer(2));
        activity.recentPurchases = int(query.integer(3));
        activity.spend = Money::fromFen(query.integer(4));
        activity.tierSpend = Money::fromFen(query.integer(5));
        result.push_back(activity);
    }
    return result;
}

} // namespace atelier
