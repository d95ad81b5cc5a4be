#include "services/change_notifier.h"
#include "services/customer_erasure.h"
#include "services/customer_merge.h"
#include "services/customer_service.h"
#include "services/nightly_job.h"
#include "services/store.h"
#include "services/store_settings.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <thread>

using namespace atelier;
using atelier::testing::readValue;
using atelier::testing::TempStore;

namespace {

// What a window on the GUI thread sees: every change, and the thread it arrived on.
class Listener
{
public:
    Listener()
    {
        // Announcements of earlier test cases must not count here.
        QCoreApplication::sendPostedEvents();
        QObject::connect(
            &ChangeNotifier::instance(), &ChangeNotifier::changed, &m_context, [this](const Change &change) {
                changes.append(change);
                threads.append(QThread::currentThread());
            });
    }

    // Runs the event loop until `what` arrived or five seconds passed.
    std::optional<Change> waitFor(Change::What what)
    {
        const QDeadlineTimer deadline(5000);
        while (!deadline.hasExpired()) {
            for (const Change &change : std::as_const(changes)) {
                if (change.what == what)
                    return change;
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        }
        return std::nullopt;
    }

    QList<Change> changes;
    QList<QThread *> threads;

private:
    QObject m_context;
};

// A worker's own Store on the same file, as a worker thread opens it.
struct WorkerOutcome
{
    bool opened = false;
    std::optional<CustomerId> id;
};

} // namespace

TEST_CASE(
    "a save on a worker thread's store reaches a receiver on the main thread", "[services][change-notifier]")
{
    TempStore t;
    Listener listener;
    WorkerOutcome outcome;
    std::thread worker([&outcome, path = t.path(), clock = &t.clock()] {
        Store store(clock);
        outcome.opened = store.open(path);
        if (outcome.opened)
            outcome.id = store.customers()
                             .registerCustomer(QStringLiteral("王芳"), QStringLiteral("13800138000"))
                             .id;
    });
    worker.join();
    REQUIRE(outcome.opened);
    REQUIRE(outcome.id);
    CHECK(listener.changes.isEmpty()); // queued: nothing arrives outside the event loop

    const std::optional<Change> change = listener.waitFor(Change::What::Customers);
    REQUIRE(change);
    CHECK(change->ids == QList<qint64>{*outcome.id});
    CHECK(change->concernsCustomer(*outcome.id));
    CHECK_FALSE(change->concernsCustomer(*outcome.id + 1));
    CHECK(listener.threads.value(0) == QCoreApplication::instance()->thread());
    // The GUI's own store reads what the worker wrote.
    CHECK(readValue(t.store().customers().load(*outcome.id)));
}

TEST_CASE("an erasure on a QThread's store reaches the main thread", "[services][change-notifier]")
{
    TempStore t;
    const SaveResult saved
        = t.store().customers().registerCustomer(QStringLiteral("李娜"), QStringLiteral("13900139000"));
    REQUIRE(saved.ok());
    Listener listener;
    bool erased = false;
    std::unique_ptr<QThread> worker(QThread::create([&erased, &t, id = *saved.id] {
        Store store(&t.clock());
        erased = store.open(t.path()) && store.erasure().erase(id).erased;
    }));
    worker->start();
    REQUIRE(worker->wait(QDeadlineTimer(10000)));
    REQUIRE(erased);

    const std::optional<Change> change = listener.waitFor(Change::What::Customers);
    REQUIRE(change);
    CHECK(change->ids == QList<qint64>{*saved.id});
    CHECK(listener.threads.value(0) == QCoreApplication::instance()->thread());
}

TEST_CASE("an announcement is queued even on the main thread", "[services][change-notifier]")
{
    Listener listener;
    ChangeNotifier::post(Change::What::Tasks, {7});
    CHECK(listener.changes.isEmpty());
    const std::optional<Change> change = listener.waitFor(Change::What::Tasks);
    REQUIRE(change);
    CHECK(change->ids == QList<qint64>{7});
    CHECK(change->concerns(Change::What::Tasks));
    CHECK_FALSE(change->concerns(Change::What::Sales));
}

TEST_CASE("a refused write announces nothing", "[services][change-notifier]")
{
    TempStore t;
    Listener listener;
    const SaveResult refused
        = t.store().customers().registerCustomer(QStringLiteral("张三"), QStringLiteral("12345"));
    REQUIRE_FALSE(refused.ok());
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    CHECK(listener.changes.isEmpty());
}

TEST_CASE("merges and the nightly run announce what they changed", "[services][change-notifier]")
{
    TempStore t;
    Store &store = t.store();
    const SaveResult first
        = store.customers().registerCustomer(QStringLiteral("周敏"), QStringLiteral("13700137000"));
    const SaveResult second
        = store.customers().registerCustomer(QStringLiteral("周敏"), QStringLiteral("13700137001"));
    REQUIRE(first.ok());
    REQUIRE(second.ok());

    SECTION("a merge names the kept and the absorbed customer")
    {
        Listener listener;
        REQUIRE(store.merge().merge(*first.id, *second.id).ok());
        const std::optional<Change> change = listener.waitFor(Change::What::Customers);
        REQUIRE(change);
        CHECK(change->ids == QList<qint64>{*first.id, *second.id});
    }

    SECTION("the nightly run: tiers, points and tasks of any customer")
    {
        Listener listener;
        NightlyJob &job = store.nightlyJob();
        job.setBackupAfterRun(false);
        REQUIRE(job.run(t.clock().today(), NightlyRun::StartedBy::Cli).result == NightlyRun::Result::Ok);
        const std::optional<Change> tiers = listener.waitFor(Change::What::Tiers);
        REQUIRE(tiers);
        CHECK(tiers->concernsCustomer(*first.id));
        CHECK(listener.waitFor(Change::What::Points));
        CHECK(listener.waitFor(Change::What::Tasks));
    }
}

TEST_CASE("the tag library and the store's settings announce their writes", "[services][change-notifier]")
{
    TempStore t;
    Listener listener;
    const std::optional<TagId> tag
        = t.store().customers().addTag(QStringLiteral("VIP"), Tag::Category::Other).id;
    REQUIRE(tag);
    const std::optional<Change> tags = listener.waitFor(Change::What::Tags);
    REQUIRE(tags);
    CHECK(tags->ids == QList<qint64>{*tag});
    CHECK_FALSE(tags->concernsCustomer(1));

    REQUIRE(t.store().settings().setStoreName(QStringLiteral("Atelier 南京路")).ok());
    CHECK(listener.waitFor(Change::What::Settings));
}
