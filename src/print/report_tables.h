#pragma once

#include "services/reports.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QStringList>

namespace atelier {

// One table of a report as people read it: words in the UI language, the chosen period beside the
// one before. The Reports page shows it (with its chart), exports it as CSV, and the monthly PDF
// prints it.
struct ReportTable
{
    enum class Chart
    {
        None,
        Pie, // the current period's shares
        Bar, // current and previous side by side
    };
    QString title;
    QStringList header;
    QList<QStringList> rows;
    // Per row, what the figure counts (docs/reports.md), shown as its tooltip; empty: none.
    QStringList definitions;
    Chart chart = Chart::None;
    QStringList chartLabels;
    QList<double> chartCurrent;
    QList<double> chartPrevious;
};

struct ReportSection
{
    QString title;
    QList<ReportTable> tables;
};

class ReportTables
{
    Q_DECLARE_TR_FUNCTIONS(ReportTables)
public:
    static ReportSection customers(const Compared<CustomerFigures> &report);
    static ReportSection sales(const Compared<SalesFigures> &report);
    static ReportSection loyalty(const Compared<LoyaltyFigures> &report);
    static ReportSection service(const Compared<ServiceFigures> &report);
    static ReportSection staff(const Compared<StaffFigures> &report);
    static ReportTable staffGoalsTable(const Compared<StaffFigures> &report);
    static QList<ReportSection> all(const ReportSet &reports);
    // The campaigns that ran in the period (issue 22): for each, invited and holdout conversion, the
    // difference with its 95 % interval, coupons redeemed and, for events, answers and attendance.
    // Not among all(): the Reports page has no tab for it; the monthly PDF prints it after them.
    static ReportSection campaigns(const QList<CampaignInPeriod> &campaigns);

    // RFC 4180, UTF-8 with BOM (Excel on a Chinese Windows); false when the device failed.
    static bool writeCsv(const ReportTable &table, QIODevice &device);
};

} // namespace atelier
