#include "core/archive_query.h"
#include "services/archive_service.h"
#include "services/background_runner.h"
#include "services/demo_store.h"
#include "services/nightly_job.h"
#include "services/reports.h"
#include "services/sales_import.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "support/temp_store.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QThread>
#include <QThreadStorage>

#include <catch2/catch.hpp>

#include <atomic>
#include <memory>

using namespace atelier;
using atelier::testing::TempStore;
using namespace std::chrono_literals;

namespace {

// Turns the event loop until `done` holds or five seconds pass.
bool waitFor(const std::function<bool()> &done)
{
    QDeadlineTimer deadline(5000);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
    return done();
}

// Lets the queued deliveries of finished jobs arrive.
void settle()
{
    REQUIRE(waitFor([] { return BackgroundRunner::runningCount() == 0; }));
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("the result arrives on the context's thread", "[services][background]")
{
    BackgroundRunner runner(QStringLiteral("test"));
    QObject context;
    QThread *worker = nullptr;
    QThread *delivered = nullptr;
    std::optional<BackgroundResult<int>> result;
    runner.run(
        &context,
        [&worker](BackgroundJob &) {
            worker = QThread::currentThread();
            return 42;
        },
        [&](BackgroundResult<int> r) {
            delivered = QThread::currentThread();
            result = r;
        });
    CHECK(runner.isRunning());
    REQUIRE(waitFor([&] { return result.has_value(); }));
    CHECK(result->ok());
    CHECK(*result->value == 42);
    CHECK_FALSE(result->cancelled);
    CHECK(delivered == QThread::currentThread());
    CHECK(worker != QThread::currentThread());
    CHECK_FALSE(runner.isRunning());
}

TEST_CASE("progress arrives in order on the context's thread", "[services][background]")
{
    BackgroundRunner runner(QStringLiteral("test"));
    QObject context;
    QList<int> seen;
    bool finished = false;
    runner.setProgressHandler([&seen](const BackgroundProgress &p) {
        CHECK(QThread::currentThread() == QCoreApplication::instance()->thread());
        seen << p.done;
    });
    runner.run(
        &context,
        [](BackgroundJob &job) {
            for (int i = 1; i <= 3; ++i)
                job.progress(i, 3);
            return true;
        },
        [&finished](BackgroundResult<bool>) { finished = true; });
    REQUIRE(waitFor([&] { return finished; }));
    CHECK(seen == QList<int>{1, 2, 3});
}

TEST_CASE("nothing is delivered after the context is gone", "[services][background]")
{
    BackgroundRunner runner(QStringLiteral("test"));
    auto context = std::make_unique<QObject>();
    std::atomic_bool release = false;
    bool called = false;
    runner.run(
        context.get(),
        [&release](BackgroundJob &job) {
            while (!release)
                QThread::msleep(1);
            job.post([] { FAIL("an intermediate result reached a destroyed context"); });
            return 1;
        },
        [&called](BackgroundResult<int>) { called = true; });
    context.reset();
    release = true;
    settle();
    CHECK_FALSE(called);
}

TEST_CASE(
    "a newer run makes the older one stale: asked to cancel and its result dropped", "[services][background]")
{
    BackgroundRunner runner(QStringLiteral("test"));
    QObject context;
    std::atomic_bool olderSawCancel = false;
    QList<int> results;
    runner.run(
        &context,
        [&olderSawCancel](BackgroundJob &job) {
            while (!job.cancelled())
                QThread::msleep(1);
            olderSawCancel = true;
            return 1;
        },
        [&results](BackgroundResult<int> r) { results << *r.value; });
    runner.run(
        &context, [](BackgroundJob &) { return 2; },
        [&results](BackgroundResult<int> r) { results << *r.value; });
    settle();
    CHECK(olderSawCancel);
    CHECK(results == QList<int>{2});
}

TEST_CASE("cancel stops the work and the result says so", "[services][background]")
{
    BackgroundRunner runner(QStringLiteral("test"));
    QObject context;
    std::optional<BackgroundResult<int>> result;
    std::atomic_bool started = false;
    runner.run(
        &context,
        [&started](BackgroundJob &job) {
            started = true;
            int turns = 0;
            while (!job.cancelled())
                ++turns, QThread::msleep(1);
            return turns;
        },
        [&result](BackgroundResult<int> r) { result = r; });
    REQUIRE(waitFor([&] { return started.load(); }));
    runner.cancel();
    REQUIRE(waitFor([&] { return result.has_value(); }));
    CHECK(result->cancelled);
}

TEST_CASE("a runner without a store gives the work none", "[services][background]")
{
    BackgroundRunner runner(QStringLiteral("test"));
    QObject context;
    std::optional<BackgroundResult<bool>> result;
    runner.run(
        &context, [](BackgroundJob &job) { return job.hasStore(); },
        [&result](BackgroundResult<bool> r) { result = r; });
    REQUIRE(waitFor([&] { return result.has_value(); }));
    CHECK(result->ok());
    CHECK_FALSE(*result->value);

    // Asking for one anyway is a failure with a sentence, not a crash.
    result.reset();
    runner.run(
        &context, [](BackgroundJob &job) { return job.store().path().isEmpty(); },
        [&result](BackgroundResult<bool> r) { result = r; });
    REQUIRE(waitFor([&] { return result.has_value(); }));
    CHECK_FALSE(result->ok());
    CHECK_FALSE(result->error.isEmpty());
}

TEST_CASE("quitting ends the idle worker threads, so what a job left per thread is freed before exit",
    "[services][background]")
{
    // Qt keeps a font cache per thread (fontconfig's patterns, after a job laid out a PDF's text): a
    // worker idle in the pool at exit still holds it, and LeakSanitizer reports it
    // (tools/check-sanitizers). A QThreadStorage stands in for that cache, as Qt's is one: Qt frees it
    // as the thread finishes, before QThread::wait() returns. (A C++ thread_local would not do: it is
    // destroyed later, as the system thread exits, and a check right after the wait races with it.)
    static std::atomic_bool freed = false;
    struct PerThread
    {
        ~PerThread() { freed = true; }
    };
    static QThreadStorage<PerThread *> kept;
    BackgroundRunner runner(QStringLiteral("pdf"));
    QObject context;
    std::optional<BackgroundResult<bool>> result;
    runner.run(
        &context,
        [](BackgroundJob &) {
            kept.setLocalData(new PerThread);
            return true;
        },
        [&result](BackgroundResult<bool> r) { result = r; });
    REQUIRE(waitFor([&] { return result.has_value(); }));
    settle();
    REQUIRE_FALSE(freed); // its thread waits in the pool for the next job

    CHECK(BackgroundRunner::waitForAll(10s));
    CHECK(freed);
}

TEST_CASE(
    "a job that cannot be cancelled runs to its end and quitting waits for it", "[services][background]")
{
    BackgroundRunner runner(QStringLiteral("restore"));
    runner.setCancellable(false);
    QObject context;
    std::atomic_bool started = false;
    std::optional<BackgroundResult<bool>> result;
    runner.run(
        &context,
        [&started](BackgroundJob &job) {
            started = true;
            QThread::msleep(300);
            return job.cancelled();
        },
        [&result](BackgroundResult<bool> r) { result = r; });
    REQUIRE(waitFor([&] { return started.load(); }));
    runner.cancel();
    CHECK(BackgroundRunner::waitForAll(10ms)); // beyond its bound: it must not be cut short
    CHECK(BackgroundRunner::runningCount() == 0);
    REQUIRE(waitFor([&] { return result.has_value(); }));
    CHECK(result->ok());
    CHECK_FALSE(*result->value);
    CHECK_FALSE(result->cancelled);
}

TEST_CASE("an exception in the work becomes a failed result", "[services][background]")
{
    BackgroundRunner runner(QStringLiteral("test"));
    QObject context;
    std::optional<BackgroundResult<int>> result;
    runner.run(
        &context, [](BackgroundJob &) -> int { throw std::runtime_error("statement failed"); },
        [&result](BackgroundResult<int> r) { result = r; });
    REQUIRE(waitFor([&] { return result.has_value(); }));
    CHECK_FALSE(result->ok());
    CHECK_FALSE(result->error.isEmpty());
}

TEST_CASE("the worker's store acts for the caller: same file and clock and actor and role",
    "[services][background]")
{
    TempStore t;
    t.store().setActor(AuditActor::staff(7, QStringLiteral("小王")));
    t.store().database().setRole(Role::Clerk);
    BackgroundRunner runner(t.store(), QStringLiteral("test"));
    QObject context;
    struct Seen
    {
        QString path;
        QDateTime now;
        AuditActor actor;
        std::optional<Role> role;
        bool ownConnection = false;
    };
    std::optional<BackgroundResult<Seen>> result;
    Store *caller = &t.store();
    runner.run(
        &context,
        [caller](BackgroundJob &job) {
            Store &store = job.store();
            return Seen{
                store.path(), store.clock().now(), store.actor(), store.database().role(), &store != caller};
        },
        [&result](BackgroundResult<Seen> r) { result = r; });
    REQUIRE(waitFor([&] { return result.has_value(); }));
    REQUIRE(result->ok());
    CHECK(result->value->path == t.path());
    CHECK(result->value->now == t.clock().now());
    CHECK(result->value->actor == AuditActor::staff(7, QStringLiteral("小王")));
    CHECK(result->value->role == std::optional<Role>(Role::Clerk));
    CHECK(result->value->ownConnection);
}

TEST_CASE("quitting while an export and an import and the reports and a nightly run are running",
    "[services][background]")
{
    TempStore t;
    DemoStoreGenerator::Options options;
    options.customers = 3000;
    options.years = 2;
    options.endDate = t.clock().today();
    REQUIRE(t.store().generateDemo(options).ok());

    // A till export large enough to be still importing when the app quits.
    const QString tillFile = t.folder() + QStringLiteral("/till.csv");
    {
        QFile file(tillFile);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID\n");
        for (int i = 0; i < 200000; ++i)
            file.write(QStringLiteral("9%1,S%2,1,2026-06-01 10:00:00,%3.50,\n")
                           .arg(i)
                           .arg(i % 97)
                           .arg(10 + i % 50)
                           .toUtf8());
    }

    const QString exportFile = t.folder() + QStringLiteral("/customers.csv");
    {
        // As in main(): the app's store, its window and the window's runners are gone before it waits.
        Store app(&t.clock());
        REQUIRE(app.open(t.path()));
        QObject window;
        BackgroundRunner exporter(app, QStringLiteral("csv-export"));
        BackgroundRunner importer(app, QStringLiteral("import"));
        BackgroundRunner reports(app, QStringLiteral("reports"));
        BackgroundRunner nightly(app, QStringLiteral("nightly"));
        exporter.run(
            &window,
            [exportFile](BackgroundJob &job) {
                QSaveFile file(exportFile);
                if (!file.open(QIODevice::WriteOnly))
                    return false;
                const ExportResult written = job.store().archive().exportCsv(
                    file, ArchiveFilter{}, [&job](int, int) { return !job.cancelled(); });
                if (!written.ok()) {
                    file.cancelWriting();
                    return false;
                }
                return file.commit();
            },
            [](BackgroundResult<bool>) {});
        importer.run(
            &window,
            [tillFile](BackgroundJob &job) {
                SalesImportRequest request;
                request.path = tillFile;
                request.mapping
                    = *ImportMapping::parse(QStringLiteral("invoice=InvoiceNo,style=StockCode,quantity="
                                                           "Quantity,date=InvoiceDate,price=UnitPrice,"
                                                           "customer=CustomerID"))
                           .mapping;
                return job.store().salesImport().run(request, job.cancelFlag()).rowsRead;
            },
            [](BackgroundResult<qint64>) {});
        reports.run(
            &window,
            [](BackgroundJob &job) {
                const QDate today = job.store().clock().today();
                return job.store().reports().all(ReportPeriod::month(today.year(), today.month())).ok();
            },
            [](BackgroundResult<bool>) {});
        nightly.run(
            &window,
            [](BackgroundJob &job) {
                return job.store().nightlyJob().run(
                    job.store().clock().today(), NightlyRun::StartedBy::Manual, {}, job.cancelFlag());
            },
            [](BackgroundResult<NightlyRun>) {});
        QThread::msleep(100);
        REQUIRE(BackgroundRunner::runningCount() > 0); // quitting mid-work, not after it
    }

    CHECK(BackgroundRunner::waitForAll(20s));
    CHECK(BackgroundRunner::runningCount() == 0);

    // The export is there whole or not at all, and no temporary file is left under the name.
    if (QFile::exists(exportFile)) {
        QFile file(exportFile);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll().count('\n') == 1 + options.customers);
    }
    for (const QString &name : QDir(t.folder()).entryList(QDir::Files))
        CHECK((name == QStringLiteral("customers.csv") || !name.startsWith(QStringLiteral("customers"))));
    Database check;
    REQUIRE(check.open(t.path()));
    CHECK(sql::scalar(check.connection(), QStringLiteral("SELECT count(*) FROM customers")).toInt()
        == options.customers);
    // A server keeps its own files whole; a file is checked page by page.
    if (check.backend() == Backend::SQLite)
        CHECK(sql::scalar(check.connection(), QStringLiteral("PRAGMA integrity_check")).toString()
            == QStringLiteral("ok"));
}

TEST_CASE("a restore stops the other runners' work before its own begins and refuses new work",
    "[services][background][restore]")
{
    QObject context;
    BackgroundRunner other(QStringLiteral("export"));
    std::atomic_bool otherStarted = false;
    std::atomic_bool otherEnded = false;
    std::optional<BackgroundResult<int>> otherResult;
    other.run(
        &context,
        [&](BackgroundJob &job) {
            otherStarted = true;
            const QDeadlineTimer deadline(20000);
            while (!job.cancelled() && !deadline.hasExpired())
                QThread::msleep(5);
            QThread::msleep(50); // a rollback takes a moment: the restore must wait for it
            otherEnded = true;
            return 1;
        },
        [&](BackgroundResult<int> r) { otherResult = r; });
    REQUIRE(waitFor([&] { return otherStarted.load(); }));

    BackgroundRunner restore(QStringLiteral("backup"));
    restore.setCancellable(false);
    std::atomic_bool doorClosed = false;
    std::atomic_bool otherEndedFirst = false;
    std::atomic_bool letGo = false;
    std::optional<BackgroundResult<bool>> restored;
    restore.run(
        &context,
        [&](BackgroundJob &job) {
            const bool stopped = job.stopOtherWork(10s);
            otherEndedFirst = otherEnded.load();
            doorClosed = true;
            const QDeadlineTimer deadline(10000);
            while (!letGo && !deadline.hasExpired())
                QThread::msleep(5);
            return stopped;
        },
        [&](BackgroundResult<bool> r) { restored = r; });
    REQUIRE(waitFor([&] { return doorClosed.load(); }));
    CHECK(otherEndedFirst);

    // Started while the restore has the store: refused, its work never runs.
    BackgroundRunner late(QStringLiteral("report"));
    std::atomic_bool lateRan = false;
    std::optional<BackgroundResult<int>> lateResult;
    const auto startLate = [&] {
        lateResult.reset();
        late.run(
            &context,
            [&lateRan](BackgroundJob &) {
                lateRan = true;
                return 2;
            },
            [&lateResult](BackgroundResult<int> r) { lateResult = r; });
        return waitFor([&] { return lateResult.has_value(); });
    };
    REQUIRE(startLate());
    CHECK_FALSE(lateResult->ok());
    CHECK(lateResult->error.contains(QStringLiteral("being restored")));
    CHECK_FALSE(lateRan);

    letGo = true;
    REQUIRE(waitFor([&] { return restored.has_value(); }));
    CHECK(*restored->value);
    REQUIRE(waitFor([&] { return otherResult.has_value(); }));
    CHECK(otherResult->cancelled);

    // The restore's job is over but the app has not restarted yet: still refused.
    REQUIRE(startLate());
    CHECK_FALSE(lateResult->ok());
    CHECK_FALSE(lateRan);

    // A restore that did not happen lets work go on.
    restore.reopenToOthers();
    REQUIRE(startLate());
    CHECK(lateResult->ok());
    CHECK(lateRan);
    settle();
}

TEST_CASE("a restore gives up when other work does not stop in time, and work goes on",
    "[services][background][restore]")
{
    QObject context;
    BackgroundRunner copy(QStringLiteral("backup copy"));
    copy.setCancellable(false);
    std::atomic_bool started = false;
    std::atomic_bool release = false;
    copy.run(
        &context,
        [&](BackgroundJob &) {
            started = true;
            const QDeadlineTimer deadline(10000);
            while (!release && !deadline.hasExpired())
                QThread::msleep(5);
            return 1;
        },
        [](BackgroundResult<int>) {});
    REQUIRE(waitFor([&] { return started.load(); }));

    BackgroundRunner restore(QStringLiteral("backup"));
    std::optional<BackgroundResult<bool>> stopped;
    restore.run(
        &context, [](BackgroundJob &job) { return job.stopOtherWork(50ms); },
        [&stopped](BackgroundResult<bool> r) { stopped = r; });
    REQUIRE(waitFor([&] { return stopped.has_value(); }));
    CHECK_FALSE(*stopped->value);
    release = true;

    BackgroundRunner next(QStringLiteral("report"));
    std::optional<BackgroundResult<int>> nextResult;
    next.run(
        &context, [](BackgroundJob &) { return 3; },
        [&nextResult](BackgroundResult<int> r) { nextResult = r; });
    REQUIRE(waitFor([&] { return nextResult.has_value(); }));
    CHECK(nextResult->ok());
    settle();
}
