// bench_calendar DB: the follow-up calendar on the 100 000-customer demo store (generated when DB is
// missing; the demo writes a year of done follow-ups and a month of open ones). On a copy scored by
// the nightly job as of 2026-06-29, with "today" 2026-07-01:
//   reads       FollowUpService::monthCounts for July's six-week grid and dayList for its busiest
//               day, everyone's and one clerk's; 7 runs each, cold (a freshly opened connection per
//               run) and warm (the same connection)
//   generation  TaskGenerator for the night of 2026-06-30 inside a transaction, as the nightly job
//               runs it; 5 rounds, each on a fresh copy so that it really creates its tasks
#include "bench_support.h"

#include "core/clock.h"
#include "services/follow_up_service.h"
#include "services/nightly_job.h"
#include "services/service_settings.h"
#include "services/staff_directory.h"
#include "services/store.h"
#include "services/task_generator.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace atelier;

namespace {

// A benchmark measures reads that work; a failed one stops it with its sentence.
template <typename T> T readValue(ReadResult<T> result)
{
    if (!result.ok()) {
        std::fprintf(stderr, "read failed: %s\n", qPrintable(result.error));
        std::exit(1);
    }
    return std::move(*result.value);
}

const QDate scoredAsOf(2026, 6, 29);
const QDate night(2026, 6, 30);
const QDate today(2026, 7, 1);

FixedClock clockAtToday()
{
    return FixedClock(QDateTime(today, QTime(10, 0), QTimeZone(8 * 3600)));
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

using Read = std::function<int(FollowUpService &)>;

void timeRead(const char *what, const QString &path, const Read &read)
{
    FixedClock clock = clockAtToday();
    QList<double> cold, warm;
    int rows = 0;
    for (int run = 0; run < 7; ++run) {
        Store store(&clock);
        if (!store.open(path))
            std::exit(1);
        QElapsedTimer timer;
        timer.start();
        rows = read(store.followUps());
        cold << msSince(timer);
    }
    Store store(&clock);
    if (!store.open(path))
        std::exit(1);
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        read(store.followUps());
        warm << msSince(timer);
    }
    std::printf("| %s | %d | %.1f ms | %.1f ms | %.1f ms |\n", what, rows, bench::median(cold),
        bench::median(warm), bench::percentile(warm + cold, 100));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_calendar DATABASE\n");
        return 2;
    }
    const QString source = QString::fromLocal8Bit(argv[1]);
    {
        Store store;
        bench::openDemoStore(store, source);
    }
    QTemporaryDir dir(QFileInfo(source).absolutePath() + QStringLiteral("/calendar-XXXXXX"));
    const QString scored = dir.filePath(QStringLiteral("scored.sqlite"));
    const QString copy = dir.filePath(QStringLiteral("night.sqlite"));
    if (!QFile::copy(source, scored))
        return 1;
    std::optional<StaffId> clerk;
    {
        FixedClock clock = clockAtToday();
        Store store(&clock);
        if (!store.open(scored))
            return 1;
        const NightlyRun run
            = NightlyJob(store.database(), clock).run(scoredAsOf, NightlyRun::StartedBy::Cli);
        if (run.result != NightlyRun::Result::Ok) {
            std::fprintf(stderr, "nightly failed: %s\n", qPrintable(run.message));
            return 1;
        }
        std::fprintf(stderr, "scored as of %s: %d tasks planned\n",
            qPrintable(scoredAsOf.toString(Qt::ISODate)), run.tasksCreated);
        clerk = readValue(store.staff().active()).first().id;
    }

    // The busiest day of the month, everyone's.
    QDate busiest;
    {
        FixedClock clock = clockAtToday();
        Store store(&clock);
        if (!store.open(scored))
            return 1;
        int most = -1;
        for (const DayCount &day :
            readValue(store.followUps().monthCounts(QDate(2026, 7, 1), QDate(2026, 7, 31), {})))
            if (day.total > most) {
                most = day.total;
                busiest = day.day;
            }
    }
    const QDate gridFirst(2026, 6, 29); // the Monday before 1 July
    const QDate gridLast = gridFirst.addDays(41);
    std::printf("| read | rows | cold (median of 7) | warm (median of 7) | worst |\n|---|---|---|---|---|\n");
    timeRead("month counts, July grid, everyone", scored,
        [&](FollowUpService &t) { return int(readValue(t.monthCounts(gridFirst, gridLast, {})).size()); });
    timeRead("month counts, July grid, one clerk's", scored, [&](FollowUpService &t) {
        return int(readValue(t.monthCounts(gridFirst, gridLast, TaskFilter::mine(*clerk))).size());
    });
    const QByteArray busiestText = busiest.toString(Qt::ISODate).toLatin1();
    const QByteArray dayWhat = "day list, busiest day (" + busiestText + "), everyone";
    timeRead(dayWhat.constData(), scored,
        [&](FollowUpService &t) { return int(readValue(t.dayList(busiest, {})).size()); });
    timeRead("today and overdue, one clerk's", scored, [&](FollowUpService &t) {
        return int(readValue(t.todayAndOverdue(TaskFilter::mine(*clerk))).size());
    });

    QList<double> generation;
    int created = 0;
    for (int round = 0; round < 5; ++round) {
        QFile::remove(copy);
        if (!QFile::copy(scored, copy))
            return 1;
        FixedClock clock = clockAtToday();
        Database db;
        if (!db.open(copy))
            return 1;
        const ServiceRules rules = ServiceSettings(db).rules();
        QElapsedTimer timer;
        timer.start();
        Transaction transaction(db.connection(), Transaction::Mode::Immediate);
        created = TaskGenerator(db, clock).run(night, 0, rules);
        transaction.commit();
        generation << msSince(timer);
    }
    std::printf(
        "\nTask generation for the night of %s: %d tasks created; median %.0f ms, min %.0f ms, max %.0f ms "
        "(5 rounds, fresh copy each).\n",
        qPrintable(night.toString(Qt::ISODate)), created, bench::median(generation),
        *std::min_element(generation.begin(), generation.end()), bench::percentile(generation, 100));
    return 0;
}
