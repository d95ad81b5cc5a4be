#include "follow_up_fixture.h"

#include "core/sale.h"
#include "core/stored_time.h"
#include "services/customer_service.h"
#include "services/nightly_job.h"
#include "services/sale_service.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/staff_repository.h"
#include "support/loyalty_store.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

namespace atelier::testing {

namespace {
const QTimeZone zone(8 * 3600);
}

FollowUpShop::FollowUpShop()
{
    StaffRepository staff(t.store().database().connection());
    clerk = staff.insert(QStringLiteral("小王"), false);
    other = staff.insert(QStringLiteral("小李"), false);
}

CustomerId FollowUpShop::customer(const QString &phone, std::optional<StaffId> by, bool consent)
{
    const SaveResult saved = t.store().customers().registerCustomer(QStringLiteral("顾客"), phone, by);
    REQUIRE(saved.id);
    sql::run(t.store().database().connection(),
        QStringLiteral("UPDATE customers SET consent_marketing = ? WHERE id = ?"),
        {consent ? 1 : 0, *saved.id});
    return *saved.id;
}

void FollowUpShop::setBirthday(CustomerId who, const QDate &birthday)
{
    sql::run(t.store().database().connection(),
        QStringLiteral("UPDATE customers SET birthday = ?, consent_profile = 1 WHERE id = ?"),
        {toStoredText(birthday), who});
}

void FollowUpShop::buy(CustomerId who, const QDate &day, Money price)
{
    testing::recordSaleAt(t.store(), who, QDateTime(day, QTime(15, 0), zone), price);
}

NightlyRun FollowUpShop::nightly(const QDate &asOf)
{
    const NightlyRun run
        = NightlyJob(t.store().database(), t.clock()).run(asOf, NightlyRun::StartedBy::Manual);
    REQUIRE(run.result == NightlyRun::Result::Ok);
    // Written with the foreign key checks off: every key names a row that exists.
    const QSqlDatabase db = t.store().database().connection();
    // PostgreSQL checks every key, always.
    if (backendOf(db) == Backend::SQLite) {
        CHECK(sql::scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
        CHECK(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM pragma_foreign_key_check")).toInt() == 0);
    }
    return run;
}

FollowUpTask FollowUpShop::draft(CustomerId who, const QDate &due)
{
    FollowUpTask task;
    task.customer = who;
    task.dueOn = due;
    task.channel = TaskChannel::Phone;
    task.purpose = TaskPurpose::Planned;
    task.note = QStringLiteral("ask about the coat");
    task.createdBy = clerk;
    return task;
}

int FollowUpShop::taskCount()
{
    return sql::scalar(
        t.store().database().connection(), QStringLiteral("SELECT COUNT(*) FROM follow_up_tasks"))
        .toInt();
}

int FollowUpShop::taskCount(CustomerId who, TaskPurpose purpose)
{
    return sql::scalar(t.store().database().connection(),
        QStringLiteral("SELECT COUNT(*) FROM follow_up_tasks WHERE customer_id = ? AND purpose = ?"),
        {who, toCode(purpose)})
        .toInt();
}

void FollowUpShop::setToday(const QDate &day)
{
    t.clock().set(QDateTime(day, QTime(10, 0), zone));
}

} // namespace atelier::testing
