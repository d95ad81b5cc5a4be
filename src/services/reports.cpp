#include "services/reports.h"

#include "core/points_rules.h"
#include "services/access.h"
#include "services/loyalty_settings.h"
#include "services/read_or.h"
#include "storage/database.h"
#include "storage/report_queries.h"

#include <map>

namespace atelier {

namespace {

template <typename Figures, typename Read> Compared<Figures> compare(const ReportPeriod &period, Read &&read)
{
    Compared<Figures> result;
    result.period = period;
    result.previousPeriod = period.previous();
    result.current = read(result.period);
    result.previous = read(result.previousPeriod);
    return result;
}

} // namespace

Reports::Reports(Database &db)
    : m_db(db)
{
}

Compared<CustomerFigures> Reports::customers(const ReportPeriod &period)
{
    return compare<CustomerFigures>(period, [this](const ReportPeriod &p) { return customersIn(p); });
}

Compared<SalesFigures> Reports::sales(const ReportPeriod &period)
{
    return compare<SalesFigures>(period, [this](const ReportPeriod &p) { return salesIn(p); });
}

Compared<LoyaltyFigures> Reports::loyalty(const ReportPeriod &period)
{
    Compared<LoyaltyFigures> result;
    result.period = period;
    result.previousPeriod = period.previous();
    if (!seesWholeStore())
        return result;
    result = readOr<Compared<LoyaltyFigures>>("loyalty report", [&] {
        Compared<LoyaltyFigures> read = result;
        ReportQueries queries(m_db.connection());
        read.current = queries.loyalty(read.period);
        read.previous = queries.loyalty(read.previousPeriod);
        queries.addPoints({{read.period, &read.current}, {read.previousPeriod, &read.previous}});
        return read;
    });
    result.period = period; // also when the read failed
    result.previousPeriod = period.previous();
    // Segments are kept only as of the last nightly run: they describe now, not the period before.
    result.previous.segments.clear();
    // What the outstanding points would cost at the counter, at today's rules (fractions of a
    // redemption step count pro rata: the liability is an estimate, not a redemption).
    const PointsRules rules = LoyaltySettings(m_db).rules().points;
    if (rules.redeemPoints > 0) {
        for (LoyaltyFigures *figures : {&result.current, &result.previous})
            figures->liabilityFen = figures->pointsOutstanding * rules.redeemValue.fen() / rules.redeemPoints;
    }
    return result;
}

Compared<ServiceFigures> Reports::service(const ReportPeriod &period)
{
    return compare<ServiceFigures>(period, [this](const ReportPeriod &p) { return serviceIn(p); });
}

Compared<StaffFigures> Reports::staff(const ReportPeriod &period)
{
    return compare<StaffFigures>(period, [this](const ReportPeriod &p) { return staffIn(p); });
}

ReportSet Reports::all(const ReportPeriod &period)
{
    return {customers(period), sales(period), loyalty(period), service(period), staff(period)};
}

CustomerFigures Reports::customersIn(const ReportPeriod &period)
{
    if (!seesWholeStore())
        return {};
    return readOr<CustomerFigures>(
        "customer report", [&] { return ReportQueries(m_db.connection()).customers(period); });
}

SalesFigures Reports::salesIn(const ReportPeriod &period)
{
    if (!seesWholeStore())
        return {};
    return readOr<SalesFigures>(
        "sales report", [&] { return ReportQueries(m_db.connection()).sales(period); });
}

ServiceFigures Reports::serviceIn(const ReportPeriod &period)
{
    if (!seesWholeStore())
        return {};
    return readOr<ServiceFigures>(
        "service report", [&] { return ReportQueries(m_db.connection()).service(period); });
}

StaffFigures Reports::staffIn(const ReportPeriod &period)
{
    return readOr<StaffFigures>("staff report", [&] {
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
        return figures;
    });
}

// The store's figures and the other clerks' rows are the manager's; a clerk sees their own row of
// the staff report (an empty report elsewhere, not an error: the page shows a clerk that tab only).
bool Reports::seesWholeStore() const
{
    return Access::allows(m_db, Permission::SeeOtherClerksReports);
}

} // namespace atelier
