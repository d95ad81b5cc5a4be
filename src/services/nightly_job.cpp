#include "services/nightly_job.h"

#include "core/clock.h"
#include "core/points_rules.h"
#include "core/rfm.h"
#include "core/tier_change.h"
#include "services/audit_trail.h"
#include "services/backup_service.h"
#include "services/benefit_service.h"
#include "services/change_notifier.h"
#include "services/consent_policy.h"
#include "services/loyalty_settings.h"
#include "services/nightly_read_ahead.h"
#include "services/prediction_service.h"
#include "services/referral_rewards.h"
#include "services/retry.h"
#include "services/service_settings.h"
#include "services/task_generator.h"
#include "storage/coupon_repository.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/foreign_key_checks_off.h"
#include "storage/nightly_run_repository.h"
#include "storage/page_cache_scope.h"
#include "storage/points_repository.h"
#include "storage/sales_pass_query.h"
#include "storage/score_repository.h"
#include "storage/segment_history_repository.h"
#include "storage/storage_error.h"
#include "storage/tier_repository.h"
#include "storage/transaction.h"

#include <QElapsedTimer>

#include <spdlog/spdlog.h>

namespace atelier {

namespace {

struct Cancelled
{
};

void step(
    const NightlyJob::Progress &progress, const std::atomic_bool *cancel, int percent, const QString &what)
{
    if (cancel && cancel->load())
        throw Cancelled();
    if (progress)
        progress(percent, what);
}

CustomerScore scoreFor(const CustomerActivity &activity, const RfmScore &score, const QDate &asOf,
    const SegmentRules &rules, const std::optional<SpendBand> &band, const CustomerScore *before)
{
    CustomerScore next;
    next.customer = activity.customer;
    next.lastPurchase = activity.lastPurchase;
    next.purchases = activity.purchases;
    next.recentPurchases = activity.recentPurchases;
    next.spend = activity.spend;
    next.tierSpend = activity.tierSpend;
    next.score = score;
    next.segment = storeSegment(activity, asOf, rules, band);
    next.named = namedSegment(score);
    if (!before) {
        next.segmentSince = asOf;
    } else if (before->segment != next.segment) {
        next.previousSegment = before->segment;
        next.segmentSince = asOf;
    } else {
        next.previousSegment = before->previousSegment;
        next.segmentSince = before->segmentSince;
    }
    return next;
}

// `next` as the run's message, keeping the notice that Dormant changed meaning in front of it when
// the run gave that notice (it is given once: it must not be lost to a later message).
StoredWords keepingNotice(const StoredWords &current, const StoredWords &next)
{
    if (current.kind != QLatin1String("dormant_rule_changed") || current.args.size() < 2)
        return next;
    return StoredWords::dormantRuleChanged(current.args[0].toInt(), current.args[1].toInt(), next);
}

} // namespace

NightlyJob::NightlyJob(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

NightlyRun NightlyJob::run(const QDate &asOf, NightlyRun::StartedBy startedBy, const Progress &progress,
    const std::atomic_bool *cancel)
{
    // The trail names the manager who pressed "recompute now" when the connection knows her; the
    // run itself works as the system (ActingAs) either way.
    const AuditActor starter = m_db.auditActor();
    m_trailActor = startedBy == NightlyRun::StartedBy::Manual && starter.kind == AuditActor::Kind::Staff
            && starter.staffId
        ? starter
        : AuditActor::system(QStringLiteral("nightly"));
    const ActingAs actingAs(m_db, AuditActor::system(QStringLiteral("nightly")));
    QElapsedTimer timer;
    timer.start();
    NightlyRun run;
    run.asOf = asOf;
    run.startedBy = startedBy;
    run.startedAt = m_clock.now();
    try {
        // Recorded on its own, before the work: a run that dies still leaves its trace.
        NightlyRunRepository(m_db.connection()).start(run);
    } catch (const StorageError &error) {
        spdlog::error("nightly run not started: {}", error.detail().toStdString());
        run.result = NightlyRun::Result::Failed;
        run.setMessage(error.userMessage());
        return run;
    }
    spdlog::info("nightly run {} as of {} started ({})", run.id, asOf.toString(Qt::ISODate).toStdString(),
        toCode(startedBy).toStdString());
    try {
        const NightlyRun started = run;
        Retry::run("nightly run", [&] {
            run = started; // counted afresh: a conflict rolled the last attempt back whole
            recompute(run, progress, cancel);
        });
        run.result = NightlyRun::Result::Ok;
        // Committed: scores, segments and tiers, expired points, the follow-ups it planned.
        ChangeNotifier::post(Change::What::Tiers, {}, {}, true);
        ChangeNotifier::post(Change::What::Points, {}, {}, true);
        ChangeNotifier::post(Change::What::Tasks);
    } catch (const Cancelled &) {
        run.result = NightlyRun::Result::Cancelled;
        run.setMessage(StoredWords::runCancelled());
    } catch (const StorageError &error) {
        spdlog::error("nightly run {} failed: {}", run.id, error.detail().toStdString());
        run.result = NightlyRun::Result::Failed;
        run.setMessage(error.userMessage());
    }
    if (run.result == NightlyRun::Result::Ok && m_backupAfterRun) {
        if (progress)
            progress(100, tr("Backing up the database…"));
        backUp(run);
    }
    if (run.result != NightlyRun::Result::Ok) {
        // The results were rolled back; only the record says what happened.
        run.customers = run.tierUps = run.tierDowns = run.segmentChanges = 0;
        run.pointsExpired = 0;
        run.tasksCreated = 0;
        run.finishedAt = m_clock.now();
        run.durationMs = timer.elapsed();
        try {
            NightlyRunRepository(m_db.connection()).finish(run);
        } catch (const StorageError &error) {
            spdlog::error("nightly run {} not recorded: {}", run.id, error.detail().toStdString());
        }
    }
    spdlog::info(
        "nightly run {} {}: {} customers, {} tiers up, {} down, {} segment changes, {} points expired, "
        "{} follow-ups planned, {} ms",
        run.id, toCode(run.result).toStdString(), run.customers, run.tierUps, run.tierDowns,
        run.segmentChanges, run.pointsExpired, run.tasksCreated, timer.elapsed());
    return run;
}

void NightlyJob::backUp(NightlyRun &run)
{
    // Not part of the run's transaction: the copy is of the committed results.
    const BackupResult backup = BackupService(m_db, m_clock).backupNow(BackupRecord::Kind::Daily);
    if (backup.ok)
        return;
    spdlog::error("nightly run {}: the backup after it failed", run.id);
    run.setMessage(keepingNotice(run.messageWords, StoredWords::backupFailed(backup.error)));
    try {
        NightlyRunRepository(m_db.connection()).finish(run);
    } catch (const StorageError &error) {
        spdlog::error("nightly run {} note not recorded: {}", run.id, error.detail().toStdString());
    }
}

void NightlyJob::recompute(NightlyRun &run, const Progress &progress, const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    const QSqlDatabase db = m_db.connection();
    const LoyaltyRules rules = LoyaltySettings(m_db).rules();
    step(progress, cancel, 0, tr("Waiting for the counter to finish writing…"));
    // The run touches most of the file and its writes stay in the cache until the commit: with
    // SQLite's 2 MiB default, pages would be spilled and read back again and again.
    const PageCacheScope cache(db, 128);
    // Every row the run writes names customers it reads in this transaction (see the class).
    const ForeignKeyChecksOff derivedRows(db);
    Transaction transaction(db, Transaction::Mode::Immediate);
    // A second run for the same night (another counter's timer) waits here for this one, then finds
    // its results and changes nothing: the same results as one run.
    dialect::serializeNightlyRuns(db);
    NightlyRunRepository runs(db);
    if (const int interrupted = runs.markInterrupted(run.id))
        spdlog::warn("{} earlier nightly run(s) had been interrupted", interrupted);

    // Each step's time goes to the log: the budget is the whole run, the log says where it went.
    QElapsedTimer lap;
    lap.start();
    const auto took = [&lap](const char *what) {
        spdlog::info("nightly step {}: {} ms", what, lap.restart());
    };
    step(progress, cancel, 5, tr("Reading the sales…"));
    // Read once: the scores, the tiers, the follow-up calendar and the forecasts are all fed from it.
    const StoreSales sales
        = SalesPassQuery(run.asOf).tally(db, ActivityWindows::of(run.asOf, rules.segments, rules.tiers));
    std::vector<CustomerActivity> activities;
    activities.reserve(sales.size());
    for (const CustomerSales &customer : sales)
        activities.push_back(customer.activity);
    run.customers = int(activities.size());
    took("read the sales");
    // When tonight refits the purchase models, the fit works on a second core from here on, beside
    // the scores, tiers and points below.
    PredictionService prediction(m_db, m_clock);
    ForecastWork forecastWork = prediction.startForecasts(run.asOf, sales);
    // And what the run reads later but does not write before then, on a second connection.
    NightlyReadAhead readAhead(m_db, run.asOf, sales, rules.points.expiryMonths > 0);
    took("start the forecasts and the read-ahead");

    step(progress, cancel, 40, tr("Scoring customers…"));
    const std::vector<RfmScore> scores = rfmScores(activities, run.asOf);
    // Potential's moderate spend, measured tonight whatever the mode, so that the rules editor can
    // show it beside the setting; used when the band is automatic.
    LoyaltySettings settings(m_db);
    const std::optional<SpendBand> measured = automaticSpendBand(activities, run.asOf, rules.segments);
    settings.storeAutomaticBand(measured, run.asOf);
    const std::optional<SpendBand> band = potentialSpendBand(rules.segments, measured);
    ScoreRepository scoreStore(db);
    SegmentHistoryRepository segmentMoves(db); // only the customers who moved get a row
    std::unordered_map<CustomerId, CustomerScore> before = scoreStore.all();
    const bool scoredBefore = !before.empty(); // segments someone may have read with the old rules
    std::vector<CustomerScore> tonight; // in customer order, as the sales were read
    tonight.reserve(activities.size());
    std::vector<CustomerScore> changed; // written together: one statement on a server, not one a row
    for (std::size_t i = 0; i < activities.size(); ++i) {
        const CustomerActivity &activity = activities[i];
        const auto found = before.find(activity.customer);
        const CustomerScore *old = found == before.end() ? nullptr : &found->second;
        const CustomerScore next = scoreFor(activity, scores[i], run.asOf, rules.segments, band, old);
        if (!old || old->segment != next.segment)
            ++run.segmentChanges;
        if (old && old->segment != next.segment)
            segmentMoves.add(activity.customer, run.asOf, old->segment, next.segment, run.id);
        if (!old || !(*old == next))
            changed.push_back(next);
        if (old)
            before.erase(found);
        tonight.push_back(next);
    }
    // Left over: customers whose every purchase was refunded since, or who bought only after as-of.
    scoreStore.writeAll(changed);
    std::vector<CustomerId> unscored;
    for (const auto &[customer, old] : before)
        unscored.push_back(customer);
    scoreStore.removeAll(unscored);

    took("scores");
    step(progress, cancel, 70, tr("Deciding tiers…"));
    TierRepository tierStore(db);
    std::unordered_map<CustomerId, TierState> tiers = tierStore.all();
    std::vector<TierChange> tierChanges; // the new tier is reached on the run's day: TierRepository::apply
    auto decide = [&](CustomerId customer, Money spend) {
        const auto found = tiers.find(customer);
        const TierState current = found == tiers.end() ? TierState() : found->second;
        const TierDecision decision = decideTier(current, spend, run.asOf, rules.tiers);
        if (decision.reason == TierDecision::Reason::Unchanged)
            return;
        tierChanges.push_back({0, customer, run.asOf, current.tier, decision.next.tier, decision.reason,
            spend, decision.threshold, run.id});
        ++(decision.next.tier > current.tier ? run.tierUps : run.tierDowns);
    };
    for (const CustomerActivity &activity : activities) {
        decide(activity.customer, activity.tierSpend);
        tiers.erase(activity.customer);
    }
    for (const auto &[customer, state] : std::unordered_map<CustomerId, TierState>(tiers))
        decide(customer, Money()); // a tier holder with no sales left in the window
    tierStore.apply(tierChanges);

    took("tiers");
    // After the scores: the manager's lists read tonight's spend beside the forecasts.
    step(progress, cancel, 80, tr("Forecasting who will come back…"));
    const ForecastRefresh forecasts = prediction.finishForecasts(std::move(forecastWork), run.id);
    if (forecasts.refitSkipped)
        run.setMessage(StoredWords::fitKept(forecasts.scoredWith->asOf));
    else if (!forecasts.refitted && forecasts.buyers > 0) // a store with no sales yet has nothing to say
        run.setMessage(forecasts.scoredWith
                ? StoredWords::oldFitUsed(forecasts.scoredWith->asOf, forecasts.problem)
                : StoredWords::noForecastsYet(forecasts.problem));

    took("forecasts");
    step(progress, cancel, 85, tr("Expiring old points…"));
    if (rules.points.expiryMonths > 0) {
        std::vector<std::pair<CustomerId, qint64>> expiring;
        for (const ExpiryCandidate &candidate : readAhead.expiryCandidates()) {
            const std::int64_t points = pointsToExpire(candidate.lapsed, candidate.takenOut);
            if (points <= 0)
                continue;
            expiring.emplace_back(candidate.customer, points);
            run.pointsExpired += points;
        }
        PointsRepository(db).appendExpiries(expiring, run.asOf, run.id);
    }

    // Coupons whose last day is the as-of day or before: the counter already refuses them; the
    // ledger now says so, and Reports stop counting them as a liability.
    const int couponsExpired = CouponRepository(db).expire(run.asOf.addDays(1));
    if (couponsExpired > 0)
        spdlog::info("nightly run {}: {} coupons expired", run.id, couponsExpired);

    took("points and coupon expiry");
    // The coupons tier benefits promise (a birthday discount, a gift box), on tonight's tiers.
    const int benefitCoupons = BenefitService::issueNightlyCoupons(m_db, m_clock, run.asOf, run.id);
    if (benefitCoupons > 0)
        spdlog::info("nightly run {}: {} benefit coupons issued", run.id, benefitCoupons);
    took("benefit coupons");
    // Referral rewards (issue 23): the referrers of customers whose first purchase outlived the return
    // window. Each grant's referral_rewards row names the run; the count goes to the log.
    const ReferralGrants referrals = ReferralRewards::grantNightly(m_db, m_clock, run.asOf, run.id);
    if (referrals.rewards > 0)
        spdlog::info("nightly run {}: {} referral rewards ({} points, {} coupons)", run.id, referrals.rewards,
            referrals.points, referrals.coupons);
    took("referral rewards");
    // The store's policy "clear" for birthdays and addresses on file without consent (docs/privacy.md).
    if (const int cleared = ConsentPolicy::clearNightly(m_db, m_clock); cleared > 0)
        spdlog::info(
            "nightly run {}: birthday and address cleared for {} customers without consent", run.id, cleared);
    took("consent policy");
    step(progress, cancel, 90, tr("Planning follow-ups…"));
    // The dormant rule looks for customers who entered Dormant tonight: tonight's segments.
    std::vector<CustomerTaskFacts> facts = readAhead.followUpFacts();
    NightlyReadAhead::takeSegments(facts, tonight);
    run.tasksCreated
        = TaskGenerator(m_db, m_clock).run(run.asOf, run.id, ServiceSettings(m_db).rules(), facts);

    took("follow-ups");
    step(progress, cancel, 95, tr("Saving…"));
    // The first run with the seed's Dormant rule says that `dormant` now means something else
    // (docs/cli.md), once: the record of it commits with the run. A store scored for the first time
    // tonight never had the old meaning: it is recorded without a word.
    if (rules.segments.dormantMaxPurchases > 0 && !settings.dormantNoticeGiven()) {
        if (scoredBefore)
            run.setMessage(StoredWords::dormantRuleChanged(
                rules.segments.dormantAfterDays, rules.segments.dormantMaxPurchases, run.messageWords));
        settings.recordDormantNotice(run.asOf);
    }
    run.result = NightlyRun::Result::Ok;
    run.finishedAt = m_clock.now();
    run.durationMs = timer.elapsed();
    runs.finish(run);
    // One entry a run, committed with its results: a run rolled back leaves none.
    AuditTrail(m_db, m_clock).recordRecompute(m_trailActor, run);
    transaction.commit();
    took("commit");
    step(progress, nullptr, 100, tr("Done."));
}

} // namespace atelier
