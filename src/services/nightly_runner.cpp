#include "services/nightly_runner.h"

#include "core/clock.h"
#include "core/nightly_schedule.h"
#include "services/nightly_job.h"
#include "services/store.h"
#include "storage/database.h"

#include <QTimer>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace atelier {

NightlyRunner::NightlyRunner(const QString &databasePath, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_runner(databasePath, clock, QStringLiteral("nightly"))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &NightlyRunner::timerFired);
    m_runner.setProgressHandler(
        [this](const BackgroundProgress &update) { emit progress(int(update.done), update.step); });
}

void NightlyRunner::start(
    const QDate &asOf, NightlyRun::StartedBy startedBy, const std::optional<AuditActor> &starter)
{
    if (isRunning())
        return;
    m_runner.run(
        this,
        [asOf, startedBy, starter](BackgroundJob &job) {
            const auto report = [&job](int percent, const QString &step) {
                job.progress(percent, 100, step);
            };
            if (starter)
                job.store().database().setAuditActor(*starter);
            return job.store().nightlyJob().run(asOf, startedBy, report, job.cancelFlag());
        },
        [this, asOf, startedBy](BackgroundResult<NightlyRun> result) {
            NightlyRun run = result.value.value_or(NightlyRun{});
            if (!result.ok()) {
                run.asOf = asOf;
                run.startedBy = startedBy;
                run.result = NightlyRun::Result::Failed;
                run.setMessage(result.error);
            }
            emit finished(run);
        });
    emit started(asOf);
}

void NightlyRunner::schedule(int hour)
{
    m_hour = hour;
    const QDateTime now = m_clock.now();
    const qint64 ms = now.msecsTo(NightlySchedule(hour).nextRunAt(now));
    // A long single-shot timer drifts with suspend and clock changes: wake at least hourly and
    // look at the clock again.
    m_timer->start(int(std::min<qint64>(ms, 3600 * 1000)));
}

void NightlyRunner::timerFired()
{
    const QDateTime now = m_clock.now();
    const NightlySchedule schedule(m_hour);
    // Not yet the hour (the timer woke early to check the clock): just rearm.
    if (now.time().hour() == m_hour && !isRunning()) {
        spdlog::info("nightly timer fired");
        start(schedule.dueAsOf(now), NightlyRun::StartedBy::Timer);
    }
    this->schedule(m_hour);
}

bool NightlyRunner::catchUp(const QDate &lastSuccessfulAsOf, int hour)
{
    const NightlySchedule schedule(hour);
    const QDateTime now = m_clock.now();
    if (!schedule.missedNight(lastSuccessfulAsOf, now) || isRunning())
        return false;
    spdlog::info("a nightly run was missed; catching up");
    start(schedule.dueAsOf(now), NightlyRun::StartedBy::CatchUp);
    return true;
}

} // namespace atelier
