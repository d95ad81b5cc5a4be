#pragma once

#include "core/read_result.h"
#include "core/staff_goals.h"
#include "core/write_result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace atelier {

class Clock;
class Database;

// The manager's staff goals (seed 001, seed 003 §8; Permission::SetStaffGoals): monthly targets per
// clerk, the spot check of archives and the month's archive contest on the checked ones. Every write
// is audited with the change it made. Safe on a worker with its own Database.
class StaffGoals
{
    Q_DECLARE_TR_FUNCTIONS(StaffGoals)
public:
    StaffGoals(Database &db, const Clock &clock);

    // The targets of the month of `month` for every active member of staff, by name.
    ReadResult<QList<StaffTarget>> targets(const QDate &month);
    // Saves the targets of the month as given (a clerk left out keeps hers); only changed ones are
    // written and audited. Refused for a clerk.
    WriteResult setTargets(const QDate &month, const QList<StaffTarget> &targets);

    // The manager's verdict on one archive, now; the last one counts.
    WriteResult checkArchive(CustomerId customer, bool valid, const QString &note);
    // The last verdict, or nothing when the archive was never checked. Refused for a clerk.
    ReadResult<std::optional<ArchiveCheck>> check(CustomerId customer);
    // Up to `count` archives registered in the month of `month`, drawn at random (a clerk cannot
    // guess which ones are checked); in the order drawn.
    ReadResult<QList<ArchiveToCheck>> sample(const QDate &month, int count);
    // The archive contest of the month of `month`, ranked (ArchiveContest::rank).
    ReadResult<QList<ContestRow>> contest(const QDate &month);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
