#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>

namespace atelier {

// One run of the nightly job, as recorded in nightly_runs.
struct NightlyRun
{
    enum class StartedBy
    {
        Timer, // the running app at the configured hour
        CatchUp, // the app at start, because a night was missed
        Cli, // atelier-cli nightly (cron, systemd timer)
        Manual // "recompute now" on the Tiers page
    };
    enum class Result
    {
        Running,
        Ok,
        Failed,
        Cancelled,
        Interrupted // the process died; found by the next run
    };

    qint64 id = 0;
    QDate asOf;
    StartedBy startedBy = StartedBy::Manual;
    QDateTime startedAt;
    QDateTime finishedAt;
    Result result = Result::Running;
    QString message; // why it failed; never personal data
    int customers = 0;
    int tierUps = 0;
    int tierDowns = 0;
    int segmentChanges = 0;
    std::int64_t pointsExpired = 0;
    int tasksCreated = 0; // follow-up tasks the run planned (birthdays, wake-ups, dormant)
    std::int64_t durationMs = 0;
};

QString toCode(NightlyRun::StartedBy value);
QString toCode(NightlyRun::Result value);
NightlyRun::StartedBy startedByFromCode(const QString &code);
NightlyRun::Result runResultFromCode(const QString &code);

} // namespace atelier
