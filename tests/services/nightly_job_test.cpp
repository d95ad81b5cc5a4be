#include "core/coupon.h"
#include "core/stored_time.h"
#include "services/customer_service.h"
#include "services/demo_store.h"
#include "services/loyalty_service.h"
#include "services/nightly_job.h"
#include "services/nightly_read_ahead.h"
#include "services/nightly_runner.h"
#include "services/sale_service.h"
#include "storage/coupon_repository.h"
#include "storage/database.h"
#include "storage/nightly_run_repository.h"
#include "storage/sql.h"
#include "support/loyalty_store.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <QSignalSpy>
#include <QSqlRecord>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::readValue;
using atelier::testing::TempStore;

namespace {

const QDate asOf(2026, 6, 15);

struct Shop
{
    TempStore t;

    CustomerId customer(const char *phone)
    {
        return *t.store().customers().registerCustomer(QStringLiteral("顾客"), QString::fromLatin1(phone)).id;
    }

    SaleLineId buy(CustomerId who, const QDate &day, Money price)
    {
        t.clock().set(QDateTime(day, QTime(15, 0), QTimeZone(8 * 3600)));
        return testing::recordSaleAt(t.store(), who, t.clock().now(), price);
    }

    NightlyRun nightly(
        const QDate &day, const NightlyJob::Progress &progress = {}, const std::atomic_bool *cancel = nullptr)
    {
        const NightlyRun run = NightlyJob(t.store().database(), t.clock())
                                   .run(day, NightlyRun::StartedBy::Manual, progress, cancel);
        checkKeys();
        return run;
    }

    // The run writes with SQLite's foreign key checks off (storage/foreign_key_checks_off.h): every
    // row it wrote names rows that exist, and the checks are on again, whatever its result.
    void checkKeys()
    {
        const QSqlDatabase db = t.store().database().connection();
        // PostgreSQL checks every key, always.
        if (backendOf(db) == Backend::SQLite) {
            CHECK(sql::scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
            CHECK(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM pragma_foreign_key_check")).toInt()
                == 0);
        }
    }

    // Everything a run writes, as text, to compare before and after.
    QString results()
    {
        QString text;
        for (const char *table : {"customer_scores", "customer_tiers", "tier_history", "points_ledger"}) {
            QSqlQuery query = sql::run(t.store().database().connection(),
                QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QString::fromLatin1(table)));
            while (query.next())
                for (int i = 0; i < query.record().count(); ++i)
                    text += query.value(i).toString() + u'|';
            text += u'\n';
        }
        return text;
    }

    QString segmentOf(CustomerId who)
    {
        return sql::scalar(t.store().database().connection(),
            QStringLiteral("SELECT segment FROM customer_scores WHERE customer_id = ?"), {who})
            .toString();
    }
};

} // namespace

TEST_CASE("the nightly run scores, segments and tiers every buying customer", "[services][nightly]")
{
    Shop shop;
    const CustomerId vip = shop.customer("13700000001");
    const CustomerId potential = shop.customer("13700000002");
    const CustomerId dormant = shop.customer("13700000003");
    shop.customer("13700000004"); // never bought
    for (int i = 0; i < 5; ++i)
        shop.buy(vip, asOf.addDays(-i * 5), Money::fromFen(100001)); // 5 × 1000.01 = 5000.05 元
    shop.buy(potential, asOf.addDays(-60), Money::fromYuan(300));
    shop.buy(dormant, asOf.addDays(-200), Money::fromYuan(1200));

    const NightlyRun run = shop.nightly(asOf);
    REQUIRE(run.result == NightlyRun::Result::Ok);
    CHECK(run.customers == 3);
    CHECK(run.tierUps == 2); // vip to Gold, dormant to Silver
    CHECK(shop.segmentOf(vip) == QStringLiteral("vip"));
    CHECK(shop.segmentOf(potential) == QStringLiteral("potential"));
    CHECK(shop.segmentOf(dormant) == QStringLiteral("dormant"));
    // Read on the run's day (the last purchase above set the clock 200 days back): the spend to the
    // next tier is counted up to today.
    shop.t.clock().set(QDateTime(asOf, QTime(20, 0), QTimeZone(8 * 3600)));
    const CustomerLoyalty card = readValue(shop.t.store().loyalty().customer(vip));
    CHECK(card.tier == Tier::Gold);
    CHECK(card.tierSince == asOf);
    CHECK(card.nextTier == Tier::Black);
    CHECK(card.toNextTier == Money::fromYuan(8000) - Money::fromFen(500005));
    REQUIRE(readValue(shop.t.store().loyalty().tierHistory(vip)).size() == 1);
    CHECK(readValue(shop.t.store().loyalty().tierHistory(vip)).first().newTier == Tier::Gold);
}

TEST_CASE("a second nightly run for the same date changes nothing", "[services][nightly]")
{
    Shop shop;
    const CustomerId a = shop.customer("13700000001");
    const CustomerId b = shop.customer("13700000002");
    shop.buy(a, asOf.addDays(-400), Money::fromYuan(2000));
    shop.buy(a, asOf.addDays(-10), Money::fromYuan(1500));
    shop.buy(b, asOf.addDays(-100), Money::fromYuan(90));
    REQUIRE(shop.nightly(asOf).result == NightlyRun::Result::Ok);
    const QString first = shop.results();

    const NightlyRun again = shop.nightly(asOf);
    REQUIRE(again.result == NightlyRun::Result::Ok);
    CHECK(again.tierUps == 0);
    CHECK(again.tierDowns == 0);
    CHECK(again.segmentChanges == 0);
    CHECK(again.pointsExpired == 0);
    CHECK(shop.results() == first);
    CHECK(readValue(shop.t.store().loyalty().recentRuns(10)).size() == 2); // both runs are on record
}

// Rows written are counted with SQLite's total_changes(), which PostgreSQL has no equal of within a
// connection; that a second run leaves the same results is checked on both backends above.
TEST_CASE(
    "a second run for the same day writes no score, tier or forecast again", "[services][nightly][sqlite]")
{
    Shop shop;
    DemoStoreGenerator::Options options;
    options.customers = 400;
    options.years = 2;
    options.seed = 11;
    options.endDate = asOf;
    REQUIRE(DemoStoreGenerator::generate(shop.t.store().database(), options).ok());
    shop.t.clock().set(QDateTime(asOf.addDays(1), QTime(2, 0), QTimeZone(8 * 3600)));
    REQUIRE(shop.nightly(asOf).result == NightlyRun::Result::Ok);
    const QSqlDatabase db = shop.t.store().database().connection();
    REQUIRE(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM customer_predictions")).toInt() > 300);
    REQUIRE(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM customer_tiers")).toInt() > 0);
    const auto changes = [&] {
        return sql::scalar(db, QStringLiteral("SELECT total_changes()")).toLongLong();
    };

    NightlyJob job(shop.t.store().database(), shop.t.clock());
    job.setBackupAfterRun(false); // its record is not the run's work

    const qint64 before = changes();
    REQUIRE(job.run(asOf, NightlyRun::StartedBy::Manual).result == NightlyRun::Result::Ok);
    shop.checkKeys();
    // The run's own record (started, finished), the forecasts' day (replaced) and the run's audit
    // entry: nothing of the customers is written again.
    CHECK(changes() - before == 5);
}

TEST_CASE("the card's loyalty: the spend to the next tier is live, and says when the run has not seen her "
          "latest visit",
    "[services][nightly][loyalty]")
{
    Shop shop;
    const CustomerId who = shop.customer("13700000002");
    shop.buy(who, asOf, Money::fromYuan(600));
    REQUIRE(shop.nightly(asOf).result == NightlyRun::Result::Ok);
    CustomerLoyalty seen = readValue(shop.t.store().loyalty().customer(who));
    CHECK(seen.scoredAsOf == asOf);
    CHECK_FALSE(seen.changedSinceScored);
    CHECK(seen.toNextTier == Money::fromYuan(400));

    // Bought again the next morning, before any run: the figures move, the score does not.
    const SaleLineId line = shop.buy(who, asOf.addDays(1), Money::fromYuan(300));
    CustomerLoyalty now = readValue(shop.t.store().loyalty().customer(who));
    CHECK(now.changedSinceScored);
    CHECK(now.toNextTier == Money::fromYuan(100));
    CHECK(now.live.purchases == 2);
    CHECK(now.live.spend == Money::fromYuan(900));
    CHECK(now.score->purchases == 1);

    // The next run sees it; a return after it is again something the run has not seen.
    REQUIRE(shop.nightly(asOf.addDays(1)).result == NightlyRun::Result::Ok);
    CHECK_FALSE(readValue(shop.t.store().loyalty().customer(who)).changedSinceScored);
    REQUIRE(shop.t.store().sales().recordReturn(line, 1, QStringLiteral("改小")).ok());
    now = readValue(shop.t.store().loyalty().customer(who));
    CHECK(now.changedSinceScored);
    CHECK(now.toNextTier == Money::fromYuan(400));
    CHECK(now.live.purchases == 1);
}

TEST_CASE(
    "a return below the threshold keeps the tier for the keep period, then it falls", "[services][nightly]")
{
    Shop shop;
    const CustomerId who = shop.customer("13700000001");
    const SaleLineId line = shop.buy(who, asOf, Money::fromYuan(1200));
    REQUIRE(shop.nightly(asOf).result == NightlyRun::Result::Ok);
    REQUIRE(readValue(shop.t.store().loyalty().customer(who)).tier == Tier::Silver);

    // Partly refunded the next day: 1200 - 300 = 900 元 is below Silver's 1000.
    shop.t.clock().set(QDateTime(asOf.addDays(1), QTime(11, 0), QTimeZone(8 * 3600)));
    REQUIRE(shop.t.store().sales().recordReturn(line, 1, QStringLiteral("改小"), Money::fromYuan(300)).ok());
    const NightlyRun kept = shop.nightly(asOf.addDays(1));
    CHECK(kept.tierDowns == 0);
    CHECK(readValue(shop.t.store().loyalty().customer(who)).tier == Tier::Silver);
    CHECK(readValue(shop.t.store().loyalty().customer(who)).score->tierSpend == Money::fromYuan(900));

    const NightlyRun fell = shop.nightly(asOf.addMonths(12));
    CHECK(fell.tierDowns == 1);
    CHECK(readValue(shop.t.store().loyalty().customer(who)).tier == Tier::None);
    const QList<TierChange> history = readValue(shop.t.store().loyalty().tierHistory(who));
    REQUIRE(history.size() == 2);
    CHECK(history.first().reason == TierDecision::Reason::SpendFell);
    CHECK(history.first().spend == Money::fromYuan(900));
    CHECK(history.first().threshold == Money::fromYuan(1000));
}

TEST_CASE("a cancelled run leaves the previous results as they were", "[services][nightly]")
{
    Shop shop;
    const CustomerId who = shop.customer("13700000001");
    shop.buy(who, asOf.addDays(-100), Money::fromYuan(500));
    REQUIRE(shop.nightly(asOf.addDays(-100)).result == NightlyRun::Result::Ok);
    const QString before = shop.results();
    REQUIRE(shop.segmentOf(who) == QStringLiteral("potential"));

    std::atomic_bool cancel = false;
    // Cancel once the scores are computed and partly written: the transaction must roll back.
    const auto progress = [&](int percent, const QString &) {
        if (percent >= 85)
            cancel = true;
    };
    const NightlyRun run = shop.nightly(asOf, progress, &cancel);
    CHECK(run.result == NightlyRun::Result::Cancelled);
    CHECK(shop.results() == before);
    CHECK(readValue(shop.t.store().loyalty().lastSuccessfulAsOf()) == asOf.addDays(-100));
    // …and the next run completes.
    CHECK(shop.nightly(asOf).result == NightlyRun::Result::Ok);
    CHECK(shop.segmentOf(who) == QStringLiteral("lapsing"));
}

TEST_CASE("a run left running by a dead process is marked interrupted by the next", "[services][nightly]")
{
    Shop shop;
    NightlyRun dead;
    dead.asOf = asOf;
    dead.startedAt = shop.t.clock().now();
    NightlyRunRepository(shop.t.store().database().connection()).start(dead);
    REQUIRE(shop.nightly(asOf).result == NightlyRun::Result::Ok);
    const QList<NightlyRun> runs = readValue(shop.t.store().loyalty().recentRuns(5));
    REQUIRE(runs.size() == 2);
    CHECK(runs.at(0).result == NightlyRun::Result::Ok);
    CHECK(runs.at(1).result == NightlyRun::Result::Interrupted);
}

TEST_CASE("a missed night is caught up once at start", "[services][nightly]")
{
    Shop shop;
    shop.buy(shop.customer("13700000001"), asOf.addDays(-3), Money::fromYuan(100));
    shop.t.clock().set(QDateTime(asOf, QTime(9, 0), QTimeZone(8 * 3600))); // after the 03:00 run
    LoyaltyService &loyalty = shop.t.store().loyalty();

    NightlyRunner runner(shop.t.path(), shop.t.clock());
    QSignalSpy finished(&runner, &NightlyRunner::finished);
    REQUIRE(runner.catchUp(readValue(loyalty.lastSuccessfulAsOf()), 3));
    REQUIRE(finished.wait(10000));
    const auto run = finished.takeFirst().at(0).value<NightlyRun>();
    CHECK(run.result == NightlyRun::Result::Ok);
    CHECK(run.startedBy == NightlyRun::StartedBy::CatchUp);
    CHECK(run.asOf == asOf.addDays(-1)); // the night of the 14th to the 15th covers the 14th

    // The next start the same day finds the night done.
    CHECK_FALSE(runner.catchUp(readValue(loyalty.lastSuccessfulAsOf()), 3));
    // Before 03:00 the next day the due night is still the same one.
    shop.t.clock().set(QDateTime(asOf.addDays(1), QTime(2, 0), QTimeZone(8 * 3600)));
    CHECK_FALSE(runner.catchUp(readValue(loyalty.lastSuccessfulAsOf()), 3));
    CHECK(readValue(loyalty.recentRuns(10)).size() == 1);
}

TEST_CASE(
    "facts read before the scores take tonight's segment moves, and lose last night's", "[services][nightly]")
{
    std::vector<CustomerTaskFacts> facts(4);
    for (int i = 0; i < 4; ++i) {
        facts[std::size_t(i)].customer = i + 1;
        facts[std::size_t(i)].segment
            = StoreSegment::Active; // last night's, as the second connection read it
        facts[std::size_t(i)].previousSegment = StoreSegment::Potential;
        facts[std::size_t(i)].segmentSince = asOf.addDays(-30);
    }
    CustomerScore two;
    two.customer = 2;
    two.segment = StoreSegment::Dormant;
    two.previousSegment = StoreSegment::Lapsing;
    two.segmentSince = asOf;
    CustomerScore four = two;
    four.customer = 4;
    four.segment = StoreSegment::Vip;

    NightlyReadAhead::takeSegments(facts, {two, four});
    CHECK(facts[0].segment == StoreSegment::None); // no score tonight: refunded in full since
    CHECK_FALSE(facts[0].segmentSince.isValid());
    CHECK(facts[1].segment == StoreSegment::Dormant);
    CHECK(facts[1].previousSegment == StoreSegment::Lapsing);
    CHECK(facts[1].segmentSince == asOf);
    CHECK(facts[2].segment == StoreSegment::None);
    CHECK(facts[3].segment == StoreSegment::Vip);
}

TEST_CASE("day 182/183 with 2 and 3 purchases: Lapsing, Dormant, Lapsed regular", "[services][nightly][seed]")
{
    Shop shop;
    struct Case
    {
        const char *phone;
        int lastDaysAgo;
        int purchases;
        const char *segment;
    };
    const Case cases[] = {
        {"13700000001", 182, 2, "lapsing"},
        {"13700000002", 183, 2, "dormant"},
        {"13700000003", 182, 3, "lapsing"},
        {"13700000004", 183, 3, "lapsed_regular"},
    };
    std::vector<CustomerId> ids;
    for (const Case &c : cases) {
        const CustomerId who = shop.customer(c.phone);
        for (int i = c.purchases - 1; i >= 0; --i)
            shop.buy(who, asOf.addDays(-c.lastDaysAgo - 100 * i), Money::fromYuan(200));
        ids.push_back(who);
    }
    REQUIRE(shop.nightly(asOf).result == NightlyRun::Result::Ok);
    const std::vector<RfmRow> fresh = readValue(shop.t.store().loyalty().rfmAsOf(asOf));
    REQUIRE(fresh.size() == 4);
    for (std::size_t i = 0; i < ids.size(); ++i) {
        INFO(cases[i].lastDaysAgo << " days, " << cases[i].purchases << " purchases");
        CHECK(shop.segmentOf(ids[i]) == QString::fromLatin1(cases[i].segment));
        CHECK(toCode(fresh[i].segment) == QString::fromLatin1(cases[i].segment)); // atelier-cli rfm
    }
}

TEST_CASE("the first run with the seed's Dormant rule says so, once", "[services][nightly][seed]")
{
    Shop shop;
    const CustomerId regular = shop.customer("13700000001");
    for (int i = 0; i < 3; ++i)
        shop.buy(regular, asOf.addDays(-400 + 100 * i), Money::fromYuan(300)); // last 200 days ago
    LoyaltyService &loyalty = shop.t.store().loyalty();
    LoyaltyRules rules = loyalty.rules();
    rules.segments.dormantMaxPurchases = 0; // the rule before: Dormant whatever the purchases
    REQUIRE(loyalty.saveRules(rules).ok());

    const NightlyRun old = shop.nightly(asOf.addDays(-2));
    REQUIRE(old.result == NightlyRun::Result::Ok);
    CHECK(shop.segmentOf(regular) == QStringLiteral("dormant"));
    CHECK(old.messageWords.kind != QStringLiteral("dormant_rule_changed"));

    rules.segments.dormantMaxPurchases = 2;
    REQUIRE(loyalty.saveRules(rules).ok());
    const NightlyRun first = shop.nightly(asOf.addDays(-1));
    REQUIRE(first.result == NightlyRun::Result::Ok);
    CHECK(shop.segmentOf(regular) == QStringLiteral("lapsed_regular"));
    CHECK(first.messageWords.kind == QStringLiteral("dormant_rule_changed"));
    CHECK(first.message.contains(QStringLiteral("Lapsed regular")));
    // Stored as words, so that the runs list renders it for its reader.
    const QList<NightlyRun> runs = readValue(loyalty.recentRuns(1));
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].messageWords.kind == QStringLiteral("dormant_rule_changed"));

    const NightlyRun next = shop.nightly(asOf);
    REQUIRE(next.result == NightlyRun::Result::Ok);
    CHECK_FALSE(next.message.contains(QStringLiteral("Lapsed regular")));
}

TEST_CASE("a store's very first run has no old Dormant to speak of", "[services][nightly][seed]")
{
    Shop shop;
    shop.buy(shop.customer("13700000001"), asOf.addDays(-200), Money::fromYuan(300));
    const NightlyRun first = shop.nightly(asOf);
    REQUIRE(first.result == NightlyRun::Result::Ok);
    CHECK(first.messageWords.kind != QStringLiteral("dormant_rule_changed"));
    shop.buy(shop.customer("13700000002"), asOf.addDays(-190), Money::fromYuan(300));
    CHECK(shop.nightly(asOf.addDays(1)).messageWords.kind != QStringLiteral("dormant_rule_changed"));
}

TEST_CASE("each run measures Potential's band and segments by it", "[services][nightly][seed]")
{
    Shop shop;
    // Five recent customers, 100 to 500 元: the band is the 1st to the 4th smallest, 100–400 元.
    std::vector<CustomerId> recent;
    for (int i = 1; i <= 5; ++i) {
        recent.push_back(shop.customer(QStringLiteral("1370000000%1").arg(i).toLatin1().constData()));
        shop.buy(recent.back(), asOf.addDays(-10 * i), Money::fromYuan(100 * i));
    }
    const CustomerId old = shop.customer("13700000009");
    shop.buy(old, asOf.addDays(-120), Money::fromYuan(9000)); // not recent: not measured
    LoyaltyService &loyalty = shop.t.store().loyalty();
    CHECK_FALSE(readValue(loyalty.measuredSpendBand())); // no run yet

    REQUIRE(shop.nightly(asOf).result == NightlyRun::Result::Ok);
    const auto measured = readValue(loyalty.measuredSpendBand());
    REQUIRE(measured);
    CHECK(measured->asOf == asOf);
    CHECK(measured->band == SpendBand{Money::fromYuan(100), Money::fromYuan(400)});
    CHECK(shop.segmentOf(recent[0]) == QStringLiteral("potential")); // the low edge itself
    CHECK(shop.segmentOf(recent[3]) == QStringLiteral("potential")); // the high edge itself
    CHECK(shop.segmentOf(recent[4]) == QStringLiteral("occasional")); // above it

    // Fixed amounts: the band the manager set; the measured one is still shown beside it.
    LoyaltyRules rules = loyalty.rules();
    rules.segments.potentialBand = SpendBandMode::Fixed;
    rules.segments.potentialMinSpend = Money::fromYuan(250);
    rules.segments.potentialMaxSpend = Money::fromYuan(500);
    REQUIRE(loyalty.saveRules(rules).ok());
    REQUIRE(shop.nightly(asOf).result == NightlyRun::Result::Ok);
    CHECK(shop.segmentOf(recent[0]) == QStringLiteral("occasional"));
    CHECK(shop.segmentOf(recent[4]) == QStringLiteral("potential"));
    CHECK(readValue(loyalty.measuredSpendBand())->band == measured->band);

    // Off: every recent customer with few purchases is Potential, as before the band.
    rules.segments.potentialBand = SpendBandMode::Off;
    REQUIRE(loyalty.saveRules(rules).ok());
    REQUIRE(shop.nightly(asOf).result == NightlyRun::Result::Ok);
    for (const CustomerId who : recent)
        CHECK(shop.segmentOf(who) == QStringLiteral("potential"));
}

TEST_CASE("the nightly run expires coupons whose last day has passed, once", "[services][nightly][coupons]")
{
    Shop shop;
    const CustomerId ann = shop.customer("13800138000");
    const QSqlDatabase db = shop.t.store().database().connection();
    const auto issue = [&](const QDate &lastDay) {
        Coupon coupon = amountCoupon(CouponReason::Manual, Money::fromYuan(20), Money(), asOf.addDays(-30), 1,
            QDateTime(asOf.addDays(-30), QTime(10, 0), QTimeZone(8 * 3600)));
        coupon.customerId = ann;
        coupon.validTo = lastDay;
        return CouponRepository(db).issue(coupon);
    };
    const CouponId endedBefore = issue(asOf.addDays(-1));
    const CouponId endsOnTheDay = issue(asOf); // the run is as of the end of that day
    const CouponId stillValid = issue(asOf.addDays(1));

    REQUIRE(shop.nightly(asOf).result == NightlyRun::Result::Ok);
    const auto status = [&](CouponId id) {
        return CouponRepository(db).find(id)->status;
    };
    CHECK(status(endedBefore) == CouponStatus::Expired);
    CHECK(status(endsOnTheDay) == CouponStatus::Expired);
    CHECK(status(stillValid) == CouponStatus::Issued);
    const auto changedAt = [&] {
        return sql::scalar(
            db, QStringLiteral("SELECT status_changed_at FROM coupons WHERE id = ?"), {endedBefore})
            .toString();
    };
    const QString firstChange = changedAt();

    REQUIRE(shop.nightly(asOf).result == NightlyRun::Result::Ok);
    CHECK(status(stillValid) == CouponStatus::Issued);
    CHECK(changedAt() == firstChange);
}
