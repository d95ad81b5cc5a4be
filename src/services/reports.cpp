#include "services/reports.h"

#include "core/campaign_effect.h"
#include "core/clock.h"
#include "core/points_rules.h"
#include "core/staff_goals.h"
#include "services/access.h"
#include "services/campaign_service.h"
#include "services/loyalty_settings.h"
#include "services/try_read.h"
#include "storage/campaign_effect_query.h"
#include "storage/campaign_repository.h"
#include "storage/database.h"
#include "storage/report_queries.h"
#include "storage/staff_goal_repository.h"

#include <map>
#include <utility>

namespace atelier {

namespace {

template <typename Figures, typename Read>
ReadResult<Compared<Figures>> compare(const char *what, const ReportPeriod &period, Read &&read)
{
    return tryRead<Compared<Figures>>(what, [&] {
        Compared<Figures> result;
        result.period = period;
        result.previousPeriod = period.previous();
        result.current = read(result.period);
        result.previous = read(result.previousPeriod);
        return result;
    });
}

template <typename T> bool take(ReadResult<T> read, T &into, QString &error)
{
    if (!read.ok()) {
        error = read.error;
        return false;
    }
    into = std::move(*read.value);
    return true;
}

} // namespace

Reports::Reports(Database &db)
    : m_db(db)
{
}

ReadResult<Compared<CustomerFigures>> Reports::customers(const ReportPeriod &period)
{
    return tryRead<Compared<CustomerFigures>>("customer report", [&] {
        Compared<CustomerFigures> read;
        read.period = period;
        read.previousPeriod = period.previous();
        if (!seesWholeStore())
            return read;
        ReportQueries queries(m_db.connection());
        read.current = queries.customers(read.period);
        read.previous = queries.customers(read.previousPeriod);
        // Dormant as the segments define it today (the manager's rules), so past periods count alike.
        const Clock *clock = m_db.auditClock();
        const QDate today = clock ? clock->today() : QDate::currentDate();
        queries.addCustomerFlow({{read.period, &read.current}, {read.previousPeriod, &read.previous}}, today,
            LoyaltySettings(m_db).rules().segments);
        return read;
    });
}

ReadResult<Compared<SalesFigures>> Reports::sales(const ReportPeriod &period)
{
    return compare<SalesFigures>(
        "sales report", period, [this](const ReportPeriod &p) { return salesIn(p); });
}

ReadResult<Compared<LoyaltyFigures>> Reports::loyalty(const ReportPeriod &period)
{
    ReadResult<Compared<LoyaltyFigures>> result = tryRead<Compared<LoyaltyFigures>>("loyalty report", [&] {
        Compared<LoyaltyFigures> read;
        read.period = period;
        read.previousPeriod = period.previous();
        if (!seesWholeStore())
            return read;
        ReportQueries queries(m_db.connection());
        read.current = queries.loyalty(read.period);
        read.previous = queries.loyalty(read.previousPeriod);
        queries.addPoints({{read.period, &read.current}, {read.previousPeriod, &read.previous}});
        queries.addCoupons({{read.period, &read.current}, {read.previousPeriod, &read.previous}});
        return read;
    });
    if (!result.ok())
        return result;
    Compared<LoyaltyFigures> &figures = *result.value;
    // Segments are kept only as of the last nightly run: they describe now, not the period before.
    figures.previous.segments.clear();
    // What the outstanding points would cost at the counter, at today's rules (fractions of a
    // redemption step count pro rata: the liability is an estimate, not a redemption).
    const PointsRules rules = LoyaltySettings(m_db).rules().points;
    if (rules.redeemPoints > 0) {
        for (LoyaltyFigures *each : {&figures.current, &figures.previous})
            each->liabilityFen = each->pointsOutstanding * rules.redeemValue.fen() / rules.redeemPoints;
    }
    return result;
}

ReadResult<Compared<ServiceFigures>> Reports::service(const ReportPeriod &period)
{
    return compare<ServiceFigures>(
        "service report", period, [this](const ReportPeriod &p) { return serviceIn(p); });
}

ReadResult<Compared<StaffFigures>> Reports::staff(const ReportPeriod &period)
{
    return tryRead<Compared<StaffFigures>>("staff report", [&] {
        Compared<StaffFigures> read;
        read.period = period;
        read.previousPeriod = period.previous();
        read.current = staffIn(read.period);
        read.previous = staffIn(read.previousPeriod);
        ReportQueries(m_db.connection())
            .addRepeatBuyers({{read.period, &read.current}, {read.previousPeriod, &read.previous}});
        return read;
    });
}

ReadResult<ReportSet> Reports::all(const ReportPeriod &period)
{
    // The first report that cannot be read ends it: a set with a hole in it would print as zeros.
    ReportSet reports;
    QString error;
    if (take(customers(period), reports.customers, error) && take(sales(period), reports.sales, error)
        && take(loyalty(period), reports.loyalty, error) && take(service(period), reports.service, error)
        && take(staff(period), reports.staff, error) && take(campaigns(period), reports.campaigns, error))
        return {std::move(reports), {}};
    return {std::nullopt, error};
}

ReadResult<QList<CampaignInPeriod>> Reports::campaigns(const ReportPeriod &period)
{
    return tryRead<QList<CampaignInPeriod>>("campaigns report", [&] {
        QList<CampaignInPeriod> ran;
        if (!seesWholeStore())
            return ran;
        const QSqlDatabase db = m_db.connection();
        // Attribution as the Campaigns page counts by default; the PDF says so under its table.
        constexpr int attributionDays = CampaignService::defaultAttributionDays;
        for (const CampaignSummary &summary : CampaignRepository(db).list()) {
            const Campaign &c = summary.campaign;
            if (c.lastDay < period.from || c.firstDay > period.to)
                continue;
            const CampaignEffectQuery::Figures figures
                = CampaignEffectQuery(db).figures(c.id, c.firstDay, c.lastDay.addDays(attributionDays));
            CampaignEffect effect = CampaignEffectMath::measure(
                figures.invited, figures.holdout, c.firstDay, c.lastDay, attributionDays);
            effect.event = isEvent(c.kind);
            ran << CampaignInPeriod{c, effect};
        }
        std::sort(ran.begin(), ran.end(), [](const CampaignInPeriod &a, const CampaignInPeriod &b) {
            return a.campaign.firstDay != b.campaign.firstDay ? a.campaign.firstDay < b.campaign.firstDay
                                                              : a.campaign.id < b.campaign.id;
        });
        return ran;
    });
}

SalesFigures Reports::salesIn(const ReportPeriod &period)
{
    if (!seesWholeStore())
        return {};
    return ReportQueries(m_db.connection()).sales(period);
}

ServiceFigures Reports::serviceIn(const ReportPeriod &period)
{
    if (!seesWholeStore())
        return {};
    return ReportQueries(m_db.connection()).service(period);
}

StaffFigures Reports::staffIn(const ReportPeriod &period)
{
    ReportQueries queries(m_db.connection());
    StaffFigures figures = queries.staff(period);
    std::map<StaffId, std::pair<int, int>> registered; // count, sum of scores
    queries.forEachRegistered(
        period, [&](StaffId clerk, const Customer &customer, const ArchiveCompleteness::Extras &extras) {
            auto &entry = registered[clerk];
            ++entry.first;
            entry.second += ArchiveCompleteness::score(customer, extras);
        });
    if (!seesWholeStore()) {
        const std::optional<StaffId> self = m_db.auditActor().staffId;
        figures.rows.removeIf([&](const StaffRow &row) { return row.staff != self; });
    }
    for (StaffRow &row : figures.rows) {
        const auto found = registered.find(row.staff);
        if (found != registered.end()) {
            row.registered = found->second.first;
            row.completenessTotal = found->second.second;
        }
    }
    addPeriodTargets(figures.rows, period,
        StaffGoalRepository(m_db.connection())
            .targetsBetween(targetMonth(period.from), targetMonth(period.to)));
    return figures;
}

// The store's figures and the other clerks' rows are the manager's; a clerk sees their own row of
// the staff report (an empty report elsewhere, not an error: the page shows a clerk that tab only).
bool Reports::seesWholeStore() const
{
    return Access::allows(m_db, Permission::SeeOtherClerksReports);
}

} // namespace atelier
