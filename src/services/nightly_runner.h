#pragma once

#include "core/nightly_run.h"

#include <QDate>
#include <QObject>
#include <QString>

#include <atomic>

class QThread;
class QTimer;

namespace atelier {

class Clock;

// Runs the nightly job on a worker thread with its own connection to the store's file, so the
// window stays responsive; and keeps the app's schedule: a timer at the configured hour, and a
// catch-up at start when a night was missed. One run at a time.
class NightlyRunner : public QObject
{
    Q_OBJECT
public:
    NightlyRunner(const QString &databasePath, const Clock &clock, QObject *parent = nullptr);
    // Cancels a running job and waits for it; its transaction rolls back.
    ~NightlyRunner() override;

    bool isRunning() const;
    // Ignored while a run is going on.
    void start(const QDate &asOf, NightlyRun::StartedBy startedBy);
    void cancel() { m_cancelled = true; }

    // Arms the timer for the next run at `hour`; call again when the hour setting changes.
    void schedule(int hour);
    // At start: runs once as of the due day when no run succeeded for it (only once: the run it
    // starts is that success). Returns whether it started a run.
    bool catchUp(const QDate &lastSuccessfulAsOf, int hour);

signals:
    // Emitted from the worker thread; connections to GUI objects are queued.
    void progress(int percent, const QString &step);
    void started(const QDate &asOf);
    void finished(const atelier::NightlyRun &run);

private:
    void timerFired();

    QString m_databasePath;
    const Clock &m_clock;
    QThread *m_thread = nullptr;
    QTimer *m_timer = nullptr;
    int m_hour = 3;
    std::atomic_bool m_cancelled = false;
};

} // namespace atelier
