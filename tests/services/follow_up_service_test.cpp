#include "follow_up_fixture.h"

#include "services/follow_up_service.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QSignalSpy>

#include "support/read_checks.h"
#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::FollowUpShop;
using atelier::testing::readValue;

TEST_CASE("a follow-up cannot be planned for a day that has passed", "[services][follow-ups]")
{
    FollowUpShop shop;
    FollowUpService &tasks = shop.store().followUps();
    const CustomerId who = shop.customer(QStringLiteral("13800000001"));
    QSignalSpy changed(&tasks, &FollowUpService::tasksChanged);

    const TaskResult past = tasks.create(shop.draft(who, shop.today().addDays(-1)));
    CHECK_FALSE(past.ok());
    CHECK(past.message.contains(QStringLiteral("already passed")));
    CHECK(shop.taskCount() == 0);
    CHECK(changed.isEmpty());

    const TaskResult today = tasks.create(shop.draft(who, shop.today()));
    REQUIRE(today.ok());
    CHECK(changed.size() == 1);
    const std::optional<FollowUpTask> saved = readValue(tasks.find(*today.id));
    REQUIRE(saved);
    CHECK(saved->status == TaskStatus::Open);
    CHECK(saved->createdBy == std::optional<StaffId>(shop.clerk));
    CHECK(saved->generatedKey.isEmpty());
    CHECK(saved->note == QStringLiteral("ask about the coat"));
}

TEST_CASE("a follow-up needs a real customer and a current member of staff", "[services][follow-ups]")
{
    FollowUpShop shop;
    FollowUpService &tasks = shop.store().followUps();
    const CustomerId who = shop.customer(QStringLiteral("13800000002"));
    CHECK_FALSE(tasks.create(shop.draft(who + 100, shop.today())).ok());

    FollowUpTask draft = shop.draft(who, shop.today().addDays(3));
    draft.assignee = shop.other;
    sql::run(shop.store().database().connection(), QStringLiteral("UPDATE staff SET active = 0 WHERE id = ?"),
        {shop.other});
    CHECK_FALSE(tasks.create(draft).ok());
    draft.note = QString(FollowUpService::maxTextLength + 1, u'x');
    draft.assignee = shop.clerk;
    CHECK_FALSE(tasks.create(draft).ok());
    CHECK(shop.taskCount() == 0);
}

TEST_CASE("a marketing follow-up by hand needs the customer's consent", "[services][follow-ups]")
{
    FollowUpShop shop;
    FollowUpService &tasks = shop.store().followUps();
    const CustomerId willing = shop.customer(QStringLiteral("13800000003"), shop.clerk, true);
    const CustomerId unwilling = shop.customer(QStringLiteral("13800000004"), shop.clerk, false);
    for (TaskPurpose marketing : {TaskPurpose::Holiday, TaskPurpose::Dormant, TaskPurpose::PurchaseCycle}) {
        FollowUpTask draft = shop.draft(unwilling, shop.today().addDays(2));
        draft.purpose = marketing;
        const TaskResult refused = tasks.create(draft);
        CHECK_FALSE(refused.ok());
        CHECK(refused.message.contains(QStringLiteral("promotions")));
        draft.customer = willing;
        CHECK(tasks.create(draft).ok());
    }
    // Care is not marketing: a birthday greeting or a planned call-back needs no consent.
    FollowUpTask care = shop.draft(unwilling, shop.today().addDays(2));
    care.purpose = TaskPurpose::Birthday;
    CHECK(tasks.create(care).ok());
    // A complaint's call-back comes from the complaint, never from the calendar's form.
    care.purpose = TaskPurpose::ComplaintCallback;
    CHECK_FALSE(tasks.create(care).ok());
    CHECK(shop.taskCount() == 4);
}

TEST_CASE("several tasks move together or not at all", "[services][follow-ups]")
{
    FollowUpShop shop;
    FollowUpService &tasks = shop.store().followUps();
    const CustomerId who = shop.customer(QStringLiteral("13800000005"));
    const TaskId first = *tasks.create(shop.draft(who, shop.today().addDays(1))).id;
    const TaskId second = *tasks.create(shop.draft(who, shop.today().addDays(2))).id;
    REQUIRE(tasks.markDone(second, TaskOutcome::Reached, {}, {}, shop.clerk).ok());
    CHECK_FALSE(tasks.reschedule(QList<TaskId>{first, second}, shop.today().addDays(5)).ok());
    CHECK(readValue(tasks.find(first))->dueOn == shop.today().addDays(1)); // not moved alone

    const TaskId third = *tasks.create(shop.draft(who, shop.today().addDays(3))).id;
    QSignalSpy changed(&tasks, &FollowUpService::tasksChanged);
    REQUIRE(tasks.reschedule(QList<TaskId>{first, third}, shop.today().addDays(5)).ok());
    CHECK(readValue(tasks.find(first))->dueOn == shop.today().addDays(5));
    CHECK(readValue(tasks.find(third))->dueOn == shop.today().addDays(5));
    CHECK(changed.count() == 1);
}

TEST_CASE("rescheduling refuses past days and finished tasks", "[services][follow-ups]")
{
    FollowUpShop shop;
    FollowUpService &tasks = shop.store().followUps();
    const CustomerId who = shop.customer(QStringLiteral("13800000003"));
    const TaskId id = *tasks.create(shop.draft(who, shop.today().addDays(2))).id;

    const TaskResult past = tasks.reschedule(id, shop.today().addDays(-3));
    CHECK_FALSE(past.ok());
    CHECK_FALSE(past.message.isEmpty());
    CHECK(readValue(tasks.find(id))->dueOn == shop.today().addDays(2));

    REQUIRE(tasks.reschedule(id, shop.today().addDays(5)).ok());
    CHECK(readValue(tasks.find(id))->dueOn == shop.today().addDays(5));

    REQUIRE(tasks.markDone(id, TaskOutcome::Reached, {}, {}, shop.clerk).ok());
    CHECK_FALSE(tasks.reschedule(id, shop.today().addDays(6)).ok());
    CHECK_FALSE(tasks.cancel(id).ok());
    CHECK_FALSE(tasks.reschedule(id + 99, shop.today()).ok());
}

TEST_CASE("done with a dated next step plans the follow-on task", "[services][follow-ups]")
{
    FollowUpShop shop;
    FollowUpService &tasks = shop.store().followUps();
    const CustomerId who = shop.customer(QStringLiteral("13800000004"));
    const TaskId id = *tasks.create(shop.draft(who, shop.today())).id;

    // A next date in the past refuses the whole thing: the task stays open, nothing new.
    const TaskResult refused = tasks.markDone(id, TaskOutcome::VisitBooked, QStringLiteral("comes Saturday"),
        QStringLiteral("confirm the fitting"), shop.clerk, shop.today().addDays(-1));
    CHECK_FALSE(refused.ok());
    CHECK(readValue(tasks.find(id))->status == TaskStatus::Open);
    CHECK(shop.taskCount() == 1);
    CHECK_FALSE(tasks.markDone(id, TaskOutcome::None, {}, {}, shop.clerk).ok());

    const TaskResult done = tasks.markDone(id, TaskOutcome::VisitBooked, QStringLiteral("comes Saturday"),
        QStringLiteral("confirm the fitting"), shop.other, shop.today().addDays(4));
    REQUIRE(done.ok());
    REQUIRE(done.id);
    const FollowUpTask finished = *readValue(tasks.find(id));
    CHECK(finished.status == TaskStatus::Done);
    CHECK(finished.outcome == TaskOutcome::VisitBooked);
    CHECK(finished.outcomeNote == QStringLiteral("comes Saturday"));
    CHECK(finished.nextStep == QStringLiteral("confirm the fitting"));
    CHECK(finished.doneBy == std::optional<StaffId>(shop.other));
    CHECK(finished.doneAt.date() == shop.today());

    const FollowUpTask next = *readValue(tasks.find(*done.id));
    CHECK(next.status == TaskStatus::Open);
    CHECK(next.dueOn == shop.today().addDays(4));
    CHECK(next.purpose == TaskPurpose::Planned);
    CHECK(next.assignee == std::optional<StaffId>(shop.other));
    CHECK(next.note == QStringLiteral("confirm the fitting"));
    CHECK_FALSE(tasks.markDone(id, TaskOutcome::Reached, {}, {}, shop.clerk).ok());
}

TEST_CASE("the calendar counts a month and lists a day, mine or everyone's", "[services][follow-ups]")
{
    FollowUpShop shop;
    FollowUpService &tasks = shop.store().followUps();
    const CustomerId who = shop.customer(QStringLiteral("13800000005"));
    const QDate today = shop.today();
    FollowUpTask mine = shop.draft(who, today);
    mine.assignee = shop.clerk;
    FollowUpTask theirs = shop.draft(who, today);
    theirs.assignee = shop.other;
    theirs.purpose = TaskPurpose::Holiday;
    FollowUpTask nobodys = shop.draft(who, today.addDays(3));
    FollowUpTask overdue = shop.draft(who, today);
    overdue.assignee = shop.clerk;
    for (const FollowUpTask &task : {mine, theirs, nobodys, overdue})
        REQUIRE(tasks.create(task).ok());
    // Let one fall overdue: the clock moves two days on.
    shop.setToday(today.addDays(2));

    std::vector<DayCount> month = readValue(tasks.monthCounts(QDate(2026, 6, 1), QDate(2026, 6, 30), {}));
    REQUIRE(month.size() == 2);
    CHECK(month[0].day == today);
    CHECK(month[0].total == 3);
    CHECK(month[0].overdue == 3);
    CHECK(month[1].total == 1);
    CHECK(month[1].overdue == 0);

    TaskFilter other = TaskFilter::mine(shop.other);
    month = readValue(tasks.monthCounts(QDate(2026, 6, 1), QDate(2026, 6, 30), other));
    REQUIRE(month.size() == 2);
    CHECK(month[0].total == 1); // theirs; the unassigned one counts as everyone's
    CHECK(month[1].total == 1);
    other.includeUnassigned = false;
    CHECK(readValue(tasks.monthCounts(QDate(2026, 6, 1), QDate(2026, 6, 30), other)).size() == 1);

    TaskFilter holidays;
    holidays.purposes = {TaskPurpose::Holiday};
    CHECK(readValue(tasks.dayList(today, holidays)).size() == 1);
    CHECK(readValue(tasks.dayList(today, {})).size() == 3);
    CHECK(readValue(tasks.dayList(today, {})).first().customerName == QStringLiteral("顾客"));

    const QList<TaskRow> clerks = readValue(tasks.todayAndOverdue(TaskFilter::mine(shop.clerk)));
    CHECK(clerks.size() == 2); // the two overdue ones of the clerk; nothing today
    REQUIRE(tasks.cancel(clerks[0].task.id).ok());
    CHECK(readValue(tasks.todayAndOverdue(TaskFilter::mine(shop.clerk))).size() == 1);
    CHECK(readValue(tasks.overdue({})).size() == 2);
    shop.setToday(today.addDays(3));
    CHECK(
        readValue(tasks.todayAndOverdue(TaskFilter::mine(shop.clerk))).size() == 2); // + nobody's task today
}

TEST_CASE("a follow-up read that fails gives its reason, not an empty list", "[services][follow-ups]")
{
    FollowUpShop shop;
    FollowUpService &tasks = shop.store().followUps();
    const CustomerId who = shop.customer(QStringLiteral("13800000009"));
    REQUIRE(tasks.create(shop.draft(who, shop.today())).ok());
    atelier::testing::dropTable(shop.store(), QStringLiteral("follow_up_tasks"));
    for (const ReadResult<QList<TaskRow>> &rows : {tasks.dayList(shop.today(), {}), tasks.todayAndOverdue({}),
             tasks.overdue({}), tasks.forCustomer(who)}) {
        CHECK_FALSE(rows.ok());
        CHECK_FALSE(rows.error.isEmpty());
    }
    const ReadResult<std::vector<DayCount>> month
        = tasks.monthCounts(shop.today().addDays(-3), shop.today().addDays(30), {});
    CHECK_FALSE(month.ok());
    CHECK_FALSE(month.error.isEmpty());
}
