#include "core/loyalty_query.h"

namespace atelier {

namespace {

bool matches(const DistributionCell &cell, std::optional<Tier> tier, std::optional<StoreSegment> segment)
{
    return (!tier || cell.tier == *tier) && (!segment || cell.segment == *segment);
}

} // namespace

int LoyaltyDistribution::customers(std::optional<Tier> tier, std::optional<StoreSegment> segment) const
{
    int sum = 0;
    for (const DistributionCell &cell : cells)
        if (matches(cell, tier, segment))
            sum += cell.customers;
    return sum;
}

Money LoyaltyDistribution::spend(std::optional<Tier> tier, std::optional<StoreSegment> segment) const
{
    Money sum;
    for (const DistributionCell &cell : cells)
        if (matches(cell, tier, segment))
            sum += cell.spend;
    return sum;
}

double LoyaltyDistribution::spendShare(std::optional<Tier> tier, std::optional<StoreSegment> segment) const
{
    const std::int64_t total = totalSpend().fen();
    if (total <= 0)
        return 0.0;
    return 100.0 * double(spend(tier, segment).fen()) / double(total);
}

} // namespace atelier
