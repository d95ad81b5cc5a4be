#pragma once

#include "core/customer.h"
#include "core/loyalty.h"
#include "core/money.h"
#include "core/tier_change.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace atelier {

// Which customers the Tiers page lists: one cell of the tier × segment grid, a whole row or column
// of it (nullopt: any), or one named segment.
struct LoyaltyFilter
{
    std::optional<Tier> tier;
    std::optional<StoreSegment> segment;
    std::optional<NamedSegment> named;
    bool operator==(const LoyaltyFilter &) const = default;
};

// One customer of such a list, as of the last nightly run. The phone reads as the reader may see
// it (docs/privacy.md, "Who sees what"): LoyaltyReport shows it whole to whoever has SeeFullContact
// and masked to everyone else, in the list and in the file.
struct LoyaltyCustomerRow
{
    CustomerId id = 0;
    QString name;
    QString phone;
    Tier tier = Tier::None;
    StoreSegment segment = StoreSegment::None;
    NamedSegment named = NamedSegment::None;
    Money spend; // net spend up to the run's date
    QDate lastPurchase; // invalid: never bought
};

// One cell of the grid: customers and their net spend.
struct DistributionCell
{
    Tier tier = Tier::None;
    StoreSegment segment = StoreSegment::None;
    int customers = 0;
    Money spend;
};

struct NamedSegmentCount
{
    NamedSegment named = NamedSegment::None;
    int customers = 0;
};

// How the customers spread over tiers and segments, as of the last nightly run. Customers without
// a score are in StoreSegment::None ("no purchase yet"), without a tier in Tier::None (member).
struct LoyaltyDistribution
{
    QList<DistributionCell> cells; // the non-empty cells
    QList<NamedSegmentCount> named; // every named segment, None last (customers without a score)

    // nullopt sums over that dimension: (Gold, nullopt) is the Gold row.
    int customers(std::optional<Tier> tier, std::optional<StoreSegment> segment) const;
    Money spend(std::optional<Tier> tier, std::optional<StoreSegment> segment) const;
    int totalCustomers() const { return customers(std::nullopt, std::nullopt); }
    Money totalSpend() const { return spend(std::nullopt, std::nullopt); }
    // Spend of the part in percent of all spend (0 when nobody spent anything).
    double spendShare(std::optional<Tier> tier, std::optional<StoreSegment> segment) const;
};

// Which tier changes of a run to list.
enum class MovementDirection
{
    Any,
    Up,
    Down
};

// One tier change of a run, with the customer it concerns.
struct TierMovementRow
{
    TierChange change;
    QString name;
    QString phone; // as in LoyaltyCustomerRow
};

// How many customers moved from one store segment to another in a run (from None: first purchase).
struct SegmentMove
{
    StoreSegment from = StoreSegment::None;
    StoreSegment to = StoreSegment::None;
    int customers = 0;
};

} // namespace atelier
