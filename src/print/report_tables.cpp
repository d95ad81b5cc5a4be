#include "print/report_tables.h"

#include "core/campaign.h"
#include "core/complaint.h"
#include "core/csv_writer.h"
#include "core/display_format.h"
#include "core/labels.h"
#include "core/money.h"

#include <QLocale>

#include <functional>

namespace atelier {

namespace {

using Label = std::function<QString(const QString &code)>;

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString percent(double ratio)
{
    return QLocale().toString(ratio * 100.0, 'f', 1) + QLatin1Char('%');
}

QString yuan(qint64 fen)
{
    return DisplayFormat::amount(Money::fromFen(fen));
}

QString decimal(double value)
{
    return QLocale().toString(value, 'f', 2);
}

QStringList periodHeader(const QString &what, const ReportPeriod &current, const ReportPeriod &previous)
{
    return {what, current.label(), previous.label()};
}

// A row per code seen in either period, in the current period's order, then the previous one's.
ReportTable distributionTable(const QString &title, const QString &what, const ReportPeriod &current,
    const ReportPeriod &previous, const Distribution &now, const Distribution &before, const Label &label,
    ReportTable::Chart chart, bool money = false)
{
    ReportTable table;
    table.title = title;
    table.header = periodHeader(what, current, previous);
    table.chart = chart;
    QStringList codes;
    for (const Distribution *d : {&now, &before})
        for (const Slice &slice : *d)
            if (!codes.contains(slice.code))
                codes << slice.code;
    const auto valueIn = [](const Distribution &d, const QString &code) -> qint64 {
        for (const Slice &slice : d)
            if (slice.code == code)
                return slice.value;
        return 0;
    };
    for (const QString &code : codes) {
        const qint64 a = valueIn(now, code);
        const qint64 b = valueIn(before, code);
        table.rows << QStringList{label(code), money ? yuan(a) : number(a), money ? yuan(b) : number(b)};
        table.chartLabels << label(code);
        table.chartCurrent << (money ? double(a) / 100.0 : double(a));
        table.chartPrevious << (money ? double(b) / 100.0 : double(b));
    }
    return table;
}

QString freeText(const QString &code)
{
    return code.isEmpty() ? ReportTables::tr("(none)") : code;
}

QString ageBand(const QString &code)
{
    if (code == QStringLiteral("under_25"))
        return ReportTables::tr("Under 25");
    if (code == QStringLiteral("25_34"))
        return ReportTables::tr("25–34");
    if (code == QStringLiteral("35_44"))
        return ReportTables::tr("35–44");
    if (code == QStringLiteral("45_54"))
        return ReportTables::tr("45–54");
    if (code == QStringLiteral("55_plus"))
        return ReportTables::tr("55 and over");
    return ReportTables::tr("Unknown");
}

QString segmentMove(const QString &code)
{
    const QStringList parts = code.split(QLatin1Char('>'));
    if (parts.size() != 2)
        return code;
    const QString from = parts.at(0).isEmpty() ? ReportTables::tr("(first scored)")
                                               : Labels::of(segmentFromCode(parts.at(0)));
    return ReportTables::tr("%1 → %2").arg(from, Labels::of(segmentFromCode(parts.at(1))));
}

QString complaintCategory(const QString &code)
{
    const std::optional<ComplaintCategory> category = complaintCategoryFromCode(code);
    return category ? Labels::of(*category) : code;
}

template <typename Figures>
ReportTable figureTable(const QString &title, const Compared<Figures> &report,
    const QList<std::pair<QString, std::function<QString(const Figures &)>>> &figures)
{
    ReportTable table;
    table.title = title;
    table.header = periodHeader(ReportTables::tr("Figure"), report.period, report.previousPeriod);
    for (const auto &[name, value] : figures)
        table.rows << QStringList{name, value(report.current), value(report.previous)};
    return table;
}

} // namespace

ReportSection ReportTables::customers(const Compared<CustomerFigures> &r)
{
    using F = CustomerFigures;
    ReportSection section{tr("Customers"), {}};
    section.tables << figureTable<F>(tr("Customer figures"), r,
        {{tr("Customers at the start"),
             [](const F &f) {
                 return number(f.atStart);
             }},
            {tr("Customers at the end"),
                [](const F &f) {
                    return number(f.atEnd);
                }},
            {tr("New customers"),
                [](const F &f) {
                    return number(f.newCustomers);
                }},
            {tr("Growth rate"),
                [](const F &f) {
                    return percent(f.growthRate());
                }},
            {tr("Bought in the 12 months before"),
                [](const F &f) {
                    return number(f.churnBase);
                }},
            {tr("... of them did not buy in the period"),
                [](const F &f) {
                    return number(f.churned);
                }},
            {tr("Churn rate"), [](const F &f) {
                 return percent(f.churnRate());
             }}});
    section.tables << distributionTable(
        tr("Gender"), tr("Gender"), r.period, r.previousPeriod, r.current.genders, r.previous.genders,
        [](const QString &code) {
            return code.isEmpty() ? ReportTables::tr("Not recorded") : Labels::of(genderFromCode(code));
        },
        ReportTable::Chart::Pie);
    section.tables << distributionTable(tr("Age"), tr("Age"), r.period, r.previousPeriod, r.current.ages,
        r.previous.ages, ageBand, ReportTable::Chart::Bar);
    section.tables << distributionTable(
        tr("Where new customers came from"), tr("Source"), r.period, r.previousPeriod, r.current.sources,
        r.previous.sources, [](const QString &code) { return Labels::of(sourceFromCode(code)); },
        ReportTable::Chart::Bar);
    return section;
}

ReportSection ReportTables::sales(const Compared<SalesFigures> &r)
{
    using F = SalesFigures;
    ReportSection section{tr("Sales"), {}};
    section.tables << figureTable<F>(tr("Sales figures"), r,
        {{tr("Sales (gross)"),
             [](const F &f) {
                 return yuan(f.grossFen);
             }},
            {tr("Refunds"),
                [](const F &f) {
                    return yuan(f.refundFen);
                }},
            {tr("Net revenue"),
                [](const F &f) {
                    return yuan(f.netFen());
                }},
            {tr("Orders"),
                [](const F &f) {
                    return number(f.orders);
                }},
            {tr("Average order value"),
                [](const F &f) {
                    return yuan(f.averageOrderFen());
                }},
            {tr("Items per order"),
                [](const F &f) {
                    return decimal(f.itemsPerOrder());
                }},
            {tr("Buying customers"),
                [](const F &f) {
                    return number(f.buyers);
                }},
            {tr("Purchase frequency"),
                [](const F &f) {
                    return decimal(f.purchaseFrequency());
                }},
            {tr("Repeat-purchase rate"),
                [](const F &f) {
                    return percent(f.repeatRate());
                }},
            {tr("Return rate (refunds / sales)"),
                [](const F &f) {
                    return percent(f.returnRate());
                }},
            {tr("Return rate (pieces)"), [](const F &f) {
                 return percent(f.returnedItemRate());
             }}});
    section.tables << distributionTable(tr("Category mix (amount)"), tr("Category"), r.period,
        r.previousPeriod, r.current.categoryFen, r.previous.categoryFen, freeText, ReportTable::Chart::Bar,
        true);
    section.tables << distributionTable(tr("Category mix (pieces)"), tr("Category"), r.period,
        r.previousPeriod, r.current.categoryItems, r.previous.categoryItems, freeText,
        ReportTable::Chart::None);
    section.tables << distributionTable(tr("Size mix (pieces)"), tr("Size"), r.period, r.previousPeriod,
        r.current.sizeItems, r.previous.sizeItems, freeText, ReportTable::Chart::Bar);
    section.tables << distributionTable(tr("Return reasons"), tr("Reason"), r.period, r.previousPeriod,
        r.current.returnReasons, r.previous.returnReasons, freeText, ReportTable::Chart::None);
    return section;
}

ReportSection ReportTables::loyalty(const Compared<LoyaltyFigures> &r)
{
    using F = LoyaltyFigures;
    ReportSection section{tr("Loyalty"), {}};
    section.tables << figureTable<F>(tr("Tiers and points"), r,
        {{tr("Tier ups"),
             [](const F &f) {
                 return number(f.tierUps);
             }},
            {tr("Tier downs"),
                [](const F &f) {
                    return number(f.tierDowns);
                }},
            {tr("Points issued"),
                [](const F &f) {
                    return number(f.pointsIssued);
                }},
            {tr("Points taken back by returns"),
                [](const F &f) {
                    return number(f.pointsReversed);
                }},
            {tr("Points redeemed"),
                [](const F &f) {
                    return number(f.pointsRedeemed);
                }},
            {tr("Points expired"),
                [](const F &f) {
                    return number(f.pointsExpired);
                }},
            {tr("Points adjusted"),
                [](const F &f) {
                    return number(f.pointsAdjusted);
                }},
            {tr("Points outstanding at the end"),
                [](const F &f) {
                    return number(f.pointsOutstanding);
                }},
            {tr("Points liability"),
                [](const F &f) {
                    return yuan(f.liabilityFen);
                }},
            {tr("Amount coupons open at the end"),
                [](const F &f) {
                    return number(f.amountCouponsOpen);
                }},
            {tr("Coupon liability (amount coupons at face value)"),
                [](const F &f) {
                    return yuan(f.couponLiabilityFen);
                }},
            {tr("Percent and gift coupons open (counted, not valued)"), [](const F &f) {
                 return number(f.otherCouponsOpen);
             }}});
    section.tables << distributionTable(
        tr("Tiers at the end"), tr("Tier"), r.period, r.previousPeriod, r.current.tiers, r.previous.tiers,
        [](const QString &code) { return Labels::of(tierFromCode(code)); }, ReportTable::Chart::Pie);
    section.tables << distributionTable(
        tr("Segments (as of the last nightly run)"), tr("Segment"), r.period, r.previousPeriod,
        r.current.segments, r.previous.segments,
        [](const QString &code) { return Labels::of(segmentFromCode(code)); }, ReportTable::Chart::Pie);
    section.tables << distributionTable(tr("Segment movement"), tr("Movement"), r.period, r.previousPeriod,
        r.current.segmentMoves, r.previous.segmentMoves, segmentMove, ReportTable::Chart::None);
    return section;
}

ReportSection ReportTables::service(const Compared<ServiceFigures> &r)
{
    using F = ServiceFigures;
    ReportSection section{tr("Service"), {}};
    section.tables << figureTable<F>(tr("Complaints and follow-ups"), r,
        {{tr("Complaints received"),
             [](const F &f) {
                 return number(f.complaints);
             }},
            {tr("... of them resolved"),
                [](const F &f) {
                    return number(f.complaintsResolved);
                }},
            {tr("Follow-ups due"),
                [](const F &f) {
                    return number(f.followUpsDue);
                }},
            {tr("Follow-ups done"),
                [](const F &f) {
                    return number(f.followUpsDone);
                }},
            {tr("Follow-up completion"), [](const F &f) {
                 return percent(f.followUpCompletion());
             }}});
    section.tables << distributionTable(tr("Complaint types"), tr("Complaint type"), r.period,
        r.previousPeriod, r.current.complaintCategories, r.previous.complaintCategories, complaintCategory,
        ReportTable::Chart::Bar);
    return section;
}

ReportSection ReportTables::staff(const Compared<StaffFigures> &r)
{
    ReportSection section{tr("Staff"), {}};
    ReportTable table;
    table.title = tr("Per clerk");
    const QString now = r.period.label();
    const QString before = r.previousPeriod.label();
    table.header = {tr("Clerk"), tr("Registered (%1)").arg(now), tr("Registered (%1)").arg(before),
        tr("Archive completeness (%1)").arg(now), tr("Archive completeness (%1)").arg(before),
        tr("Orders (%1)").arg(now), tr("Sales (%1)").arg(now), tr("Sales (%1)").arg(before),
        tr("Follow-ups done (%1)").arg(now), tr("Follow-ups done (%1)").arg(before)};
    table.chart = ReportTable::Chart::Bar;
    for (const StaffRow &row : r.current.rows) {
        const StaffRow *previous = r.previous.find(row.staff);
        const StaffRow empty;
        const StaffRow &p = previous ? *previous : empty;
        table.rows << QStringList{row.name, number(row.registered), number(p.registered),
            number(row.averageCompleteness()), number(p.averageCompleteness()), number(row.orders),
            yuan(row.salesFen), yuan(p.salesFen), number(row.followUpsDone), number(p.followUpsDone)};
        table.chartLabels << row.name;
        table.chartCurrent << double(row.salesFen) / 100.0;
        table.chartPrevious << double(p.salesFen) / 100.0;
    }
    section.tables << table;
    return section;
}

QList<ReportSection> ReportTables::all(const ReportSet &reports)
{
    return {customers(reports.customers), sales(reports.sales), loyalty(reports.loyalty),
        service(reports.service), staff(reports.staff)};
}

bool ReportTables::writeCsv(const ReportTable &table, QIODevice &device)
{
    CsvWriter writer(device);
    writer.writeByteOrderMark();
    writer.writeRow(table.header);
    for (const QStringList &row : table.rows)
        writer.writeRow(row);
    return !writer.hasError();
}

ReportSection ReportTables::campaigns(const QList<CampaignInPeriod> &campaigns)
{
    ReportTable table;
    table.title = tr("Campaigns that ran this month");
    table.header = {tr("Campaign"), tr("Days"), tr("Invited: conversion"), tr("Holdout: conversion"),
        tr("Difference (95 % interval)"), tr("Coupons redeemed"), tr("Will come / came")};
    for (const CampaignInPeriod &ran : campaigns) {
        const Campaign &c = ran.campaign;
        const CampaignEffect &e = ran.effect;
        const LiftInterval &lift = e.conversionLift;
        const QString difference = !lift.valid ? tr("no holdout to compare with")
            : lift.includesZero()
            ? tr("%1 points (%2 to %3), not told apart from chance")
                  .arg(decimal(lift.estimate * 100), decimal(lift.low * 100), decimal(lift.high * 100))
            : tr("%1 points (%2 to %3)")
                  .arg(decimal(lift.estimate * 100), decimal(lift.low * 100), decimal(lift.high * 100));
        table.rows << QStringList{tr("%1 (%2)").arg(c.name, CampaignLabels::of(c.kind)),
            tr("%1 – %2").arg(DisplayFormat::date(c.firstDay), DisplayFormat::date(c.lastDay)),
            tr("%1 of %2 (%3)")
                .arg(number(e.invited.buyers), number(e.invited.customers), percent(e.invited.conversion())),
            tr("%1 of %2 (%3)")
                .arg(number(e.holdout.buyers), number(e.holdout.customers), percent(e.holdout.conversion())),
            difference, number(e.invited.couponsRedeemed),
            e.event ? tr("%1 / %2").arg(number(e.invited.rsvpYes), number(e.invited.attended))
                    : QStringLiteral("–")};
    }
    return {tr("Campaigns"), {table}};
}

} // namespace atelier
