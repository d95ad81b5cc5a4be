#include "services/loyalty_service.h"

#include "core/clock.h"
#include "core/rfm.h"
#include "core/tier_policy.h"
#include "services/loyalty_settings.h"
#include "services/try_read.h"
#include "storage/activity_query.h"
#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/nightly_run_repository.h"
#include "storage/score_repository.h"
#include "storage/tier_repository.h"

namespace atelier {

LoyaltyService::LoyaltyService(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
}

ReadResult<std::vector<RfmRow>> LoyaltyService::rfmAsOf(const QDate &asOf)
{
    return tryRead<std::vector<RfmRow>>("rfm report", [&] {
        const LoyaltyRules rules = LoyaltySettings(m_db).rules();
        const std::vector<CustomerActivity> activities
            = ActivityQuery(asOf, rules.segments, rules.tiers).run(m_db.connection());
        const std::vector<RfmScore> scores = rfmScores(activities, asOf);
        // The automatic band measured as of this date, as the nightly run would.
        const std::optional<SpendBand> band
            = potentialSpendBand(rules.segments, automaticSpendBand(activities, asOf, rules.segments));
        const std::unordered_map<CustomerId, TierState> tiers = TierRepository(m_db.connection()).all();
        std::vector<RfmRow> rows;
        std::size_t next = 0; // activities are in customer order, like the ids
        for (const CustomerId id : CustomerRepository(m_db.connection()).allIds()) {
            RfmRow row;
            row.customer = id;
            row.activity.customer = id;
            if (next < activities.size() && activities[next].customer == id) {
                row.activity = activities[next];
                row.score = scores[next];
                ++next;
            }
            row.segment = storeSegment(row.activity, asOf, rules.segments, band);
            row.named = namedSegment(row.score);
            const auto tier = tiers.find(id);
            row.tier = decideTier(
                tier == tiers.end() ? TierState() : tier->second, row.activity.tierSpend, asOf, rules.tiers)
                           .next.tier;
            rows.push_back(row);
        }
        return rows;
    });
}

ReadResult<CustomerLoyalty> LoyaltyService::customer(CustomerId id)
{
    return tryRead<CustomerLoyalty>("customer loyalty", [&] {
        CustomerLoyalty loyalty;
        const TierState tier = TierRepository(m_db.connection()).find(id);
        loyalty.tier = tier.tier;
        loyalty.tierSince = tier.reachedOn;
        loyalty.score = ScoreRepository(m_db.connection()).find(id);
        loyalty.scoredAsOf = NightlyRunRepository(m_db.connection()).lastSuccessfulAsOf();
        const LoyaltyRules rules = LoyaltySettings(m_db).rules();
        loyalty.live
            = ActivityQuery(m_clock.today(), rules.segments, rules.tiers).runFor(m_db.connection(), id);
        // What the run scored from, against what there is now: any sale, return or exchange since
        // moves one of them (the windowed figures move with the calendar alone, so they are not asked).
        if (loyalty.score) {
            const CustomerScore &seen = *loyalty.score;
            loyalty.changedSinceScored = seen.purchases != loyalty.live.purchases
                || seen.spend != loyalty.live.spend || seen.lastPurchase != loyalty.live.lastPurchase;
        } else {
            loyalty.changedSinceScored = loyalty.live.lastPurchase.isValid();
        }
        if (loyalty.tier != Tier::Black) {
            loyalty.nextTier = static_cast<Tier>(static_cast<int>(loyalty.tier) + 1);
            loyalty.toNextTier = rules.tiers.threshold(loyalty.nextTier) - loyalty.live.tierSpend;
            if (loyalty.toNextTier.fen() < 0)
                loyalty.toNextTier = Money(); // reached; the next nightly run moves them up
        }
        return loyalty;
    });
}

ReadResult<QList<TierChange>> LoyaltyService::tierHistory(CustomerId id)
{
    return tryRead<QList<TierChange>>(
        "tier history", [&] { return TierRepository(m_db.connection()).history(id); });
}

ReadResult<QList<NightlyRun>> LoyaltyService::recentRuns(int limit)
{
    return tryRead<QList<NightlyRun>>(
        "nightly runs", [&] { return NightlyRunRepository(m_db.connection()).recent(limit); });
}

ReadResult<QDate> LoyaltyService::lastSuccessfulAsOf()
{
    return tryRead<QDate>(
        "last run", [&] { return NightlyRunRepository(m_db.connection()).lastSuccessfulAsOf(); });
}

LoyaltyRules LoyaltyService::rules()
{
    return LoyaltySettings(m_db).rules();
}

ReadResult<std::optional<LoyaltySettings::MeasuredBand>> LoyaltyService::measuredSpendBand()
{
    return tryRead<std::optional<LoyaltySettings::MeasuredBand>>(
        "measured spend band", [&] { return LoyaltySettings(m_db).automaticBand(); });
}

WriteResult LoyaltyService::saveRules(const LoyaltyRules &rules)
{
    WriteResult saved = LoyaltySettings(m_db).save(rules);
    if (saved.ok())
        emit rulesChanged();
    return saved;
}

} // namespace atelier
