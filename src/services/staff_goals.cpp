#include "services/staff_goals.h"

#include "core/clock.h"
#include "services/access.h"
#include "services/audit_trail.h"
#include "services/change_notifier.h"
#include "services/try_read.h"
#include "storage/database.h"
#include "storage/report_queries.h"
#include "storage/staff_goal_repository.h"
#include "storage/staff_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <QRandomGenerator>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <map>

namespace atelier {

namespace {

QString targetProblem(const StaffTarget &target)
{
    if (target.salesFen && *target.salesFen < 0)
        return StaffGoals::tr("Sales target: cannot be below zero.");
    if (target.newArchives && *target.newArchives < 0)
        return StaffGoals::tr("New archives target: cannot be below zero.");
    if (target.followUpsDone && *target.followUpsDone < 0)
        return StaffGoals::tr("Follow-ups target: cannot be below zero.");
    return {};
}

} // namespace

StaffGoals::StaffGoals(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

ReadResult<QList<StaffTarget>> StaffGoals::targets(const QDate &month)
{
    if (const QString refused = Access::refusal(m_db, Permission::SetStaffGoals); !refused.isEmpty())
        return {std::nullopt, refused};
    return tryRead<QList<StaffTarget>>(
        "staff targets", [&] { return StaffGoalRepository(m_db.connection()).targets(targetMonth(month)); });
}

WriteResult StaffGoals::setTargets(const QDate &month, const QList<StaffTarget> &targets)
{
    if (const QString refused = Access::refusal(m_db, Permission::SetStaffGoals); !refused.isEmpty())
        return WriteResult::failure(refused);
    if (!month.isValid())
        return WriteResult::failure(tr("Month: choose a month."));
    for (const StaffTarget &target : targets)
        if (const QString problem = targetProblem(target); !problem.isEmpty())
            return WriteResult::failure(
                target.name.isEmpty() ? problem : tr("%1: %2").arg(target.name, problem));
    const QString key = targetMonth(month);
    try {
        Transaction transaction(m_db.connection());
        StaffGoalRepository goals(m_db.connection());
        std::map<StaffId, StaffTarget> before;
        for (const StaffTarget &target : goals.targets(key))
            before[target.staff] = target;
        QList<StaffTarget> changed;
        StaffRepository staff(m_db.connection());
        for (StaffTarget target : targets) {
            const std::optional<StaffMember> member = staff.find(target.staff);
            if (!member)
                return WriteResult::failure(tr("There is no such member of staff."));
            target.name = member->name;
            const auto was = before.find(target.staff);
            if (was != before.end() && was->second == target)
                continue;
            if (was == before.end() && target.isEmpty())
                continue;
            goals.setTarget(key, target, m_clock.now(), m_db.auditActor().staffId);
            changed << target;
        }
        if (changed.isEmpty())
            return WriteResult::success();
        AuditTrail(m_db, m_clock).recordStaffTargets(m_db.auditActor(), key, changed);
        transaction.commit();
        spdlog::info("staff targets of {} set for {} member(s) of staff", key.toStdString(), changed.size());
    } catch (const StorageError &error) {
        spdlog::error("staff targets not saved: {}", error.detail().toStdString());
        return WriteResult::failure(error.userMessage());
    }
    return WriteResult::success();
}

WriteResult StaffGoals::checkArchive(CustomerId customer, bool valid, const QString &note)
{
    if (const QString refused = Access::refusal(m_db, Permission::SetStaffGoals); !refused.isEmpty())
        return WriteResult::failure(refused);
    ArchiveCheck check;
    check.customer = customer;
    check.valid = valid;
    check.note = note.trimmed();
    check.checkedOn = m_clock.today();
    check.checkedBy = m_db.auditActor().staffId;
    if (const QString problem = check.problem(); !problem.isEmpty())
        return WriteResult::failure(problem);
    try {
        Transaction transaction(m_db.connection());
        StaffGoalRepository(m_db.connection()).recordCheck(check);
        AuditTrail(m_db, m_clock).recordArchiveCheck(m_db.auditActor(), check);
        transaction.commit();
    } catch (const StorageError &error) {
        spdlog::error("archive check of customer {} not saved: {}", customer, error.detail().toStdString());
        return WriteResult::failure(error.userMessage());
    }
    spdlog::info("archive of customer {} checked ({})", customer, valid ? "valid" : "invalid");
    ChangeNotifier::post(Change::What::Customers, {customer}, {customer});
    return WriteResult::success();
}

ReadResult<std::optional<ArchiveCheck>> StaffGoals::check(CustomerId customer)
{
    if (const QString refused = Access::refusal(m_db, Permission::SetStaffGoals); !refused.isEmpty())
        return {std::nullopt, refused};
    return tryRead<std::optional<ArchiveCheck>>(
        "archive check", [&] { return StaffGoalRepository(m_db.connection()).check(customer); });
}

ReadResult<QList<ArchiveToCheck>> StaffGoals::sample(const QDate &month, int count)
{
    if (const QString refused = Access::refusal(m_db, Permission::SetStaffGoals); !refused.isEmpty())
        return {std::nullopt, refused};
    const ReportPeriod period = ReportPeriod::month(month.year(), month.month());
    return tryRead<QList<ArchiveToCheck>>("archives to check", [&] {
        QList<ArchiveToCheck> ids
            = StaffGoalRepository(m_db.connection()).registered(period.startKey(), period.endKey());
        // A partial Fisher-Yates shuffle: the first `count` are a uniform sample.
        QRandomGenerator *random = QRandomGenerator::global();
        const qsizetype wanted = std::min<qsizetype>(std::max(count, 0), ids.size());
        for (qsizetype i = 0; i < wanted; ++i)
            ids.swapItemsAt(i, i + qsizetype(random->bounded(quint64(ids.size() - i))));
        return ids.mid(0, wanted);
    });
}

ReadResult<QList<ContestRow>> StaffGoals::contest(const QDate &month)
{
    if (const QString refused = Access::refusal(m_db, Permission::SetStaffGoals); !refused.isEmpty())
        return {std::nullopt, refused};
    const ReportPeriod period = ReportPeriod::month(month.year(), month.month());
    return tryRead<QList<ContestRow>>("archive contest", [&] {
        const QMap<CustomerId, bool> checks
            = StaffGoalRepository(m_db.connection()).checksOfRegistered(period.startKey(), period.endKey());
        std::map<StaffId, ContestRow> byClerk;
        if (!checks.isEmpty()) {
            ReportQueries(m_db.connection())
                .forEachRegistered(period,
                    [&](StaffId clerk, const Customer &customer, const ArchiveCompleteness::Extras &extras) {
                        const auto found = checks.constFind(customer.id);
                        if (found == checks.constEnd())
                            return; // unchecked archives never count
                        ContestRow &row = byClerk[clerk];
                        ++row.checked;
                        row.valid += found.value() ? 1 : 0;
                        row.completenessTotal += ArchiveCompleteness::score(customer, extras);
                    });
        }
        // Every active clerk is listed, unranked when nothing of hers was checked.
        QList<ContestRow> rows;
        for (const StaffMember &member : StaffRepository(m_db.connection()).all()) {
            const auto found = byClerk.find(member.id);
            if (found == byClerk.end() && !member.active)
                continue;
            ContestRow row = found != byClerk.end() ? found->second : ContestRow{};
            row.staff = member.id;
            row.name = member.name;
            rows << row;
        }
        ArchiveContest::rank(rows);
        return rows;
    });
}

} // namespace atelier
