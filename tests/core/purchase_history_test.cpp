#include "core/purchase_history.h"

#include <catch2/catch.hpp>

using namespace atelier;

namespace {

PurchaseDay on(int month, int day, std::int64_t fen)
{
    return {QDate(2026, month, day), fen};
}

} // namespace

TEST_CASE("a customer's purchases summarised for the models", "[core][predict]")
{
    // Out of order, with two sales on 1 March and two on 22 March.
    const std::vector<PurchaseDay> purchases{
        on(3, 22, 30000), on(3, 1, 50000), on(3, 8, 20000), on(3, 1, 10000), on(3, 22, 10000)};
    const QDate asOf(2026, 4, 12);

    SECTION("in days")
    {
        const PurchaseHistorySummary s = summarizePurchases(purchases, asOf, TimeUnit::Day);
        CHECK(s.repeat.x == 2); // 8 and 22 March; 1 March is the first purchase
        CHECK(s.repeat.tx == 21);
        CHECK(s.repeat.T == 42);
        CHECK(s.spend.x == 2);
        CHECK(s.spend.zbar == Approx((20000 + 40000) / 2.0)); // the first day's 60 000 left out
        CHECK(s.daysSinceLastPurchase == 21);
        CHECK(s.cycle.purchaseDays == 3);
        CHECK(s.cycle.medianIntervalDays == 10); // gaps 7 and 14: their mean, rounded down
        CHECK(s.cycle.expectedNext == QDate(2026, 4, 1));
    }
    SECTION("in weeks")
    {
        const PurchaseHistorySummary s = summarizePurchases(purchases, asOf, TimeUnit::Week);
        CHECK(s.repeat.x == 2);
        CHECK(s.repeat.tx == Approx(3));
        CHECK(s.repeat.T == Approx(6));
    }
}

TEST_CASE("a one-time buyer and a buyer of today", "[core][predict]")
{
    const PurchaseHistorySummary once
        = summarizePurchases({on(6, 1, 9900)}, QDate(2026, 6, 15), TimeUnit::Day);
    CHECK(once.repeat.x == 0);
    CHECK(once.repeat.tx == 0);
    CHECK(once.repeat.T == 14);
    CHECK(once.spend.zbar == 0);
    CHECK_FALSE(once.cycle.expectedNext.isValid());

    // Two sales today: one purchase day, age 0.
    const PurchaseHistorySummary today
        = summarizePurchases({on(6, 15, 100), on(6, 15, 200)}, QDate(2026, 6, 15), TimeUnit::Week);
    CHECK(today.repeat.x == 0);
    CHECK(today.repeat.T == 0);
    CHECK(today.daysSinceLastPurchase == 0);
}

TEST_CASE("time units have codes", "[core][predict]")
{
    CHECK(timeUnitFromCode(QStringLiteral("day")) == TimeUnit::Day);
    CHECK(timeUnitFromCode(QStringLiteral("week")) == TimeUnit::Week);
    CHECK_FALSE(timeUnitFromCode(QStringLiteral("month")));
    CHECK(toCode(TimeUnit::Week) == QLatin1String("week"));
    CHECK(daysPer(TimeUnit::Week) == 7);
}
