#include "follow_up_fixture.h"

#include "core/display_format.h"
#include "services/customer_erasure.h"
#include "services/follow_up_service.h"
#include "services/language.h"
#include "services/loyalty_service.h"
#include "services/nightly_job.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/follow_up_repository.h"
#include "storage/migrator.h"
#include "storage/nightly_run_repository.h"
#include "storage/sql.h"

#include "support/language_scope.h"
#include "support/read_checks.h"

#include <catch2/catch.hpp>

#include <QLocale>
#include <QTemporaryDir>

#include <atomic>

using namespace atelier;
using atelier::testing::FollowUpShop;
using atelier::testing::LanguageScope;
using atelier::testing::readValue;

namespace {

const QDate asOf(2026, 6, 14);
const QDate birthday(2026, 6, 18);

FollowUpTask birthdayTaskOf(FollowUpShop &shop, CustomerId who)
{
    const QList<TaskRow> rows = readValue(shop.store().followUps().forCustomer(who));
    for (const TaskRow &row : rows)
        if (row.task.purpose == TaskPurpose::Birthday)
            return row.task;
    FAIL("no birthday task");
    return {};
}

} // namespace

TEST_CASE("a note planned in English reads in Chinese after a language switch", "[services][stored-words]")
{
    FollowUpShop shop;
    const CustomerId who = shop.customer(QStringLiteral("13700000001"), shop.clerk, false);
    shop.setBirthday(who, QDate(1990, 6, 18));
    {
        const LanguageScope english(QStringLiteral("en"));
        shop.nightly(asOf);
        const FollowUpTask task = birthdayTaskOf(shop, who);
        CHECK(task.note == QStringLiteral("Birthday on ") + DisplayFormat::dayInSentence(birthday));
    }

    const LanguageScope chinese(QStringLiteral("zh_CN"));
    const FollowUpTask task = birthdayTaskOf(shop, who);
    CHECK(task.note == DisplayFormat::dayInSentence(birthday) + QStringLiteral(" 生日"));
    CHECK(task.note.startsWith(QStringLiteral("6月18日")));
    // The words as written stay beside the kind, for older readers.
    CHECK(task.noteWords.text.startsWith(QStringLiteral("Birthday on ")));
    // The calendar's day list reads the same way.
    const QList<TaskRow> day = readValue(shop.store().followUps().dayList(birthday, TaskFilter()));
    REQUIRE(day.size() == 1);
    CHECK(day[0].task.note == task.note);
}

TEST_CASE("a nightly run's message written in English reads in Chinese after a language switch",
    "[services][stored-words][nightly]")
{
    FollowUpShop shop;
    std::atomic_bool cancel = false;
    {
        const LanguageScope english(QStringLiteral("en"));
        const auto progress = [&](int percent, const QString &) {
            if (percent >= 40)
                cancel = true;
        };
        const NightlyRun run = NightlyJob(shop.store().database(), shop.t.clock())
                                   .run(asOf, NightlyRun::StartedBy::Manual, progress, &cancel);
        REQUIRE(run.result == NightlyRun::Result::Cancelled);
        CHECK(run.message == QStringLiteral("Cancelled; the previous results are unchanged."));
    }

    const LanguageScope chinese(QStringLiteral("zh_CN"));
    const QList<NightlyRun> runs = readValue(shop.store().loyalty().recentRuns(1));
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].message == QStringLiteral("已取消；之前的结果保持不变。"));
}

TEST_CASE("a note whose kind a newer version wrote shows its stored text", "[services][stored-words]")
{
    FollowUpShop shop;
    const CustomerId who = shop.customer(QStringLiteral("13700000001"), shop.clerk, false);
    shop.setBirthday(who, QDate(1990, 6, 18));
    shop.nightly(asOf);
    const TaskId id = birthdayTaskOf(shop, who).id;
    // As a newer version would write it: a kind this one does not know, arguments of its own.
    sql::run(shop.store().database().connection(),
        QStringLiteral("UPDATE follow_up_tasks SET note = ?, note_kind = ?, note_args = ? WHERE id = ?"),
        {QStringLiteral("Birthday (60th) on 6/18/26"), QStringLiteral("round_birthday"),
            QStringLiteral("[\"2026-06-18\",60]"), id});
    sql::run(shop.store().database().connection(),
        QStringLiteral("UPDATE nightly_runs SET message = ?, message_kind = ?, message_args = ?"),
        {QStringLiteral("Refit skipped: 3% more purchase days"), QStringLiteral("refit_skipped_v9"),
            QStringLiteral("not json")});

    const LanguageScope chinese(QStringLiteral("zh_CN"));
    const std::optional<FollowUpTask> task = readValue(shop.store().followUps().find(id));
    REQUIRE(task);
    CHECK(task->note == QStringLiteral("Birthday (60th) on 6/18/26"));
    const QList<NightlyRun> runs = readValue(shop.store().loyalty().recentRuns(1));
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].message == QStringLiteral("Refit skipped: 3% more purchase days"));
}

TEST_CASE("notes and messages stored before kinds keep their text after the migration",
    "[services][stored-words][migrations][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    const int before = 15; // the version before 016_stored_words
    REQUIRE(Migrator::latestVersion() > before);
    {
        Database old;
        REQUIRE(old.openAtVersion(path, before));
        for (const char *statement :
            {"INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES (1, 'x', '13900000000', "
             "'2025-06-01T10:00:00+08:00', '2025-06-01T10:00:00+08:00')",
                "INSERT INTO follow_up_tasks (id, customer_id, due_on, channel, purpose, note, created_at) "
                "VALUES (1, 1, '2025-06-15', 'wechat', 'birthday', 'Birthday on 15 Jun 2025', "
                "'2025-06-10T02:00:00+08:00')",
                "INSERT INTO nightly_runs (id, as_of, started_by, started_at, finished_at, result, message) "
                "VALUES (1, '2025-06-09', 'timer', '2025-06-10T02:00:00+08:00', '2025-06-10T02:00:03+08:00', "
                "'cancelled', 'Cancelled; the previous results are unchanged.')"})
            sql::execute(old.connection(), QString::fromLatin1(statement));
    }
    Database db;
    REQUIRE(db.open(path));
    const LanguageScope chinese(QStringLiteral("zh_CN"));
    const std::optional<FollowUpTask> task = FollowUpRepository(db.connection()).find(1);
    REQUIRE(task);
    CHECK(task->note == QStringLiteral("Birthday on 15 Jun 2025"));
    CHECK(task->noteWords.kind.isEmpty());
    const QList<NightlyRun> runs = NightlyRunRepository(db.connection()).recent(1);
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].message == QStringLiteral("Cancelled; the previous results are unchanged."));
}

TEST_CASE(
    "an erased customer's generated notes lose their arguments too", "[services][stored-words][erasure]")
{
    FollowUpShop shop;
    const CustomerId who = shop.customer(QStringLiteral("13700000001"), shop.clerk, false);
    shop.setBirthday(who, QDate(1990, 6, 18));
    shop.nightly(asOf);
    const TaskId id = birthdayTaskOf(shop, who).id;
    // Done tasks stay after an erasure (the staff's figures count them).
    REQUIRE(
        shop.store().followUps().markDone(id, TaskOutcome::Reached, QString(), QString(), shop.clerk).done);

    REQUIRE(shop.store().erasure().erase(who).ok());

    const std::optional<FollowUpTask> task = readValue(shop.store().followUps().find(id));
    REQUIRE(task);
    CHECK(task->note.isEmpty());
    CHECK(task->noteWords.kind.isEmpty());
    CHECK(task->noteWords.args.isEmpty());
}
