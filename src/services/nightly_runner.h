#pragma once

#include "core/audit.h"
#include "core/nightly_run.h"
#include "services/background_runner.h"

#include <QDate>
#include <QObject>
#include <QString>

#include <optional>

class QTimer;

namespace atelier {

class Clock;

// Runs the nightly job on a worker (BackgroundRunner) with its own connection to the store's file, so the
// window stays responsive; and keeps the app's schedule: a timer at the configured hour, and a
// catch-up at start when a night was missed. One run at a time.
class NightlyRunner : public QObject
{
    Q_OBJECT
public:
    NightlyRunner(const QString &databasePath, const Clock &clock, QObject *parent = nullptr);

    bool isRunning() const { return m_runner.isRunning(); }
    // Ignored while a run is going on.
    // `starter`: who pressed "recompute now", for the audit trail (the worker's connection does not
    // know who is at the counter); empty for the timer and the catch-up.
    void start(
        const QDate &asOf, NightlyRun::StartedBy startedBy, const std::optional<AuditActor> &starter = {});
    // The job stops at its next step and its transaction rolls back.
    void cancel() { m_runner.cancel(); }

    // Arms the timer for the next run at `hour`; call again when the hour setting changes.
    void schedule(int hour);
    // At start: runs once as of the due day when no run succeeded for it (only once: the run it
    // starts is that success). Returns whether it started a run.
    bool catchUp(const QDate &lastSuccessfulAsOf, int hour);

signals:
    // On this object's thread.
    void progress(int percent, const QString &step);
    void started(const QDate &asOf);
    void finished(const atelier::NightlyRun &run);

private:
    void timerFired();

    const Clock &m_clock;
    BackgroundRunner m_runner;
    QTimer *m_timer = nullptr;
    int m_hour = 3;
};

} // namespace atelier
