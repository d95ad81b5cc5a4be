#include "follow_up_fixture.h"

#include "core/report_period.h"
#include "services/counter_search.h"
#include "services/follow_up_service.h"
#include "services/reports.h"
#include "services/service_settings.h"
#include "services/store.h"

#include "support/read_checks.h"
#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::FollowUpShop;
using atelier::testing::readValue;

// Prospects (潜在客户, issue 23): customers registered without a purchase, through the nightly job, the
// counter search and the reports.

namespace {

std::optional<FollowUpTask> prospectTaskOf(FollowUpShop &shop, CustomerId who)
{
    for (const TaskRow &row : readValue(shop.store().followUps().forCustomer(who)))
        if (row.task.purpose == TaskPurpose::Prospect)
            return row.task;
    return std::nullopt;
}

// A customer registered on `day` at 10:00, the clock back on "now" afterwards.
CustomerId registeredOn(FollowUpShop &shop, const QDate &day, const QString &phone, bool consent = true)
{
    shop.setToday(day);
    const CustomerId id = shop.customer(phone, shop.clerk, consent);
    shop.setToday(shop.today());
    return id;
}

} // namespace

TEST_CASE("a prospect gets one first follow-up, once, and her first purchase closes it",
    "[services][follow-ups][prospect]")
{
    FollowUpShop shop;
    const CustomerId she = registeredOn(shop, QDate(2026, 6, 1), QStringLiteral("13700000201"));

    shop.nightly(QDate(2026, 6, 2)); // one day after: not yet
    CHECK(shop.taskCount(she, TaskPurpose::Prospect) == 0);
    shop.nightly(QDate(2026, 6, 3));
    REQUIRE(shop.taskCount(she, TaskPurpose::Prospect) == 1);
    const std::optional<FollowUpTask> task = prospectTaskOf(shop, she);
    REQUIRE(task);
    CHECK(task->dueOn == QDate(2026, 6, 4)); // three days after she registered
    CHECK(task->assignee == std::optional<StaffId>(shop.clerk));
    CHECK(task->status == TaskStatus::Open);

    // Later nights, and the same night again, plan nothing more, even once the task is cancelled.
    shop.nightly(QDate(2026, 6, 3));
    shop.nightly(QDate(2026, 6, 6));
    CHECK(shop.taskCount(she, TaskPurpose::Prospect) == 1);

    // Her first purchase makes her an ordinary customer: the next night closes the task.
    shop.buy(she, QDate(2026, 6, 7));
    shop.nightly(QDate(2026, 6, 7));
    const std::optional<FollowUpTask> closed = prospectTaskOf(shop, she);
    REQUIRE(closed);
    CHECK(closed->status == TaskStatus::Cancelled);
    CHECK(closed->outcome == TaskOutcome::Purchased);
    CHECK_FALSE(closed->doneBy);
    CHECK(shop.taskCount(she, TaskPurpose::Prospect) == 1);
}

TEST_CASE("the first night plans only recent prospects; consent and the setting decide",
    "[services][follow-ups][prospect]")
{
    FollowUpShop shop;
    const CustomerId recent = registeredOn(shop, QDate(2026, 6, 1), QStringLiteral("13700000211"));
    const CustomerId old = registeredOn(shop, QDate(2026, 4, 1), QStringLiteral("13700000212"));
    const CustomerId noConsent = registeredOn(shop, QDate(2026, 6, 1), QStringLiteral("13700000213"), false);
    const CustomerId bought = registeredOn(shop, QDate(2026, 6, 1), QStringLiteral("13700000214"));
    shop.buy(bought, QDate(2026, 6, 1));

    SECTION("switched off, nothing")
    {
        ServiceRules rules = shop.store().serviceSettings().rules();
        rules.prospectOn = false;
        REQUIRE(shop.store().serviceSettings().save(rules).ok());
        shop.nightly(QDate(2026, 6, 14));
        CHECK(shop.taskCount(recent, TaskPurpose::Prospect) == 0);
    }
    SECTION("on, only the prospects of the last 30 days who accept marketing")
    {
        shop.nightly(QDate(2026, 6, 14));
        CHECK(shop.taskCount(recent, TaskPurpose::Prospect) == 1);
        CHECK(shop.taskCount(old, TaskPurpose::Prospect) == 0); // 74 days: the first night stays bounded
        CHECK(shop.taskCount(noConsent, TaskPurpose::Prospect) == 0);
        CHECK(shop.taskCount(bought, TaskPurpose::Prospect) == 0);
        CHECK(prospectTaskOf(shop, recent)->dueOn == QDate(2026, 6, 15)); // late: tomorrow
    }
}

TEST_CASE("the counter finds a prospect like anyone", "[services][prospect]")
{
    FollowUpShop shop;
    const CustomerId she = registeredOn(shop, QDate(2026, 6, 1), QStringLiteral("13700004321"));
    const QList<CounterMatch> found = shop.store().counterSearch().find(QStringLiteral("4321"));
    REQUIRE(found.size() == 1);
    CHECK(found.first().customer.id == she);
}

TEST_CASE(
    "prospect → first purchase → customer: her conversion is counted once", "[services][reports][prospect]")
{
    FollowUpShop shop;
    const CustomerId she = registeredOn(shop, QDate(2026, 5, 10), QStringLiteral("13700000221"));
    const CustomerId other = registeredOn(shop, QDate(2026, 5, 12), QStringLiteral("13700000222"));
    const ReportPeriod may = ReportPeriod::month(2026, 5);
    Reports reports(shop.store().database());

    shop.nightly(QDate(2026, 5, 12));
    CHECK(shop.taskCount(she, TaskPurpose::Prospect) == 1);
    CustomerFigures before = readValue(reports.customers(may)).current;
    CHECK(before.newCustomers == 2);
    CHECK(before.prospectsAtEnd == 2);
    CHECK(before.convertedWithin == 0);

    // She buys three times; her first purchase converts her, once.
    shop.buy(she, QDate(2026, 5, 20));
    shop.buy(she, QDate(2026, 5, 28));
    shop.buy(she, QDate(2026, 6, 5));
    shop.nightly(QDate(2026, 6, 5));
    CHECK(prospectTaskOf(shop, she)->outcome == TaskOutcome::Purchased);
    CHECK(prospectTaskOf(shop, other)->status == TaskStatus::Open);

    const Compared<CustomerFigures> after = readValue(reports.customers(may));
    CHECK(after.current.newCustomers == 2);
    CHECK(after.current.prospectsAtEnd == 1);
    CHECK(after.current.convertedWithin == 1);
    CHECK(after.current.conversionRate() == Approx(0.5));
    CHECK(after.current.medianDaysToFirstPurchase == 10);
    REQUIRE(after.current.conversion.size() == 1);
    CHECK(after.current.conversion.first().registered == 2);
    CHECK(after.current.conversion.first().boughtWithin == 1);
    CHECK(after.current.conversion.first().boughtByNow == 1);
    // June's new customers do not include her: the purchases of June convert nobody there.
    const CustomerFigures june = readValue(reports.customers(ReportPeriod::month(2026, 6))).current;
    CHECK(june.newCustomers == 0);
    CHECK(june.convertedWithin == 0);
    CHECK(june.conversion.isEmpty());
}
