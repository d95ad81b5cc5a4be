#include "storage/sales_pass_query.h"

#include "core/stored_time.h"
#include "storage/kept_value_sql.h"
#include "storage/raw_statement.h"

#include <array>
#include <cstring>

namespace atelier {

namespace {

// Both placeholders: the day after as-of. Columns: customer, day, is_exchange, kept value (fen).
QString passSql()
{
    return QString::fromLatin1(kept_value_sql::refunds)
        + QStringLiteral(R"(
SELECT s.customer_id, substr(s.sold_at, 1, 10), s.is_exchange, %1
FROM sales s
WHERE s.customer_id IS NOT NULL AND s.sold_at < ?
ORDER BY s.customer_id)")
              .arg(QLatin1String(kept_value_sql::keptValue));
}

} // namespace

SalesPassQuery::SalesPassQuery(const QDate &asOf)
    : m_dayAfter(toStoredText(asOf.addDays(1)))
{
}

int SalesPassQuery::run(const QSqlDatabase &db, const Each &each) const
{
    // Raw SQLite: a million rows through QVariant would cost more than the query itself.
    RawStatement query(db, passSql());
    query.bind(1, m_dayAfter);
    query.bind(2, m_dayAfter);
    int customers = 0;
    CustomerId current = 0;
    std::vector<SaleFact> sales;
    // Days repeat within a customer (and across the store): each distinct text is parsed once, from
    // SQLite's own bytes (a QString per row was a sixth of the pass).
    std::array<char, 10> lastDayText{};
    QDate lastDay;
    while (query.next()) {
        const CustomerId customer = query.integer(0);
        if (customer != current && !sales.empty()) {
            each(current, sales);
            ++customers;
            sales.clear();
        }
        current = customer;
        const QByteArrayView dayText = query.utf8(1);
        if (dayText.size() != 10 || std::memcmp(dayText.data(), lastDayText.data(), 10) != 0) {
            lastDay = dayOfStoredUtf8(dayText);
            if (dayText.size() == 10)
                std::memcpy(lastDayText.data(), dayText.data(), 10);
        }
        sales.push_back({lastDay, query.integer(2) != 0, query.integer(3)});
    }
    if (!sales.empty()) {
        each(current, sales);
        ++customers;
    }
    return customers;
}

StoreSales SalesPassQuery::tally(const QSqlDatabase &db, const ActivityWindows &windows) const
{
    StoreSales store;
    run(db, [&](CustomerId customer, const std::vector<SaleFact> &sales) {
        store.push_back(tallySales(customer, sales, windows));
    });
    return store;
}

} // namespace atelier
