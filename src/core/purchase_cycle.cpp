#include "core/purchase_cycle.h"

#include <algorithm>

namespace atelier {

PurchaseCycle purchaseCycle(std::vector<QDate> days)
{
    std::erase_if(days, [](const QDate &day) { return !day.isValid(); });
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());

    PurchaseCycle cycle;
    cycle.purchaseDays = int(days.size());
    if (days.empty())
        return cycle;
    cycle.lastPurchase = days.back();
    if (cycle.purchaseDays < PurchaseCycle::minimumPurchaseDays)
        return cycle;

    std::vector<qint64> gaps;
    gaps.reserve(days.size() - 1);
    for (std::size_t i = 1; i < days.size(); ++i)
        gaps.push_back(days[i - 1].daysTo(days[i]));
    std::sort(gaps.begin(), gaps.end());
    const std::size_t middle = gaps.size() / 2;
    const qint64 median = gaps.size() % 2 == 1 ? gaps[middle] : (gaps[middle - 1] + gaps[middle]) / 2;
    cycle.medianIntervalDays = int(median);
    cycle.expectedNext = cycle.lastPurchase.addDays(median);
    return cycle;
}

} // namespace atelier
