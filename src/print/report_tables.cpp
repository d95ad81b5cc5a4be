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

// A figure of a table: its name, its value in a period and what it counts (the row's tooltip).
template <typename Figures> struct Figure
{
    QString name;
    std::function<QString(const Figures &)> value;
    QString definition = {};
};

template <typename Figures>
ReportTable figureTable(
    const QString &title, const Compared<Figures> &report, const QList<Figure<Figures>> &figures)
{
    ReportTable table;
    table.title = title;
    table.header = periodHeader(ReportTables::tr("Figure"), report.period, report.previousPeriod);
    for (const Figure<Figures> &figure : figures) {
        table.rows << QStringList{figure.name, figure.value(report.current), figure.value(report.previous)};
        table.definitions << figure.definition;
    }
    return table;
}

// A figure whose window is not over yet, marked so: it can still rise.
QString soFar(const QString &value, bool open)
{
    return open ? ReportTables::tr("%1 (so far)", "a figure whose window is not over").arg(value) : value;
}

QString days(int value)
{
    return value < 0 ? QStringLiteral("–") : ReportTables::tr("%n day(s)", nullptr, value);
}

// One source channel's new customers who bought within the conversion window, "3 of 10 (30.0%)".
QString converted(const Conversion &row)
{
    return ReportTables::tr("%1 of %2 (%3)")
        .arg(number(row.boughtWithin), number(row.registered), percent(row.rate()));
}

// A row per source channel in either period: its conversion, or its median days to the first purchase.
ReportTable conversionTable(const QString &title, const Compared<CustomerFigures> &r, bool medianDays)
{
    ReportTable table;
    table.title = title;
    table.header = periodHeader(ReportTables::tr("Source"), r.period, r.previousPeriod);
    table.chart = medianDays ? ReportTable::Chart::None : ReportTable::Chart::Bar;
    QStringList codes;
    for (const QList<Conversion> *rows : {&r.current.conversion, &r.previous.conversion})
        for (const Conversion &row : *rows)
            if (!codes.contains(row.source))
                codes << row.source;
    const auto find = [](const QList<Conversion> &rows, const QString &code) {
        for (const Conversion &row : rows)
            if (row.source == code)
                return row;
        return Conversion{code};
    };
    for (const QString &code : codes) {
        const Conversion now = find(r.current.conversion, code);
        const Conversion before = find(r.previous.conversion, code);
        const QString label = Labels::of(sourceFromCode(code));
        if (medianDays)
            table.rows << QStringList{label, days(now.medianDaysToFirst), days(before.medianDaysToFirst)};
        else
            table.rows << QStringList{label, converted(now), converted(before)};
        table.chartLabels << label;
        table.chartCurrent << (medianDays ? now.medianDaysToFirst : now.rate() * 100.0);
        table.chartPrevious << (medianDays ? before.medianDaysToFirst : before.rate() * 100.0);
    }
    return table;
}

} // namespace

ReportSection ReportTables::customers(const Compared<CustomerFigures> &r)
{
    using F = CustomerFigures;
    ReportSection section{tr("Customers"), {}};
    section.tables << figureTable<F>(tr("Customer figures"), r,
        {{tr("Customers at the start"), [](const F &f) { return number(f.atStart); },
             tr("Customers registered before the period's first day.")},
            {tr("Customers at the end"), [](const F &f) { return number(f.atEnd); },
                tr("Customers registered by the period's last day.")},
            {tr("New customers"), [](const F &f) { return number(f.newCustomers); },
                tr("Customers registered in the period.")},
            {tr("Growth rate"), [](const F &f) { return percent(f.growthRate()); },
                tr("(Customers at the end − customers at the start) / customers at the start.")},
            {tr("Prospects at the end"), [](const F &f) { return number(f.prospectsAtEnd); },
                tr("Customers registered by the period's last day with no purchase by it (潜在客户).")},
            {tr("Buyers of the year before (retention base)"),
                [](const F &f) { return number(f.retentionBase); },
                tr("Customers with a purchase in the 12 months before the 12 months that end with the "
                   "period's last day.")},
            {tr("... of them bought again in the last 12 months"),
                [](const F &f) { return soFar(number(f.retained), f.retentionSoFar); },
                tr("Of the retention base, the customers with a purchase in the 12 months that end with the "
                   "period's last day. For a period not over yet: purchases up to today (so far).")},
            {tr("12-month retention"),
                [](const F &f) { return soFar(percent(f.retentionRate()), f.retentionSoFar); },
                tr("Of the customers who bought in the year before the last 12 months, the share who bought "
                   "again in those 12 months (ending with the period's last day). Both periods are whole "
                   "years, so months compare; a period not over yet counts purchases up to today (so far).")},
            {tr("Crossed into Dormant"), [](const F &f) { return number(f.crossedIntoDormant); },
                tr("Customers who became Dormant on a day of the period (up to today): their last purchase "
                   "became older than the Dormant rule's days (Settings → Loyalty), with no more purchases "
                   "in "
                   "all than the rule allows. Computed from the sales, so past periods count too.")},
            {tr("New customers who bought within %n day(s)", nullptr, CustomerFigures::conversionDays),
                [](const F &f) { return soFar(number(f.convertedWithin), f.conversionSoFar); },
                tr("Customers registered in the period whose first purchase came at most %n day(s) after "
                   "they registered (a purchase before registering counts). While a new customer's days are "
                   "not over, the figure is so far.",
                    nullptr, CustomerFigures::conversionDays)},
            {tr("Conversion of new customers"),
                [](const F &f) { return soFar(percent(f.conversionRate()), f.conversionSoFar); },
                tr("New customers who bought within %n day(s) / new customers.", nullptr,
                    CustomerFigures::conversionDays)},
            {tr("Days to the first purchase (median)"),
                [](const F &f) { return days(f.medianDaysToFirstPurchase); },
                tr("Of the new customers who have bought by today, the median number of days from "
                   "registering to the first purchase (0: the same day; the lower middle of an even "
                   "count).")}});
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
    section.tables << conversionTable(
        tr("New customers who bought within %n day(s), by source", nullptr, CustomerFigures::conversionDays),
        r, false);
    section.tables << conversionTable(tr("Days to the first purchase (median), by source"), r, true);
    return section;
}

ReportSection ReportTables::sales(const Compared<SalesFigures> &r)
{
    using F = SalesFigures;
    ReportSection section{tr("Sales"), {}};
    section.tables << figureTable<F>(tr("Sales figures"), r,
        {{tr("Sales (gross)"), [](const F &f) { return yuan(f.grossFen); },
             tr("The total of every sale made in the period, the replacement side of exchanges included.")},
            {tr("Refunds"), [](const F &f) { return yuan(f.refundFen); },
                tr("Refunds of the returns and exchanges made in the period, whenever the sale was made.")},
            {tr("Net revenue"), [](const F &f) { return yuan(f.netFen()); }, tr("Sales (gross) − refunds.")},
            {tr("Orders"), [](const F &f) { return number(f.orders); },
                tr("Sales made in the period that are not the replacement side of an exchange, walk-in sales "
                   "included.")},
            {tr("Average order value"), [](const F &f) { return yuan(f.averageOrderFen()); },
                tr("What the orders of the period came to at the till / orders (refunds and exchange "
                   "replacements are left out of both).")},
            {tr("Items per order"), [](const F &f) { return decimal(f.itemsPerOrder()); },
                tr("Pieces on the orders / orders.")},
            {tr("Buying customers"), [](const F &f) { return number(f.buyers); },
                tr("Customers with at least one order in the period.")},
            {tr("Purchase frequency"), [](const F &f) { return decimal(f.purchaseFrequency()); },
                tr("Orders with a customer / buying customers.")},
            {tr("Repeat-purchase rate"), [](const F &f) { return percent(f.repeatRate()); },
                tr("Buying customers with two or more orders in the period / buying customers.")},
            {tr("Return rate (refunds / sales)"), [](const F &f) { return percent(f.returnRate()); },
                tr("Refunds in the period / sales (gross) in the period; a refund may be of an earlier "
                   "period's sale.")},
            {tr("Return rate (pieces)"), [](const F &f) { return percent(f.returnedItemRate()); },
                tr("Pieces returned or exchanged in the period / pieces on the period's orders.")}});
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
        {{tr("Tier ups"), [](const F &f) { return number(f.tierUps); },
             tr("Tier changes in the period because spend reached a tier's threshold.")},
            {tr("Tier downs"), [](const F &f) { return number(f.tierDowns); },
                tr("Tier changes in the period because spend fell below the tier's threshold.")},
            {tr("Points issued"), [](const F &f) { return number(f.pointsIssued); },
                tr("Points earned in the period.")},
            {tr("Points taken back by returns"), [](const F &f) { return number(f.pointsReversed); },
                tr("Points taken back in the period because the purchase was returned.")},
            {tr("Points redeemed"), [](const F &f) { return number(f.pointsRedeemed); },
                tr("Points redeemed at the counter in the period.")},
            {tr("Points expired"), [](const F &f) { return number(f.pointsExpired); },
                tr("Points that expired in the period.")},
            {tr("Points adjusted"), [](const F &f) { return number(f.pointsAdjusted); },
                tr("Manual adjustments in the period, net (may be negative).")},
            {tr("Points outstanding at the end"), [](const F &f) { return number(f.pointsOutstanding); },
                tr("Every customer's points balance on the period's last day.")},
            {tr("Points liability"), [](const F &f) { return yuan(f.liabilityFen); },
                tr("Points outstanding at the end × the redemption value of a point under today's rules.")},
            {tr("Amount coupons open at the end"), [](const F &f) { return number(f.amountCouponsOpen); },
                tr("Amount coupons issued by the last day, valid on it and not redeemed, expired or "
                   "cancelled by then.")},
            {tr("Coupon liability (amount coupons at face value)"),
                [](const F &f) { return yuan(f.couponLiabilityFen); },
                tr("The face value of the amount coupons open at the end.")},
            {tr("Percent and gift coupons open (counted, not valued)"),
                [](const F &f) { return number(f.otherCouponsOpen); },
                tr("Percent and gift coupons open at the end; what they take off depends on a sale not yet "
                   "made.")}});
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
        {{tr("Complaints received"), [](const F &f) { return number(f.complaints); },
             tr("Complaints received in the period.")},
            {tr("... of them resolved"), [](const F &f) { return number(f.complaintsResolved); },
                tr("Of the complaints received in the period, those resolved, called back or closed by "
                   "now.")},
            {tr("Follow-ups due"), [](const F &f) { return number(f.followUpsDue); },
                tr("Follow-up tasks due in the period and not cancelled (a prospect's task closed by her "
                   "purchase is cancelled).")},
            {tr("Follow-ups done"), [](const F &f) { return number(f.followUpsDone); },
                tr("Of the follow-ups due in the period, those done by now.")},
            {tr("Follow-up completion"), [](const F &f) { return percent(f.followUpCompletion()); },
                tr("Follow-ups done / follow-ups due.")}});
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
    section.tables << staffGoalsTable(r);
    return section;
}

// Each clerk's period against her targets, and the quality of her work (issue 24; docs/reports.md,
// "Staff"): the period only, without the one before.
ReportTable ReportTables::staffGoalsTable(const Compared<StaffFigures> &r)
{
    ReportTable table;
    table.title = tr("Targets and quality (%1)").arg(r.period.label());
    table.header = {tr("Clerk"), tr("Sales / target"), tr("New archives / target"),
        tr("Follow-ups done / target"), tr("Follow-ups on time"), tr("Repeat-purchase rate"),
        tr("Average satisfaction"), tr("Archive completeness")};
    const auto against = [](const QString &actual, const QString &target, bool has) {
        return has ? tr("%1 / %2").arg(actual, target) : tr("%1 / no target").arg(actual);
    };
    for (const StaffRow &row : r.current.rows) {
        table.rows << QStringList{row.name,
            against(yuan(row.salesFen), yuan(row.targetSalesFen.value_or(0)), row.targetSalesFen.has_value()),
            against(number(row.registered), number(row.targetNewArchives.value_or(0)),
                row.targetNewArchives.has_value()),
            against(number(row.followUpsDone), number(row.targetFollowUpsDone.value_or(0)),
                row.targetFollowUpsDone.has_value()),
            row.followUpsDone == 0
                ? QStringLiteral("–")
                : tr("%1 (%2)").arg(number(row.followUpsOnTime), percent(row.onTimeRate())),
            row.registeredBuyers == 0
                ? QStringLiteral("–")
                : tr("%1 of %2").arg(percent(row.repeatRate()), number(row.registeredBuyers)),
            row.scores == 0 ? QStringLiteral("–")
                            : tr("%1 (%n score(s))", nullptr, row.scores).arg(decimal(row.averageScore())),
            row.registered == 0 ? QStringLiteral("–") : number(row.averageCompleteness())};
    }
    return table;
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
