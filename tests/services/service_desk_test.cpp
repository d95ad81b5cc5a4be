#include "services/counter_shift.h"
#include "services/customer_service.h"
#include "services/service_settings.h"
#include "services/staff_directory.h"
#include "storage/database.h"
#include "storage/follow_up_repository.h"
#include "storage/sql.h"
#include "storage/staff_repository.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::readValue;
using atelier::testing::TempStore;

TEST_CASE("Service rules are saved whole or not at all", "[service]")
{
    TempStore t;
    ServiceSettings &settings = t.store().serviceSettings();
    CHECK(settings.rules().phoneMinutes == 15);

    ServiceRules rules;
    rules.phoneMinutes = 20;
    rules.opensAt = 9 * 60 + 30;
    rules.quietDays = 30;
    CHECK(settings.save(rules).ok());
    CHECK(settings.rules().phoneMinutes == 20);
    CHECK(settings.rules().opensAt == 9 * 60 + 30);
    CHECK(settings.rules().quietDays == 30);

    ServiceRules wrong = rules;
    wrong.wechatMinutes = 45; // a sound change...
    wrong.closesAt = 8 * 60; // ...next to one that is refused
    CHECK_FALSE(settings.save(wrong).ok());
    CHECK(settings.rules().wechatMinutes == 60);
    CHECK(settings.rules().closesAt == 22 * 60);
}

TEST_CASE("A stored service rulebook that makes no sense falls back to the defaults", "[service]")
{
    TempStore t;
    sql::run(t.store().database().connection(),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('service.hours.closes_at', '300')"));
    CHECK(t.store().serviceSettings().rules().closesAt == 22 * 60);
}

TEST_CASE("A shift begins only for active staff and says so", "[service]")
{
    TempStore t;
    StaffRepository staff(t.store().database().connection());
    const StaffId wang = staff.insert(QStringLiteral("小王"), false);
    const StaffId li = staff.insert(QStringLiteral("小李"), false);
    sql::run(t.store().database().connection(), QStringLiteral("UPDATE staff SET active = 0 WHERE id = ?"),
        {qlonglong(li)});

    CounterShift &shift = t.store().shift();
    QSignalSpy changed(&shift, &CounterShift::changed);
    CHECK_FALSE(shift.clerk());
    CHECK(shift.begin(wang));
    CHECK(shift.clerkId() == wang);
    CHECK(shift.clerk()->name == QStringLiteral("小王"));
    CHECK_FALSE(shift.begin(li));
    CHECK_FALSE(shift.begin(9999));
    CHECK(shift.clerkId() == wang);
    shift.end();
    CHECK_FALSE(shift.clerkId());
    CHECK(changed.count() == 2);

    CHECK(readValue(t.store().staff().all()).size() == 2);
    REQUIRE(readValue(t.store().staff().active()).size() == 1);
    CHECK(readValue(t.store().staff().active()).front().id == wang);
    CHECK(readValue(t.store().staff().find(li))->active == false);
}

TEST_CASE("A generated task is stored once per key", "[service]")
{
    TempStore t;
    const CustomerId customer
        = *t.store().customers().registerCustomer(QStringLiteral("李娜"), QStringLiteral("13700000001")).id;
    FollowUpRepository tasks(t.store().database().connection());
    FollowUpTask task;
    task.customer = customer;
    task.dueOn = QDate(2026, 6, 20);
    task.purpose = TaskPurpose::Birthday;
    task.channel = TaskChannel::WeChat;
    task.generatedKey = QStringLiteral("birthday:%1:2026").arg(customer);
    task.createdAt = t.clock().now();
    CHECK(tasks.insertGenerated(task));
    task.dueOn = QDate(2026, 6, 21);
    CHECK_FALSE(tasks.insertGenerated(task));
    CHECK(
        sql::scalar(t.store().database().connection(), QStringLiteral("SELECT count(*) FROM follow_up_tasks"))
            .toInt()
        == 1);

    FollowUpTask manual = task;
    manual.generatedKey.clear();
    const TaskId first = tasks.insert(manual);
    const TaskId second = tasks.insert(manual); // hand-made tasks have no key and may repeat
    CHECK(first != second);
    const auto found = tasks.find(first);
    REQUIRE(found);
    CHECK(found->generatedKey.isEmpty());
    CHECK(found->dueOn == QDate(2026, 6, 21));
    CHECK(found->purpose == TaskPurpose::Birthday);
    CHECK(found->status == TaskStatus::Open);
    CHECK_FALSE(found->assignee);
}
