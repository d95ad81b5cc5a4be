#include "services/demo_staff_goals.h"

#include "core/archive_completeness.h"
#include "core/report_period.h"
#include "core/staff_goals.h"
#include "services/demo_random.h"
#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/staff_goal_repository.h"
#include "storage/transaction.h"

#include <QTimeZone>

#include <algorithm>
#include <map>

namespace atelier {

namespace {

const QTimeZone storeZone(8 * 3600);

// 85–120 % of last month's figure, rounded as a manager would write it down.
std::int64_t aimAbove(std::int64_t lastMonth, std::int64_t step, DemoRandom &random)
{
    const std::int64_t aimed = lastMonth * random.between(85, 120) / 100;
    return std::max<std::int64_t>(step, (aimed + step / 2) / step * step);
}

// Per mille not valid: an archive with little in it is more often a made-up one.
int invalidPerMille(int completeness)
{
    return completeness < 20 ? 250 : completeness < 35 ? 90 : 30;
}

} // namespace

DemoStaffGoals::Written DemoStaffGoals::generate(
    Database &db, const QList<StaffId> &staff, const QDate &lastDay, std::uint64_t seed)
{
    Written written;
    if (staff.size() < 2)
        return written;
    DemoRandom random(seed ^ 0x57af'f60a'57af'f60aULL);
    const StaffId manager = staff.last();
    const QList<StaffId> clerks = staff.mid(0, staff.size() - 1);
    const QDate lastMonth(lastDay.year(), lastDay.month(), 1);
    const QDate firstTarget = lastMonth.addMonths(-(targetMonths - 1));
    Transaction transaction(db.connection());
    StaffGoalRepository goals(db.connection());

    // Targets: from the month before each month's actual figures.
    const QMap<QString, QList<StaffTarget>> actual = goals.monthlyActuals(
        firstTarget.addMonths(-1).toString(Qt::ISODate), lastMonth.toString(Qt::ISODate));
    for (QDate month = firstTarget; month <= lastMonth; month = month.addMonths(1)) {
        const QList<StaffTarget> before = actual.value(targetMonth(month.addMonths(-1)));
        const QDateTime setAt(month.addDays(-1), QTime(20, 30), storeZone);
        for (const StaffId clerk : clerks) {
            StaffTarget target;
            target.staff = clerk;
            for (const StaffTarget &done : before) {
                if (done.staff != clerk)
                    continue;
                target.salesFen = aimAbove(done.salesFen.value_or(0), 100000, random); // whole 1 000 元
                target.newArchives = int(aimAbove(done.newArchives.value_or(0), 1, random));
                target.followUpsDone = int(aimAbove(done.followUpsDone.value_or(0), 1, random));
            }
            if (target.isEmpty())
                continue; // she did nothing last month: no target to aim from
            goals.setTarget(targetMonth(month), target, setAt, manager);
            ++written.targets;
        }
    }

    // Spot checks of the archives registered in each of the last six months, a week or two later.
    for (QDate month = lastMonth.addMonths(-(checkedMonths - 1)); month <= lastMonth;
         month = month.addMonths(1)) {
        const ReportPeriod period = ReportPeriod::month(month.year(), month.month());
        std::map<StaffId, QList<std::pair<CustomerId, int>>> registered;
        CustomerRepository(db.connection())
            .forEachRegistered(period.startKey(), period.endKey(),
                [&](const Customer &customer, const ArchiveCompleteness::Extras &extras) {
                    registered[*customer.createdBy]
                        << std::pair{customer.id, ArchiveCompleteness::score(customer, extras)};
                });
        for (auto &[clerk, archives] : registered) {
            for (int i = 0; i < checksPerClerk && i < archives.size(); ++i) {
                archives.swapItemsAt(i, random.between(i, int(archives.size()) - 1));
                ArchiveCheck check;
                check.customer = archives.at(i).first;
                check.valid = !random.chance(invalidPerMille(archives.at(i).second));
                check.checkedOn = std::min(lastDay, period.to.addDays(random.between(3, 14)));
                check.checkedBy = manager;
                goals.recordCheck(check);
                ++written.checks;
            }
        }
    }
    transaction.commit();
    return written;
}

} // namespace atelier
