#pragma once

#include "core/audit.h"
#include "core/permissions.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace atelier {

class Clock;
class Store;
class BackgroundJobState; // background_job_state.h

// What a job hands back on its context's thread: the work's value, or why there is none.
template <typename T> struct BackgroundResult
{
    std::optional<T> value; // set when the work returned
    QString error; // a sentence for people: the store did not open, the work failed
    bool cancelled = false; // a cancel was asked for before the work returned
    bool ok() const { return value.has_value(); }
};

struct BackgroundProgress
{
    qint64 done = 0;
    qint64 total = 0;
    QString step;
};

// What the work sees on its worker thread.
class BackgroundJob
{
public:
    // The worker's own connection to the caller's store, with the caller's clock (a test's fixed
    // clock as it reads at run()), actor and role. Only for a runner made with a Store.
    Store &store();
    bool hasStore() const { return m_store != nullptr; }
    bool cancelled() const;
    // For loops that poll a flag themselves (NightlyJob, SalesImport).
    const std::atomic_bool *cancelFlag() const;
    // Both reach the context's thread queued, and only while the job is current.
    void progress(qint64 done, qint64 total, const QString &step = {});
    // An intermediate result (a report ready before the others): runs on the context's thread.
    void post(std::function<void()> onContextThread);
    // For a restore, before it touches the file: closes the door to every other runner's new work
    // (their run() delivers a refusal instead), asks their running jobs to stop and waits at most
    // `bound` for them all, one that cannot be cancelled included. Once the file is swapped the app
    // restarts, so the door stays closed until this job's runner reopens it (a restore that did not
    // happen) or is destroyed. False, with the door open again, when some job did not stop in time.
    bool stopOtherWork(std::chrono::milliseconds bound);

private:
    friend class BackgroundRunner;
    BackgroundJob(std::shared_ptr<BackgroundJobState> state, Store *store);

    std::shared_ptr<BackgroundJobState> m_state;
    Store *m_store;
};

// The one way to run work off the GUI thread. Each run() executes `work` on a pooled worker
// thread, with its own Store on the caller's file when the runner was made with one, and calls
// `done` with a BackgroundResult on the context object's thread, never after the context is gone. A
// newer run() on the same runner makes an older one stale: it is asked to cancel and its
// results are dropped. Destroying a runner cancels and drops, it never waits: quitting the app
// waits once, in waitForAll(). The callback dies with its receiver (after KeePassXC's AsyncTask).
class BackgroundRunner
{
    Q_DECLARE_TR_FUNCTIONS(atelier::BackgroundRunner)
public:
    using ProgressHandler = std::function<void(const BackgroundProgress &progress)>;

    // Work on the caller's store. The store's path, clock, actor and role are read at each run().
    BackgroundRunner(Store &store, QString name);
    // Work on a store file for nobody in particular: the process's actor and role (the nightly
    // run, a login check before anyone is at the counter). The clock is read at each run().
    BackgroundRunner(QString storePath, const Clock &clock, QString name);
    // Work before any store can open (the damaged-store check) or that opens its own.
    explicit BackgroundRunner(QString name);
    ~BackgroundRunner();
    BackgroundRunner(const BackgroundRunner &) = delete;
    BackgroundRunner &operator=(const BackgroundRunner &) = delete;

    // A restore: cancel(), a newer run and quitting leave a started job running to its end.
    void setCancellable(bool cancellable) { m_cancellable = cancellable; }
    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }

    // `work(BackgroundJob &)` returns a value; `done(BackgroundResult<T>)` runs on `context`'s thread,
    // which must be the calling thread. A work that throws ends in a result with an error.
    template <typename Work, typename Done> void run(QObject *context, Work work, Done done);

    void cancel();
    // Until the latest run's result is delivered (or dropped with its context).
    bool isRunning() const;
    // Lets the other runners work again after one of this runner's jobs closed the door with
    // BackgroundJob::stopOtherWork() (a restore that failed before the swap).
    void reopenToOthers();

    // At quit: asks every cancellable job to stop and waits at most `bound` for all (a job that
    // cannot be cancelled is waited for to its end), and logs it; then ends the pool's worker
    // threads, idle ones included. False when some did not stop.
    static bool waitForAll(std::chrono::milliseconds bound);
    static int runningCount();

private:
    void start(QObject *context, std::function<void(BackgroundJob &)> body,
        std::function<void(const QString &error, bool cancelled)> finish);

    struct Source
    {
        QString path;
        std::shared_ptr<const Clock> clock; // null: the worker's own system clock
        std::optional<AuditActor> actor; // none: the process's
        std::optional<Role> role;
    };
    std::optional<Source> source() const;

    Store *m_store = nullptr;
    QString m_storePath;
    const Clock *m_clock = nullptr;
    QString m_name;
    bool m_cancellable = true;
    ProgressHandler m_progress;
    std::shared_ptr<std::atomic<quint64>> m_generation;
    std::shared_ptr<BackgroundJobState> m_latest;
};

template <typename Work, typename Done> void BackgroundRunner::run(QObject *context, Work work, Done done)
{
    using T = std::invoke_result_t<Work &, BackgroundJob &>;
    static_assert(!std::is_void_v<T>, "the work returns its result");
    auto result = std::make_shared<BackgroundResult<T>>();
    start(
        context,
        [work = std::move(work), result](BackgroundJob &job) mutable { result->value.emplace(work(job)); },
        [done = std::move(done), result](const QString &error, bool cancelled) mutable {
            result->error = error;
            result->cancelled = cancelled;
            done(std::move(*result));
        });
}

} // namespace atelier
