#pragma once

#include "core/loyalty.h"
#include "core/loyalty_rules.h"
#include "core/nightly_run.h"
#include "core/read_result.h"
#include "core/tier_change.h"
#include "core/write_result.h"
#include "services/loyalty_settings.h"

#include <QList>
#include <QObject>

#include <optional>
#include <vector>

namespace atelier {

class Clock;
class Database;

// One customer's line of the RFM report (atelier-cli rfm).
struct RfmRow
{
    CustomerId customer = 0;
    CustomerActivity activity; // lastPurchase invalid and zeros for a customer who never bought
    RfmScore score;
    StoreSegment segment = StoreSegment::None;
    NamedSegment named = NamedSegment::None;
    Tier tier = Tier::None;
};

// What the customer card shows about loyalty (the points come from PointsService). The tier, the
// score and its segments are the last nightly run's; the spend to the next tier is live, from her
// sales up to now, so that a sale or a return shows at once.
struct CustomerLoyalty
{
    Tier tier = Tier::None;
    QDate tierSince;
    std::optional<CustomerScore> score; // none until a nightly run has seen a purchase
    Tier nextTier = Tier::None; // None when already Black
    Money toNextTier; // spend still needed in the tier window, as of now
    CustomerActivity live; // her buying up to now, by the nightly run's definitions
    QDate scoredAsOf; // the last successful run's as-of date; invalid before the first
    // She bought or returned something the last run did not see: its score, segments and forecast
    // are older than her purchases (RFM scores are fifths of the whole store: not recomputed for one).
    bool changedSinceScored = false;
};

// Reading the loyalty engine's results and rules; the nightly job writes them.
class LoyaltyService : public QObject
{
    Q_OBJECT
public:
    LoyaltyService(Database &db, const Clock &clock, QObject *parent = nullptr);

    // Computed fresh from the sales as of the end of `asOf`, for every customer, without writing
    // anything; the tier is what the next nightly run as of that date would give.
    ReadResult<std::vector<RfmRow>> rfmAsOf(const QDate &asOf);

    ReadResult<CustomerLoyalty> customer(CustomerId id);
    ReadResult<QList<TierChange>> tierHistory(CustomerId id);
    ReadResult<QList<NightlyRun>> recentRuns(int limit);
    ReadResult<QDate> lastSuccessfulAsOf();

    LoyaltyRules rules();
    // Potential's automatic spend band as the last nightly run measured it; nothing before it.
    ReadResult<std::optional<LoyaltySettings::MeasuredBand>> measuredSpendBand();
    // The rules take effect at the next run. Emits rulesChanged when saved.
    WriteResult saveRules(const LoyaltyRules &rules);

signals:
    void rulesChanged();

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
