#pragma once

#include "core/audit.h"
#include "core/nightly_run.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <atomic>
#include <functional>

namespace atelier {

class Clock;
class Database;

// The nightly engine: recomputes every customer's RFM scores and segments, tiers (with their
// history) and points expiry as of a date, and records the run. Idempotent for a date: a second run
// for the same date writes nothing but its own record.
//
// Everything a run changes is written in one immediate transaction at the end, so a run that is
// killed half-way leaves the previous results as they were, and the next run completes. Runs on the
// connection it is given: the app gives it its own connection on a worker thread (NightlyRunner).
class NightlyJob
{
    Q_DECLARE_TR_FUNCTIONS(NightlyJob)
public:
    // percent 0–100 and what is being done, in the UI language.
    using Progress = std::function<void(int percent, const QString &step)>;

    NightlyJob(Database &db, const Clock &clock);

    // After a successful run the job backs the database up (BackupService, kind daily); a failed
    // backup leaves the run successful, with a note in its message. Benchmarks of the recompute
    // alone turn it off.
    void setBackupAfterRun(bool backup) { m_backupAfterRun = backup; }

    NightlyRun run(const QDate &asOf, NightlyRun::StartedBy startedBy, const Progress &progress = {},
        const std::atomic_bool *cancel = nullptr);

private:
    struct Counts;
    void recompute(NightlyRun &run, const Progress &progress, const std::atomic_bool *cancel);
    void backUp(NightlyRun &run);

    Database &m_db;
    const Clock &m_clock;
    bool m_backupAfterRun = true;
    AuditActor m_trailActor; // who the run's entry names: set by run()
};

} // namespace atelier
