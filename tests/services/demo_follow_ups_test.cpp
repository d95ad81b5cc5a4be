#include "services/demo_store.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::TempStore;

TEST_CASE("the demo store has a year of follow-ups and a month of open ones", "[services][follow-ups][demo]")
{
    TempStore t;
    DemoStoreGenerator::Options options;
    options.customers = 2000;
    options.endDate = QDate(2026, 6, 14);
    REQUIRE(DemoStoreGenerator::generate(t.store().database(), options).ok());
    const QSqlDatabase db = t.store().database().connection();
    const auto count = [&](const char *where) {
        return sql::scalar(
            db, QStringLiteral("SELECT COUNT(*) FROM follow_up_tasks WHERE ") + QLatin1String(where))
            .toInt();
    };
    // The clerks' and the nightly run's follow-ups; the It's in tasks of the demo's lost sales come with
    // their wishes, over two years (demo_lost_sales_test).
    const int done = count("status = 'done' AND purpose <> 'arrival'");
    CHECK(done > 60); // about one per 20 customers, some cancelled
    CHECK(done < 100);
    CHECK(count("status = 'done' AND purpose <> 'arrival' AND (outcome = '' OR done_at IS NULL OR due_on < "
                "'2025-06-14')")
        == 0);
    CHECK(count("status = 'done' AND substr(done_at, 1, 10) > '2026-06-14'") == 0);
    CHECK(count("outcome = 'reached'") > 0);
    CHECK(count("outcome = 'no_answer'") > 0);
    const int open = count("status = 'open'");
    CHECK(open >= 18);
    CHECK(count("status = 'open' AND due_on > '2026-07-15'") == 0);
    // Nothing is due before its customer was registered.
    CHECK(
        sql::scalar(db,
            QStringLiteral("SELECT COUNT(*) FROM follow_up_tasks t JOIN customers c ON c.id = t.customer_id "
                           "WHERE t.due_on < substr(c.created_at, 1, 10)"))
            .toInt()
        == 0);
    // The same seed gives the same calendar.
    TempStore again;
    REQUIRE(DemoStoreGenerator::generate(again.store().database(), options).ok());
    const auto calendar = [](const QSqlDatabase &store) {
        QSqlQuery tasks = sql::run(store,
            QStringLiteral(
                "SELECT customer_id || due_on || status || outcome FROM follow_up_tasks ORDER BY id"));
        QStringList rows;
        while (tasks.next())
            rows << tasks.value(0).toString();
        return rows;
    };
    CHECK(calendar(db) == calendar(again.store().database().connection()));
}
