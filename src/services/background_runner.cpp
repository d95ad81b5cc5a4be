#include "services/background_runner.h"

#include "core/clock.h"
#include "services/background_job_state.h"
#include "services/store.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QStringList>
#include <QThread>
#include <QThreadPool>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <utility>
#include <vector>

namespace atelier {

namespace {

// Every job of the process, so that quitting and a restore wait in one place.
struct Registry
{
    std::mutex mutex;
    std::vector<std::shared_ptr<BackgroundJobState>> jobs;
    std::condition_variable jobLeft;
    // While a restore has the store: the generation counter of its runner, the only one that may start
    // jobs. Guarded by `mutex`, so that a job is either registered before the door closes (and
    // stopped) or refused.
    const std::atomic<quint64> *onlyRunner = nullptr;
    QThreadPool pool;
};

Registry &registry()
{
    // Never destroyed: QThreadPool's destructor would wait for a stuck job without a bound.
    static Registry *const instance = [] {
        auto *created = new Registry;
        created->pool.setMaxThreadCount(32);
        return created;
    }();
    return *instance;
}

void unregister(const std::shared_ptr<BackgroundJobState> &state)
{
    Registry &jobs = registry();
    {
        const std::lock_guard lock(jobs.mutex);
        std::erase(jobs.jobs, state);
    }
    jobs.jobLeft.notify_all();
}

} // namespace

BackgroundRunner::BackgroundRunner(Store &store, QString name)
    : m_store(&store)
    , m_name(std::move(name))
    , m_generation(std::make_shared<std::atomic<quint64>>(0))
{
}

BackgroundRunner::BackgroundRunner(QString storePath, const Clock &clock, QString name)
    : m_storePath(std::move(storePath))
    , m_clock(&clock)
    , m_name(std::move(name))
    , m_generation(std::make_shared<std::atomic<quint64>>(0))
{
}

BackgroundRunner::BackgroundRunner(QString name)
    : m_name(std::move(name))
    , m_generation(std::make_shared<std::atomic<quint64>>(0))
{
}

BackgroundRunner::~BackgroundRunner()
{
    // Never waits: the job stops at its next cancellation point and its result is dropped.
    cancel();
    ++*m_generation;
    reopenToOthers();
}

void BackgroundRunner::cancel()
{
    if (m_latest)
        m_latest->requestCancel();
}

bool BackgroundRunner::isRunning() const
{
    return m_latest && !m_latest->delivered;
}

void BackgroundRunner::reopenToOthers()
{
    Registry &jobs = registry();
    const std::lock_guard lock(jobs.mutex);
    if (jobs.onlyRunner == m_generation.get())
        jobs.onlyRunner = nullptr;
}

bool BackgroundJob::stopOtherWork(std::chrono::milliseconds bound)
{
    Registry &jobs = registry();
    const std::atomic<quint64> *mine = m_state->runnerGeneration.get();
    const auto other = [mine](const std::shared_ptr<BackgroundJobState> &state) {
        return state->runnerGeneration.get() != mine;
    };
    std::unique_lock lock(jobs.mutex);
    jobs.onlyRunner = mine;
    QStringList names;
    for (const std::shared_ptr<BackgroundJobState> &state : jobs.jobs) {
        if (other(state)) {
            state->requestCancel();
            names << state->name;
        }
    }
    if (names.isEmpty())
        return true;
    const std::string job = m_state->name.toStdString();
    spdlog::info("job {}: waiting up to {} ms for {} other background jobs ({})", job, bound.count(),
        names.size(), names.join(QStringLiteral(", ")).toStdString());
    if (jobs.jobLeft.wait_for(
            lock, bound, [&jobs, &other] { return std::none_of(jobs.jobs.begin(), jobs.jobs.end(), other); }))
        return true;
    jobs.onlyRunner = nullptr;
    spdlog::error("job {}: other background jobs did not stop within {} ms", job, bound.count());
    return false;
}

std::optional<BackgroundRunner::Source> BackgroundRunner::source() const
{
    if (!m_store && !m_clock)
        return std::nullopt;
    Source from;
    const Clock &clock = m_store ? m_store->clock() : *m_clock;
    // The worker never points at the caller's clock, which may be gone before it ends: a system
    // clock of its own, or a test's fixed clock as it reads now.
    if (!dynamic_cast<const SystemClock *>(&clock))
        from.clock = std::make_shared<FixedClock>(clock.now());
    if (m_store) {
        from.path = m_store->path();
        from.actor = m_store->actor();
        from.role = m_store->database().role();
    } else {
        from.path = m_storePath;
        from.role = Database::processRole();
    }
    return from;
}

void BackgroundRunner::start(QObject *context, std::function<void(BackgroundJob &)> body,
    std::function<void(const QString &error, bool cancelled)> finish)
{
    Q_ASSERT(context && context->thread() == QThread::currentThread());
    if (m_latest)
        m_latest->requestCancel(); // stale from now on: its result would be dropped anyway
    auto state = std::make_shared<BackgroundJobState>();
    state->name = m_name;
    state->generation = ++*m_generation;
    state->runnerGeneration = m_generation;
    state->cancellable = m_cancellable;
    state->progress = m_progress;
    state->attach(context);
    m_latest = state;
    bool refused = false;
    {
        Registry &jobs = registry();
        const std::lock_guard lock(jobs.mutex);
        refused = jobs.onlyRunner && jobs.onlyRunner != m_generation.get();
        if (!refused)
            jobs.jobs.push_back(state);
    }
    if (refused) {
        // A restore is replacing the file under every connection: nothing new starts on it.
        spdlog::info("job {} refused: a restore has the store", m_name.toStdString());
        state->post(
            [finish = std::move(finish)] {
                finish(
                    tr("A backup is being restored and Atelier restarts on it: nothing was started."), false);
            },
            true);
        return;
    }
    registry().pool.start([state, from = source(), body = std::move(body), finish = std::move(finish)] {
        QElapsedTimer timer;
        timer.start();
        const std::string name = state->name.toStdString();
        QString error;
        {
            std::unique_ptr<Store> store;
            if (from) {
                store = std::make_unique<Store>(from->clock.get());
                if (store->open(from->path)) {
                    if (from->actor)
                        store->setActor(from->actor);
                    store->database().setRole(from->role);
                } else {
                    error = store->errorString();
                    spdlog::error("job {}: the store did not open on the worker", name);
                }
            }
            if (error.isEmpty()) {
                BackgroundJob job(state, store.get());
                try {
                    body(job);
                } catch (const std::exception &e) {
                    spdlog::error("job {} failed: {}", name, e.what());
                    error = tr("The work stopped on an unexpected error. The log has the details.");
                } catch (...) {
                    spdlog::error("job {} failed with an unknown exception", name);
                    error = tr("The work stopped on an unexpected error. The log has the details.");
                }
            }
        } // the worker's connection is closed before the result goes out
        spdlog::debug("job {} finished in {} ms", name, timer.elapsed());
        const bool cancelled = state->cancelRequested.load();
        state->post([finish, error, cancelled] { finish(error, cancelled); }, true);
        unregister(state);
    });
}

int BackgroundRunner::runningCount()
{
    Registry &jobs = registry();
    const std::lock_guard lock(jobs.mutex);
    return int(jobs.jobs.size());
}

bool BackgroundRunner::waitForAll(std::chrono::milliseconds bound)
{
    Registry &jobs = registry();
    QStringList names;
    {
        const std::lock_guard lock(jobs.mutex);
        for (const std::shared_ptr<BackgroundJobState> &state : jobs.jobs) {
            state->requestCancel();
            names << state->name;
        }
    }
    // Even with no job left, the pool's idle threads are ended here, not left to the process's exit:
    // what Qt keeps per thread (a thread's font cache, with fontconfig's patterns, once a job laid out
    // text for a PDF) is freed only when its thread ends, and nothing should run beside the static
    // destructors. waitForDone() joins every thread of the pool; a later job starts a new one.
    if (names.isEmpty())
        return jobs.pool.waitForDone(int(bound.count()));
    spdlog::info("quitting: waiting up to {} ms for {} background jobs ({})", bound.count(), names.size(),
        names.join(QStringLiteral(", ")).toStdString());
    QElapsedTimer timer;
    timer.start();
    bool stopped = jobs.pool.waitForDone(int(bound.count()));
    const auto mustFinish = [&jobs] {
        const std::lock_guard lock(jobs.mutex);
        return std::any_of(jobs.jobs.begin(), jobs.jobs.end(),
            [](const std::shared_ptr<BackgroundJobState> &state) { return !state->cancellable; });
    };
    if (!stopped && mustFinish()) {
        // A restore cut short could leave no store under its name: it runs to its end.
        spdlog::warn("quitting: a job that cannot be cancelled is still running; waiting for it");
        while (mustFinish())
            QThread::msleep(50);
        stopped = jobs.pool.waitForDone(0);
    }
    if (stopped)
        spdlog::info("quitting: background jobs stopped in {} ms", timer.elapsed());
    else
        spdlog::error(
            "quitting: {} background jobs did not stop within {} ms", runningCount(), timer.elapsed());
    return stopped;
}

} // namespace atelier
