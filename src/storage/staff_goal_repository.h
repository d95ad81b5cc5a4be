#pragma once

#include "core/staff_goals.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSqlDatabase>

namespace atelier {

// The manager's monthly targets per clerk (staff_targets) and the spot checks of archives
// (archive_checks). Throws StorageError like every repository.
class StaffGoalRepository
{
public:
    explicit StaffGoalRepository(QSqlDatabase db);

    // Every active member of staff, by name, with her targets for `month` ("YYYY-MM"; empty figures
    // where none was set), and anyone inactive who still has a target that month.
    QList<StaffTarget> targets(const QString &month);
    // Writes one clerk's targets for a month; a target with no figure removes the row.
    void setTarget(
        const QString &month, const StaffTarget &target, const QDateTime &at, std::optional<StaffId> by);
    // Every target of the months from `firstMonth` to `lastMonth` (both included), by month then staff.
    QMap<QString, QList<StaffTarget>> targetsBetween(const QString &firstMonth, const QString &lastMonth);

    // What each member of staff did each month from `fromKey` up to `toKey`, in a target's shape (sales
    // of her orders, customers she registered, follow-ups she did), by month ("YYYY-MM"): the demo
    // store sets believable targets from them.
    QMap<QString, QList<StaffTarget>> monthlyActuals(const QString &fromKey, const QString &toKey);

    // The last verdict counts: a new check replaces the one before.
    void recordCheck(const ArchiveCheck &check);
    std::optional<ArchiveCheck> check(CustomerId customer);
    // The checks of the archives registered from `fromKey` up to `toKey` (created_at), by customer.
    QMap<CustomerId, bool> checksOfRegistered(const QString &fromKey, const QString &toKey);
    // The archives registered from `fromKey` up to `toKey` (not erased), by id, for a random sample.
    QList<ArchiveToCheck> registered(const QString &fromKey, const QString &toKey);

private:
    QSqlDatabase m_db;
};

} // namespace atelier
