#pragma once

#include "core/archive_completeness.h"
#include "core/loyalty_rules.h"
#include "core/report_figures.h"

#include <QSqlDatabase>

#include <functional>
#include <utility>

namespace atelier {

// Every statement behind the manager's reports: a few aggregates per report over one period.
// Periods are compared as text (see ReportPeriod::startKey), so the indexes on created_at, sold_at
// and due_on are used as ranges. Read-only; throws StorageError like every repository.
class ReportQueries
{
public:
    explicit ReportQueries(QSqlDatabase db);

    CustomerFigures customers(const ReportPeriod &period);
    // Prospects, retention, the crossings into Dormant and the conversion by source (CustomerFlow) into
    // each period's figures, from one pass over the customers and their purchases made by `today`.
    void addCustomerFlow(const QList<std::pair<ReportPeriod, CustomerFigures *>> &periods, const QDate &today,
        const SegmentRules &segments);
    SalesFigures sales(const ReportPeriod &period);
    // Tiers and segments; the points come from addPoints, the liability from the service (it needs
    // the redemption rules).
    LoyaltyFigures loyalty(const ReportPeriod &period);
    // The points movements in each period and the balance at its end, into each period's figures.
    void addPoints(const QList<std::pair<ReportPeriod, LoyaltyFigures *>> &periods);
    // The coupons open at each period's end and the amount coupons' face value (issue 21): read back
    // from the ledger's status_changed_at, so a past month shows what was open then.
    void addCoupons(const QList<std::pair<ReportPeriod, LoyaltyFigures *>> &periods);
    ServiceFigures service(const ReportPeriod &period);
    // Orders, sales, follow-ups (and those done on time) and the satisfaction scores about her, per
    // clerk; registrations are counted by forEachRegistered, the repeat buyers by addRepeatBuyers,
    // targets come from StaffGoalRepository.
    StaffFigures staff(const ReportPeriod &period);
    // The archive of every customer a clerk registered in the period, for the completeness score.
    void forEachRegistered(const ReportPeriod &period,
        const std::function<void(StaffId, const Customer &, const ArchiveCompleteness::Extras &)> &visit);

    // The repeat-purchase figures of the customers each clerk registered, as of each period's end, into
    // each period's rows (one pass over the sales for all of them).
    void addRepeatBuyers(const QList<std::pair<ReportPeriod, StaffFigures *>> &periods);

private:
    QSqlDatabase m_db;
};

} // namespace atelier
