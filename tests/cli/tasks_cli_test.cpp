#include "cli_runner.h"

#include "core/clock.h"
#include "services/customer_service.h"
#include "services/follow_up_service.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QTimeZone>

using namespace atelier;
using namespace atelier::testing;

namespace {

const QString header = QStringLiteral(
    "id,due_on,customer_id,purpose,channel,assignee_id,status,overdue,outcome,generated_key");

// The CLI runs on the real clock: the tasks are planned around the real today.
struct TaskStore
{
    QTemporaryDir dir;
    TestLocation location{dir.path(), QStringLiteral("tasks.sqlite")};
    QDate today = QDate::currentDate();
    TaskId overdue = 0, dueToday = 0, done = 0, tomorrow = 0;

    QString database() const { return location.text(); }

    TaskStore()
    {
        FixedClock clock(QDateTime(today.addDays(-3), QTime(10, 0), QTimeZone(8 * 3600)));
        Store store(&clock);
        REQUIRE(store.open(database()));
        const CustomerId who
            = *store.customers().registerCustomer(QStringLiteral("王芳"), QStringLiteral("13700000001")).id;
        // A holiday greeting is marketing: she has agreed to it.
        sql::run(store.database().connection(),
            QStringLiteral("UPDATE customers SET consent_marketing = 1 WHERE id = ?"), {qlonglong(who)});
        const auto plan = [&](const QDate &due, TaskPurpose purpose) {
            FollowUpTask task;
            task.customer = who;
            task.dueOn = due;
            task.purpose = purpose;
            task.channel = TaskChannel::WeChat;
            const TaskResult made = store.followUps().create(task);
            REQUIRE(made.ok());
            return *made.id;
        };
        overdue = plan(today.addDays(-3), TaskPurpose::Planned);
        dueToday = plan(today, TaskPurpose::Holiday);
        done = plan(today, TaskPurpose::Planned);
        tomorrow = plan(today.addDays(1), TaskPurpose::LifeEvent);
        clock.set(QDateTime(today, QTime(9, 0), QTimeZone(8 * 3600)));
        REQUIRE(store.followUps().markDone(done, TaskOutcome::NoAnswer, {}, {}, {}).ok());
    }

    QStringList run(const QStringList &arguments)
    {
        const CliRun result = runCli(
            QStringList{QStringLiteral("--db"), database(), QStringLiteral("tasks")} + arguments, dir.path());
        REQUIRE(result.exitCode == 0);
        QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        REQUIRE(!lines.isEmpty());
        CHECK(lines.takeFirst() == header);
        return lines;
    }
};

QString idOf(const QString &line)
{
    return line.section(u',', 0, 0);
}

} // namespace

TEST_CASE("cli tasks lists today's tasks, a day's, and the overdue ones as CSV", "[cli][follow-ups]")
{
    TaskStore store;
    const QString day = store.today.toString(Qt::ISODate);

    const QStringList today = store.run({});
    REQUIRE(today.size() == 2);
    CHECK(idOf(today[0]) == QString::number(store.dueToday));
    CHECK(today[0].section(u',', 1, 4) == day + QStringLiteral(",1,holiday,wechat"));
    CHECK(today[0].section(u',', 6, 8) == QStringLiteral("open,0,"));
    CHECK(today[1].section(u',', 6, 8) == QStringLiteral("done,0,no_answer"));

    const QStringList tomorrow
        = store.run({QStringLiteral("--date"), store.today.addDays(1).toString(Qt::ISODate)});
    REQUIRE(tomorrow.size() == 1);
    CHECK(idOf(tomorrow[0]) == QString::number(store.tomorrow));

    const QStringList overdue = store.run({QStringLiteral("--overdue")});
    REQUIRE(overdue.size() == 1);
    CHECK(idOf(overdue[0]) == QString::number(store.overdue));
    CHECK(overdue[0].section(u',', 6, 7) == QStringLiteral("open,1"));

    const QStringList both = store.run({QStringLiteral("--overdue"), QStringLiteral("--date"), day});
    REQUIRE(both.size() == 3);
    CHECK(idOf(both[0]) == QString::number(store.overdue));

    const CliRun bad = runCli({QStringLiteral("--db"), store.database(), QStringLiteral("tasks"),
                                  QStringLiteral("--date"), QStringLiteral("tomorrow")},
        store.dir.path());
    CHECK(bad.exitCode == 2);
}
