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

TEST_CASE("the demo store's targets are believable and its spot checks mostly valid", "[demo][staff_goals]")
{
    testing::TempStore temp;
    DemoStoreGenerator::Options options;
    options.customers = 2000;
    options.years = 3;
    options.seed = 42;
    options.endDate = QDate(2026, 6, 30);
    REQUIRE(DemoStoreGenerator::generate(temp.store().database(), options).ok());

    // Each clerk (not the manager) has targets for the last 12 months.
    CHECK(count(temp, "SELECT COUNT(DISTINCT month) FROM staff_targets") == 12);
    CHECK(count(temp, "SELECT MIN(month) = '2025-07' AND MAX(month) = '2026-06' FROM staff_targets") == 1);
    CHECK(count(temp,
              "SELECT COUNT(*) FROM staff_targets t JOIN staff s ON s.id = t.staff_id "
              "WHERE s.role = 'manager'")
        == 0);
    // Some sales targets met, some not.
    const char *met = "SELECT COUNT(*) FROM staff_targets t WHERE t.sales_fen <= (SELECT SUM(total_fen) "
                      "FROM sales s WHERE s.clerk_id = t.staff_id AND s.is_exchange = 0 "
                      "AND substr(s.sold_at, 1, 7) = t.month)";
    const int targets = count(temp, "SELECT COUNT(*) FROM staff_targets");
    const int reached = count(temp, met);
    INFO("sales targets met: " << reached << " of " << targets);
    CHECK(reached * 10 >= targets * 2);
    CHECK(reached * 10 <= targets * 8);

    // Spot checks: the last six months' archives only, up to ten per clerk and month, about 90 % valid.
    const int checks = count(temp, "SELECT COUNT(*) FROM archive_checks");
    const int valid = count(temp, "SELECT COUNT(*) FROM archive_checks WHERE valid = 1");
    INFO("checks " << checks << ", valid " << valid);
    CHECK(checks > 100);
    CHECK(valid * 100 >= checks * 82);
    CHECK(valid * 100 <= checks * 97);
    CHECK(count(temp,
              "SELECT COUNT(*) FROM archive_checks a JOIN customers c ON c.id = a.customer_id "
              "WHERE c.created_at < '2026-01-01'")
        == 0);
    CHECK(count(temp,
              "SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM archive_checks a JOIN customers c "
              "ON c.id = a.customer_id GROUP BY c.created_by, substr(c.created_at, 1, 7)) AS m")
        <= 10);
}
