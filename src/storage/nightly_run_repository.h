#pragma once

#include "core/nightly_run.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace atelier {

// nightly_runs: one row per run, written when it starts and completed when it ends.
class NightlyRunRepository
{
public:
    explicit NightlyRunRepository(QSqlDatabase db);

    // Fills in run.id.
    void start(NightlyRun &run);
    void finish(const NightlyRun &run);
    // Runs left 'running' by a process that died: marked 'interrupted'. Returns how many.
    int markInterrupted(qint64 beforeId);

    // The latest as-of date with a successful run.
    QDate lastSuccessfulAsOf();
    std::optional<NightlyRun> lastSuccessful();
    // Newest first.
    QList<NightlyRun> recent(int limit);

private:
    QSqlDatabase m_db;
};

} // namespace atelier
