#include "core/purchase_cycle.h"

#include <catch2/catch.hpp>

using namespace atelier;

namespace {

const QDate start(2026, 1, 1);

std::vector<QDate> daysAt(std::initializer_list<int> offsets)
{
    std::vector<QDate> days;
    for (int offset : offsets)
        days.push_back(start.addDays(offset));
    return days;
}

} // namespace

TEST_CASE("a purchase cycle needs three distinct purchase days", "[core][follow-ups]")
{
    const PurchaseCycle none = purchaseCycle({});
    CHECK(none.purchaseDays == 0);
    CHECK_FALSE(none.lastPurchase.isValid());
    CHECK_FALSE(none.medianIntervalDays);

    const PurchaseCycle two = purchaseCycle(daysAt({0, 30}));
    CHECK(two.purchaseDays == 2);
    CHECK(two.lastPurchase == start.addDays(30));
    CHECK_FALSE(two.medianIntervalDays);
    CHECK_FALSE(two.expectedNext.isValid());

    // The same day three times is one purchase day: still only two.
    const PurchaseCycle sameDay = purchaseCycle(daysAt({0, 30, 30, 30}));
    CHECK(sameDay.purchaseDays == 2);
    CHECK_FALSE(sameDay.medianIntervalDays);
}

TEST_CASE("the median interval gives the expected next purchase", "[core][follow-ups]")
{
    // Gaps 10, 40, 20 (unsorted input): median 20.
    const PurchaseCycle odd = purchaseCycle(daysAt({50, 0, 10, 70}));
    REQUIRE(odd.medianIntervalDays);
    CHECK(*odd.medianIntervalDays == 20);
    CHECK(odd.lastPurchase == start.addDays(70));
    CHECK(odd.expectedNext == start.addDays(90));

    // Gaps 10 and 25: an even count takes the mean of the middle two, rounded down (17).
    const PurchaseCycle even = purchaseCycle(daysAt({0, 10, 35}));
    REQUIRE(even.medianIntervalDays);
    CHECK(*even.medianIntervalDays == 17);
    CHECK(even.expectedNext == start.addDays(52));

    // Gaps 10, 10, 30, 90: middle two 10 and 30 → 20; an outlier does not drag it.
    const PurchaseCycle outlier = purchaseCycle(daysAt({0, 10, 20, 50, 140}));
    CHECK(*outlier.medianIntervalDays == 20);
}
