#include "storage/customer_flow_query.h"

#include "core/stored_time.h"
#include "storage/kept_value_sql.h"
#include "storage/raw_statement.h"

namespace atelier {

namespace {

// Both placeholders: the day after today (the refunds made by today). The exchange's replacement side is
// no purchase and is left out in the join; a customer without a sale comes once with NULLs.
QString flowSql()
{
    return QString::fromLatin1(kept_value_sql::refunds)
        + QStringLiteral(R"(
SELECT c.id, c.created_at, c.source, s.sold_at, %1
FROM customers c
LEFT JOIN sales s ON s.customer_id = c.id AND s.is_exchange = 0 AND s.sold_at < ?
ORDER BY c.id)")
              .arg(QLatin1String(kept_value_sql::keptValue));
}

} // namespace

int CustomerFlowQuery::run(const QSqlDatabase &db, const QDate &today, const Each &each)
{
    RawStatement query(db, flowSql());
    const QString dayAfter = toStoredText(today.addDays(1));
    query.bind(1, dayAfter);
    query.bind(2, dayAfter);
    int customers = 0;
    qint64 current = -1;
    QDate registeredOn;
    QString source;
    std::vector<QDate> purchases;
    while (query.next()) {
        const qint64 id = query.integer(0);
        if (id != current) {
            if (current >= 0) {
                each(registeredOn, source, purchases);
                ++customers;
            }
            current = id;
            registeredOn = dayOfStoredUtf8(query.utf8(1));
            source = query.text(2);
            purchases.clear();
        }
        if (!query.isNull(3) && query.integer(4) > 0)
            purchases.push_back(dayOfStoredUtf8(query.utf8(3)));
    }
    if (current >= 0) {
        each(registeredOn, source, purchases);
        ++customers;
    }
    return customers;
}

} // namespace atelier
