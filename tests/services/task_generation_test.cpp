#include "follow_up_fixture.h"

#include "core/service_rules.h"
#include "services/follow_up_service.h"
#include "services/service_settings.h"
#include "services/store.h"
#include "services/task_generator.h"
#include "storage/contact_repository.h"
#include "storage/database.h"
#include "storage/nightly_run_repository.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include "support/read_checks.h"
#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace atelier;
using atelier::testing::FollowUpShop;
using atelier::testing::readValue;

namespace {

const QDate asOf(2026, 6, 14); // last night, as the app's nightly run sees it on the 15th

// Three purchase days 25 days apart, the last 20 days before asOf: next purchase expected on
// asOf + 5, so the wake-up is due on asOf + 2.
void regularBuyer(FollowUpShop &shop, CustomerId who)
{
    for (int daysBefore : {70, 45, 20})
        shop.buy(who, asOf.addDays(-daysBefore));
}

} // namespace

TEST_CASE("two nightly runs for the same night create each follow-up once", "[services][follow-ups]")
{
    FollowUpShop shop;
    const CustomerId birthday = shop.customer(QStringLiteral("13700000001"), shop.clerk, false);
    shop.setBirthday(birthday, QDate(1990, 6, 18));
    const CustomerId regular = shop.customer(QStringLiteral("13700000002"), shop.clerk);
    regularBuyer(shop, regular);

    const NightlyRun first = shop.nightly(asOf);
    CHECK(first.tasksCreated == 2);
    CHECK(shop.taskCount(birthday, TaskPurpose::Birthday) == 1);
    CHECK(shop.taskCount(regular, TaskPurpose::PurchaseCycle) == 1);
    const int afterFirst = shop.taskCount();

    const NightlyRun second = shop.nightly(asOf);
    CHECK(second.tasksCreated == 0);
    CHECK(shop.taskCount() == afterFirst);
    // The next night finds the same birthday and the same expected purchase: nothing new either.
    CHECK(shop.nightly(asOf.addDays(1)).tasksCreated == 0);
    CHECK(shop.taskCount() == afterFirst);

    // What the run planned is recorded with it.
    const std::optional<NightlyRun> recorded
        = NightlyRunRepository(shop.store().database().connection()).lastSuccessful();
    REQUIRE(recorded);
    CHECK(recorded->tasksCreated == 0);
    CHECK(NightlyRunRepository(shop.store().database().connection()).recent(3).last().tasksCreated == 2);

    const QList<TaskRow> planned = readValue(shop.store().followUps().dayList(asOf.addDays(2), {}));
    REQUIRE(planned.size() == 1);
    CHECK(planned[0].task.generatedKey
        == QStringLiteral("purchase_cycle:%1:%2").arg(regular).arg(asOf.addDays(-20).toString(Qt::ISODate)));
    CHECK(planned[0].task.assignee == std::optional<StaffId>(shop.clerk));
    CHECK(planned[0].task.run == std::optional<qint64>(first.id));
}

TEST_CASE("a cancelled generated task is not made again", "[services][follow-ups]")
{
    FollowUpShop shop;
    const CustomerId who = shop.customer(QStringLiteral("13700000003"));
    shop.setBirthday(who, QDate(1988, 6, 20));
    shop.nightly(asOf);
    const QList<TaskRow> tasks = readValue(shop.store().followUps().forCustomer(who));
    REQUIRE(tasks.size() == 1);
    REQUIRE(shop.store().followUps().cancel(tasks[0].task.id).ok());
    CHECK(shop.nightly(asOf.addDays(1)).tasksCreated == 0);
}

TEST_CASE(
    "a dormant reactivation follows a real move into Dormant, not the first run", "[services][follow-ups]")
{
    FollowUpShop shop;
    const CustomerId lapsing = shop.customer(QStringLiteral("13700000004"));
    shop.buy(lapsing, asOf.addDays(-182)); // Lapsing today, Dormant tomorrow
    const CustomerId longGone = shop.customer(QStringLiteral("13700000005"));
    shop.buy(longGone, asOf.addDays(-400)); // Dormant from the first run on

    CHECK(shop.nightly(asOf).tasksCreated == 0);
    shop.setToday(asOf.addDays(2));
    CHECK(shop.nightly(asOf.addDays(1)).tasksCreated == 1);
    CHECK(shop.taskCount(lapsing, TaskPurpose::Dormant) == 1);
    CHECK(shop.taskCount(longGone, TaskPurpose::Dormant) == 0);
    const QList<TaskRow> tasks = readValue(shop.store().followUps().forCustomer(lapsing));
    REQUIRE(tasks.size() == 1);
    CHECK(tasks[0].task.dueOn == asOf.addDays(2));
    CHECK(shop.nightly(asOf.addDays(1)).tasksCreated == 0);
    CHECK(shop.nightly(asOf.addDays(2)).tasksCreated == 0);
}

TEST_CASE("a customer contacted in the quiet period gets no marketing task", "[services][follow-ups]")
{
    FollowUpShop shop;
    const CustomerId regular = shop.customer(QStringLiteral("13700000006"), shop.clerk);
    regularBuyer(shop, regular);
    // A call-back done ten days before asOf, through the service as a clerk would.
    shop.setToday(asOf.addDays(-10));
    const TaskResult made = shop.store().followUps().create(shop.draft(regular, asOf.addDays(-10)));
    REQUIRE(made.ok());
    REQUIRE(shop.store().followUps().markDone(*made.id, TaskOutcome::Reached, {}, {}, shop.clerk).ok());
    shop.setToday(asOf.addDays(1));

    ServiceRules rules = shop.store().serviceSettings().rules();
    REQUIRE(rules.quietDays == 14);
    CHECK(shop.nightly(asOf).tasksCreated == 0);
    CHECK(shop.taskCount(regular, TaskPurpose::PurchaseCycle) == 0);

    // Ten days ago is outside a ten-day quiet period, inside an eleven-day one.
    rules.quietDays = 11;
    REQUIRE(shop.store().serviceSettings().save(rules).ok());
    CHECK(shop.nightly(asOf).tasksCreated == 0);
    rules.quietDays = 10;
    REQUIRE(shop.store().serviceSettings().save(rules).ok());
    CHECK(shop.nightly(asOf).tasksCreated == 1);
    CHECK(shop.taskCount(regular, TaskPurpose::PurchaseCycle) == 1);
}

TEST_CASE("a bulk SMS starts the quiet period too", "[services][follow-ups]")
{
    FollowUpShop shop;
    const CustomerId regular = shop.customer(QStringLiteral("13700000007"), shop.clerk);
    regularBuyer(shop, regular);
    Transaction transaction(shop.store().database().connection());
    ContactRepository(shop.store().database().connection())
        .recordSms({regular}, QDateTime(asOf.addDays(-3), QTime(11, 0), QTimeZone(8 * 3600)), shop.clerk);
    transaction.commit();
    shop.setToday(asOf.addDays(1));
    CHECK(shop.nightly(asOf).tasksCreated == 0);
    CHECK(shop.taskCount(regular, TaskPurpose::PurchaseCycle) == 0);
}

TEST_CASE("marketing follow-ups need consent and never pile up", "[services][follow-ups]")
{
    FollowUpShop shop;
    const CustomerId noConsent = shop.customer(QStringLiteral("13700000007"), shop.clerk, false);
    regularBuyer(shop, noConsent);
    CHECK(shop.nightly(asOf).tasksCreated == 0);

    FollowUpShop second;
    const CustomerId busy = second.customer(QStringLiteral("13700000008"), second.clerk);
    regularBuyer(second, busy);
    FollowUpTask holiday = second.draft(busy, second.today().addDays(20));
    holiday.purpose = TaskPurpose::Holiday; // an open marketing task already waits
    REQUIRE(second.store().followUps().create(holiday).ok());
    CHECK(second.nightly(asOf).tasksCreated == 0);
}

TEST_CASE(
    "a task goes to nobody when the clerk who registered the customer has left", "[services][follow-ups]")
{
    FollowUpShop shop;
    const CustomerId who = shop.customer(QStringLiteral("13700000009"), shop.other);
    shop.setBirthday(who, QDate(1995, 6, 17));
    sql::run(shop.store().database().connection(), QStringLiteral("UPDATE staff SET active = 0 WHERE id = ?"),
        {shop.other});
    CHECK(TaskGenerator(shop.store().database(), shop.t.clock()).run(asOf, 0, ServiceRules()) == 1);
    const QList<TaskRow> tasks = readValue(shop.store().followUps().forCustomer(who));
    REQUIRE(tasks.size() == 1);
    CHECK_FALSE(tasks[0].task.assignee);
    CHECK_FALSE(tasks[0].task.run);
}
