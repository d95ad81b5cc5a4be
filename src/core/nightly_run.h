#pragma once

#include "core/stored_words.h"

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
    // Why it failed or what to know about it, in the reader's language; never personal data. Set
    // through setMessage, so that what is stored (messageWords) and what is shown agree.
    QString message;
    StoredWords messageWords;
    int customers = 0;
    int tierUps = 0;
    int tierDowns = 0;
    int segmentChanges = 0;
    std::int64_t pointsExpired = 0;
    int tasksCreated = 0; // follow-up tasks the run planned (birthdays, wake-ups, dormant)
    std::int64_t durationMs = 0;

    void setMessage(const StoredWords &words)
    {
        messageWords = words;
        message = words.text;
    }
    void setMessage(const QString &text) { setMessage(StoredWords::plain(text)); }
};

QString toCode(NightlyRun::StartedBy value);
QString toCode(NightlyRun::Result value);
NightlyRun::StartedBy startedByFromCode(const QString &code);
NightlyRun::Result runResultFromCode(const QString &code);

} // namespace atelier
