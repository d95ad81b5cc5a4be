#include "follow_up_fixture.h"

#include "core/holiday.h"
#include "services/follow_up_service.h"
#include "services/holiday_calendar.h"
#include "services/service_settings.h"
#include "services/store.h"
#include "support/read_checks.h"

#include <catch2/catch.hpp>

using namespace atelier;
using namespace atelier::testing;

namespace {

std::optional<FollowUpTask> taskOf(FollowUpShop &shop, CustomerId who, TaskPurpose purpose)
{
    for (const TaskRow &row : readValue(shop.store().followUps().forCustomer(who)))
        if (row.task.purpose == purpose)
            return row.task;
    return std::nullopt;
}

} // namespace

// A task made on an earlier night is proposed again every night of its window (the key keeps it
// single): it must not take the night's one marketing slot from a task that is new.
TEST_CASE("a task made on an earlier night does not keep a new one out of the night's marketing slot",
    "[services][follow-ups][marketing]")
{
    FollowUpShop shop;
    const QDate night(2026, 6, 14);
    ServiceRules rules = shop.store().serviceSettings().rules();
    rules.holidayMinTier = 0; // a first-time buyer has no tier
    REQUIRE(shop.store().serviceSettings().save(rules).ok());
    const CustomerId buyer = shop.customer(QStringLiteral("13700000301"));
    shop.buy(buyer, night.addDays(-40)); // within the activation window for the nights below

    shop.nightly(night);
    const std::optional<FollowUpTask> activation = taskOf(shop, buyer, TaskPurpose::Activation);
    REQUIRE(activation);
    REQUIRE(shop.store().followUps().cancel(activation->id).ok()); // the clerk decided against it

    Holiday holiday;
    holiday.nameZh = QStringLiteral("店庆");
    holiday.nameEn = QStringLiteral("Store anniversary");
    holiday.day = night.addDays(3);
    REQUIRE(shop.store().holidays().save(holiday).ok());
    shop.nightly(night.addDays(1)); // the activation is proposed again, and the greeting is due
    CHECK(shop.taskCount(buyer, TaskPurpose::Holiday) == 1);
    CHECK(shop.taskCount(buyer, TaskPurpose::Activation) == 1);
}
