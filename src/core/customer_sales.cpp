#include "core/customer_sales.h"

namespace atelier {

ActivityWindows ActivityWindows::of(const QDate &asOf, const SegmentRules &segments, const TierRules &tiers)
{
    ActivityWindows windows;
    windows.recentFrom = asOf.addDays(-segments.frequencyWindowDays);
    if (tiers.spendWindowMonths > 0)
        windows.tierFrom = asOf.addMonths(-tiers.spendWindowMonths).addDays(1);
    return windows;
}

CustomerSales tallySales(
    CustomerId customer, const std::vector<SaleFact> &sales, const ActivityWindows &windows)
{
    CustomerSales result;
    CustomerActivity &activity = result.activity;
    activity.customer = customer;
    std::int64_t spend = 0;
    std::int64_t tierSpend = 0;
    for (const SaleFact &sale : sales) {
        spend += sale.keptFen;
        if (!windows.tierFrom.isValid() || sale.day >= windows.tierFrom)
            tierSpend += sale.keptFen;
        if (sale.exchange || sale.keptFen <= 0)
            continue;
        ++activity.purchases;
        if (sale.day >= windows.recentFrom)
            ++activity.recentPurchases;
        if (!activity.lastPurchase.isValid() || sale.day > activity.lastPurchase)
            activity.lastPurchase = sale.day;
        result.purchases.push_back({sale.day, sale.keptFen});
    }
    activity.spend = Money::fromFen(spend);
    activity.tierSpend = Money::fromFen(tierSpend);
    return result;
}

} // namespace atelier
