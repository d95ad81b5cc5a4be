#include "services/demo_store.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

using namespace atelier;

namespace {

int scalar(testing::TempStore &temp, const QString &statement)
{
    return sql::scalar(temp.store().database().connection(), statement).toInt();
}

int scores(testing::TempStore &temp, const char *where)
{
    return scalar(
        temp, QStringLiteral("SELECT COUNT(*) FROM satisfaction_scores WHERE ") + QString::fromLatin1(where));
}

} // namespace

TEST_CASE("the demo store's satisfaction scores come in a real store's proportions", "[demo][satisfaction]")
{
    testing::TempStore temp;
    DemoStoreGenerator::Options options;
    options.customers = 2000;
    options.years = 3;
    options.seed = 42;
    options.endDate = QDate(2026, 6, 30);
    REQUIRE(DemoStoreGenerator::generate(temp.store().database(), options).ok());

    const int visits = scores(temp, "occasion = 'visit'");
    const int customerSales
        = scalar(temp, QStringLiteral("SELECT COUNT(*) FROM sales WHERE customer_id IS NOT NULL"));
    INFO("visit scores " << visits << " of " << customerSales << " sales to customers");
    // About one visit in twelve.
    CHECK(visits * 100 >= customerSales * 6);
    CHECK(visits * 100 <= customerSales * 11);
    // Every occasion is there.
    for (const char *occasion : {"follow_up", "campaign", "complaint", "survey"})
        CHECK(scalar(temp,
                  QStringLiteral("SELECT COUNT(*) FROM satisfaction_scores WHERE occasion = '%1'")
                      .arg(QString::fromLatin1(occasion)))
            > 0);
    // Mostly 4 and 5, some 3, a few 1 and 2.
    const int all = scores(temp, "1 = 1");
    const int satisfied = scores(temp, "score >= 4");
    const int low = scores(temp, "score <= 2");
    CHECK(satisfied * 100 >= all * 65);
    CHECK(satisfied * 100 <= all * 90);
    CHECK(low > 0);
    CHECK(low * 100 <= all * 15);
    // A visit score is about the clerk of its sale; every call-back's score is there.
    CHECK(scores(temp,
              "occasion = 'visit' AND staff_id <> (SELECT clerk_id FROM sales s WHERE s.id = "
              "satisfaction_scores.sale_id)")
        == 0);
    CHECK(scores(temp, "occasion = 'complaint'")
        == scalar(temp,
            QStringLiteral(
                "SELECT COUNT(*) FROM complaints WHERE customer_id IS NOT NULL AND called_back_at IS NOT "
                "NULL AND satisfaction IS NOT NULL")));
    // Survey rows carry their import key, shop scores none.
    CHECK(scores(temp, "occasion = 'survey' AND import_key IS NULL") == 0);
    CHECK(scores(temp, "occasion <> 'survey' AND import_key IS NOT NULL") == 0);
    // Worse after a complaint: the average visit score of customers after their call-back is lower.
    const double before = sql::scalar(temp.store().database().connection(),
        QStringLiteral(
            "SELECT AVG(score) FROM satisfaction_scores WHERE occasion = 'visit' AND customer_id NOT IN "
            "(SELECT customer_id FROM complaints WHERE customer_id IS NOT NULL)"))
                              .toDouble();
    const double after = sql::scalar(temp.store().database().connection(),
        QStringLiteral(
            "SELECT AVG(v.score) FROM satisfaction_scores v JOIN satisfaction_scores c "
            "ON c.customer_id = v.customer_id AND c.occasion = 'complaint' AND c.scored_on <= v.scored_on "
            "WHERE v.occasion = 'visit'"))
                             .toDouble();
    INFO("visit average " << before << ", after a complaint " << after);
    CHECK(after < before);
}
