#include "services/demo_store.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

using namespace atelier;

namespace {

int count(testing::TempStore &temp, const char *statement)
{
    return sql::scalar(temp.store().database().connection(), QString::fromLatin1(statement)).toInt();
}

} // namespace

TEST_CASE("the demo store's lost sales look like a real store's, and its arrivals planned their tasks",
    "[demo][lost_sales]")
{
    testing::TempStore temp;
    DemoStoreGenerator::Options options;
    options.customers = 2000;
    options.years = 3;
    options.seed = 42;
    options.endDate = QDate(2026, 6, 30);
    REQUIRE(DemoStoreGenerator::generate(temp.store().database(), options).ok());

    const int lost = count(temp, "SELECT COUNT(*) FROM lost_sales");
    const int sales = count(temp, "SELECT COUNT(*) FROM sales");
    INFO("lost sales " << lost << " of " << sales << " sales");
    // A few per cent of visits.
    CHECK(lost * 100 >= sales * 2);
    CHECK(lost * 100 <= sales * 5);
    // Mostly a size out of stock, in the popular sizes; the other reasons all present.
    const int size = count(temp, "SELECT COUNT(*) FROM lost_sales WHERE reason = 'size_out_of_stock'");
    CHECK(size * 2 > lost);
    for (const char *reason : {"price", "fit", "colour", "other"})
        CHECK(sql::scalar(temp.store().database().connection(),
                  QStringLiteral("SELECT COUNT(*) FROM lost_sales WHERE reason = ?"),
                  {QString::fromLatin1(reason)})
                  .toInt()
            > 0);
    CHECK(sql::scalar(temp.store().database().connection(),
              QStringLiteral("SELECT size FROM lost_sales WHERE reason = 'size_out_of_stock' AND size <> '' "
                             "GROUP BY size ORDER BY COUNT(*) DESC, size LIMIT 1"))
              .toString()
        == QStringLiteral("M"));
    // About half name a customer; a few only a category.
    const int named = count(temp, "SELECT COUNT(*) FROM lost_sales WHERE customer_id IS NOT NULL");
    CHECK(named * 10 >= lost * 4);
    CHECK(named * 10 <= lost * 6);
    CHECK(count(temp, "SELECT COUNT(*) FROM lost_sales WHERE style_no = '' AND category <> ''") > 0);

    // Some arrived, after they were asked for and by the last day; each customer's arrived wish has
    // its one task, keyed on the wish, and no open wish has one.
    const int arrived = count(temp, "SELECT COUNT(*) FROM lost_sales WHERE arrived_at IS NOT NULL");
    CHECK(arrived > 0);
    CHECK(arrived < size);
    CHECK(count(temp,
              "SELECT COUNT(*) FROM lost_sales WHERE arrived_at IS NOT NULL "
              "AND (arrived_at < recorded_at OR substr(arrived_at, 1, 10) > '2026-06-30')")
        == 0);
    CHECK(
        count(temp,
            "SELECT COUNT(*) FROM lost_sales l WHERE l.arrived_at IS NOT NULL AND l.customer_id IS NOT NULL "
            "AND NOT EXISTS (SELECT 1 FROM follow_up_tasks t WHERE t.generated_key = 'arrival:' || l.id "
            "AND t.customer_id = l.customer_id AND t.purpose = 'arrival')")
        == 0);
    CHECK(count(temp,
              "SELECT COUNT(*) FROM follow_up_tasks t WHERE t.purpose = 'arrival' AND NOT EXISTS "
              "(SELECT 1 FROM lost_sales l WHERE t.generated_key = 'arrival:' || l.id "
              "AND l.arrived_at IS NOT NULL AND l.customer_id = t.customer_id)")
        == 0);
    CHECK(count(temp, "SELECT COUNT(*) FROM follow_up_tasks WHERE purpose = 'arrival' AND status = 'done'")
        > 0);
}
