#include "core/purchase_history.h"

#include <algorithm>

namespace atelier {

QString toCode(TimeUnit unit)
{
    return unit == TimeUnit::Day ? QStringLiteral("day") : QStringLiteral("week");
}

std::optional<TimeUnit> timeUnitFromCode(const QString &code)
{
    if (code == QLatin1String("day"))
        return TimeUnit::Day;
    if (code == QLatin1String("week"))
        return TimeUnit::Week;
    return std::nullopt;
}

double daysPer(TimeUnit unit)
{
    return unit == TimeUnit::Day ? 1.0 : 7.0;
}

PurchaseHistorySummary summarizePurchases(
    const std::vector<PurchaseDay> &purchases, const QDate &asOf, TimeUnit unit)
{
    std::vector<PurchaseDay> days = purchases;
    std::sort(
        days.begin(), days.end(), [](const PurchaseDay &l, const PurchaseDay &r) { return l.day < r.day; });
    // Same-day purchases merged into one purchase day with their values added up.
    std::size_t kept = 0;
    for (std::size_t i = 0; i < days.size(); ++i) {
        if (kept > 0 && days[kept - 1].day == days[i].day)
            days[kept - 1].fen += days[i].fen;
        else
            days[kept++] = days[i];
    }
    days.resize(kept);

    PurchaseHistorySummary summary;
    if (days.empty())
        return summary;
    const QDate first = days.front().day;
    const QDate last = days.back().day;
    const double perUnit = daysPer(unit);
    summary.repeat.x = double(days.size() - 1);
    summary.repeat.tx = double(first.daysTo(last)) / perUnit;
    summary.repeat.T = double(first.daysTo(asOf)) / perUnit;
    summary.spend.x = summary.repeat.x;
    if (days.size() > 1) {
        double repeatFen = 0;
        for (std::size_t i = 1; i < days.size(); ++i)
            repeatFen += double(days[i].fen);
        summary.spend.zbar = repeatFen / summary.repeat.x;
    }
    std::vector<QDate> dates;
    dates.reserve(days.size());
    for (const PurchaseDay &day : days)
        dates.push_back(day.day);
    summary.cycle = purchaseCycle(std::move(dates));
    summary.daysSinceLastPurchase = int(last.daysTo(asOf));
    summary.firstPurchase = first;
    summary.lastPurchase = last;
    return summary;
}

} // namespace atelier
