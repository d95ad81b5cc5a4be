#pragma once

#include "core/loyalty_rules.h"
#include "core/report_figures.h"

#include <QDate>
#include <QString>

#include <map>
#include <vector>

namespace atelier {

// The customer figures that need every customer's purchases (docs/reports.md, "Customers"): prospects
// at the end, 12-month retention, the customers who crossed into Dormant, and the new customers'
// conversion by source channel with the days to their first purchase. Fed one customer at a time by
// one pass over the customers and their sales, for one period; pure, so a hand-computed store checks it.
class CustomerFlow
{
public:
    // `today` bounds what can have happened: nothing after it is counted, and a window that ends after
    // it is marked "so far". The Dormant rule's days and purchases come from `segments`.
    CustomerFlow(const ReportPeriod &period, const QDate &today, const SegmentRules &segments);

    // One customer: the day she was registered, her source channel's code and the day of each of her
    // purchases (a day per purchase), in ascending order: one sort serves every period's flow.
    void add(const QDate &registeredOn, const QString &source, const std::vector<QDate> &purchases);
    // The figures into `figures` (the counts of registrations stay as the queries read them).
    void finishInto(CustomerFigures &figures) const;

    // Whether a customer with these purchase days (ascending) crossed into Dormant on a day in
    // [first, last]: some purchase day L whose next purchase comes after L + dormantAfterDays + 1, that
    // day in the window, with at most dormantMaxPurchases purchases up to L (0: any number).
    static bool crossedIntoDormant(
        const std::vector<QDate> &days, const QDate &first, const QDate &last, const SegmentRules &segments);

private:
    ReportPeriod m_period;
    QDate m_today;
    QDate m_lastSeen; // the period's last day, or today when the period is not over
    SegmentRules m_segments;
    QDate m_baseFrom; // 24 months before the day after the period
    QDate m_yearFrom; // 12 months before it
    CustomerFigures m_figures;
    std::map<QString, Conversion> m_bySource;
    std::map<QString, std::vector<int>> m_daysBySource; // days to the first purchase, those who bought
    std::vector<int> m_days;
};

} // namespace atelier
