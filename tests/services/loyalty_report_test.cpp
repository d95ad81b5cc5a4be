#include "services/loyalty_report.h"
#include "services/loyalty_service.h"
#include "services/nightly_job.h"
#include "services/store.h"
#include "support/loyalty_store.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <QBuffer>

#include <catch2/catch.hpp>

using namespace atelier;
using namespace atelier::testing;

namespace {

NightlyRun runNightly(TempStore &t, const QDate &asOf)
{
    const NightlyRun run
        = NightlyJob(t.store().database(), t.store().clock()).run(asOf, NightlyRun::StartedBy::Manual);
    INFO(run.message.toStdString());
    REQUIRE(run.result == NightlyRun::Result::Ok);
    return run;
}

// The rows of a page that must have been read.
template <typename Row> KeysetPage<Row> pageOf(const ReadResult<KeysetPage<Row>> &read)
{
    INFO(read.error.toStdString());
    REQUIRE(read.ok());
    return *read.value;
}

int countOf(const ReadResult<int> &read)
{
    REQUIRE(read.ok());
    return *read.value;
}

QList<CustomerId> idsOf(const QList<LoyaltyCustomerRow> &rows)
{
    QList<CustomerId> ids;
    for (const LoyaltyCustomerRow &row : rows)
        ids << row.id;
    return ids;
}

} // namespace

TEST_CASE(
    "the distribution counts every customer once, by tier and segment, with spend", "[services][loyalty]")
{
    TempStore t;
    fillLoyaltyStore(t.store());
    LoyaltyReport &report = t.store().loyaltyReport();

    // Before any run nobody has a score or a tier: all are members with no purchase yet.
    LoyaltyDistribution before = readValue(report.distribution());
    CHECK(before.totalCustomers() == 8);
    CHECK(before.customers(Tier::None, StoreSegment::None) == 8);
    CHECK(before.totalSpend() == Money());
    CHECK(before.spendShare(Tier::None, StoreSegment::None) == 0.0);
    CHECK_FALSE(readValue(report.lastSuccessfulRun()).has_value());

    runNightly(t, loyaltyAsOf());
    const LoyaltyDistribution d = readValue(report.distribution());
    CHECK(d.totalCustomers() == 8);
    CHECK(d.customers(Tier::Black, StoreSegment::Vip) == 1);
    CHECK(d.customers(Tier::Gold, StoreSegment::Active) == 1);
    CHECK(d.customers(Tier::Gold, StoreSegment::Lapsing) == 1);
    CHECK(d.customers(Tier::Silver, StoreSegment::Potential) == 1);
    CHECK(d.customers(Tier::Silver, StoreSegment::Dormant) == 1);
    CHECK(d.customers(Tier::None, StoreSegment::Potential) == 1);
    CHECK(d.customers(Tier::None, StoreSegment::None) == 2);
    CHECK(d.customers(Tier::Gold, std::nullopt) == 2);
    CHECK(d.customers(std::nullopt, StoreSegment::Potential) == 2);
    CHECK(d.spend(Tier::Black, StoreSegment::Vip) == Money::fromYuan(9000));
    CHECK(d.spend(Tier::Gold, std::nullopt) == Money::fromYuan(7500));
    CHECK(d.totalSpend() == Money::fromYuan(19500));
    CHECK(d.spendShare(Tier::Gold, std::nullopt) == Approx(100.0 * 7500 / 19500));

    // Eleven named segments and the customers without one; together every customer.
    REQUIRE(d.named.size() == 12);
    CHECK(d.named.last().named == NamedSegment::None);
    CHECK(d.named.last().customers == 2);
    int named = 0;
    for (const NamedSegmentCount &count : d.named)
        named += count.customers;
    CHECK(named == 8);
}

TEST_CASE("the customers behind a cell come by spend, page after page", "[services][loyalty]")
{
    TempStore t;
    const LoyaltyStore s = fillLoyaltyStore(t.store());
    runNightly(t, loyaltyAsOf());
    LoyaltyReport &report = t.store().loyaltyReport();

    const LoyaltyFilter potential{std::nullopt, StoreSegment::Potential, std::nullopt};
    CHECK(countOf(report.count(potential)) == 2);
    const QList<LoyaltyCustomerRow> rows = pageOf(report.page(potential, std::nullopt, 10)).rows;
    REQUIRE(idsOf(rows) == QList<CustomerId>{s.zhang, s.liu});
    CHECK(rows.first().name == QStringLiteral("张丽"));
    CHECK(rows.first().phone == QStringLiteral("137 0000 1234")); // whole for the owner of the files
    // One rule (docs/privacy.md): whoever may not see contact details whole sees the phone masked.
    t.store().database().setRole(Role::Clerk);
    CHECK(
        pageOf(report.page(potential, std::nullopt, 10)).rows.first().phone == QStringLiteral("137****1234"));
    t.store().database().setRole(Role::Manager);
    CHECK(pageOf(report.page(potential, std::nullopt, 10)).rows.first().phone
        == QStringLiteral("137 0000 1234"));
    CHECK(rows.first().tier == Tier::Silver);
    CHECK(rows.first().spend == Money::fromYuan(1200));
    CHECK(rows.first().lastPurchase == loyaltyAsOf().addDays(-10));
    CHECK(rows.last().tier == Tier::None);

    const LoyaltyFilter noPurchase{Tier::None, StoreSegment::None, std::nullopt};
    const QList<LoyaltyCustomerRow> none = pageOf(report.page(noPurchase, std::nullopt, 10)).rows;
    CHECK(idsOf(none) == QList<CustomerId>{s.zhao, s.huang});
    CHECK_FALSE(none.first().lastPurchase.isValid());
    CHECK(none.first().named == NamedSegment::None);

    // Keyset paging walks the whole list exactly once, in the same order as one big page.
    const LoyaltyFilter everyone;
    const QList<CustomerId> all = idsOf(pageOf(report.page(everyone, std::nullopt, 100)).rows);
    CHECK(all.size() == 8);
    CHECK(all.first() == s.wang);
    QList<CustomerId> paged;
    std::optional<PageCursor> after;
    for (;;) {
        const KeysetPage<LoyaltyCustomerRow> page = pageOf(report.page(everyone, after, 3));
        if (page.rows.isEmpty())
            break;
        paged << idsOf(page.rows);
        after = page.next;
    }
    CHECK(paged == all);

    CHECK(countOf(report.count({Tier::Gold, std::nullopt, std::nullopt})) == 2);
    CHECK(idsOf(pageOf(report.page({Tier::None, std::nullopt, std::nullopt}, std::nullopt, 10)).rows)
        == QList<CustomerId>{s.liu, s.zhao, s.huang});
    CHECK(countOf(report.count({Tier::Black, StoreSegment::Dormant, std::nullopt})) == 0);
    CHECK(countOf(report.count({std::nullopt, std::nullopt, NamedSegment::None})) == 2);
}

TEST_CASE("a cell exports as CSV with a BOM, masked phones and words for the codes", "[services][loyalty]")
{
    TempStore t;
    fillLoyaltyStore(t.store());
    runNightly(t, loyaltyAsOf());

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int reported = 0;
    const ExportResult result = t.store().loyaltyReport().exportCsv(
        buffer, {Tier::Gold, std::nullopt, std::nullopt}, [&](int done, int total) {
            reported = done;
            CHECK(total == 2);
            return true;
        });
    REQUIRE(result.ok());
    CHECK(result.rows == 2);
    CHECK(reported == 2);
    const QByteArray bytes = buffer.data();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines
        = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0)
        == QStringLiteral("Customer ID,Name,Phone,Tier,Segment,RFM segment,Spend (yuan),Last purchase"));
    // 杨雪 4000 before 李静 3500; the file has the numbers whole for whoever sees them whole
    // (docs/privacy.md: one rule for lists, cards and files).
    CHECK(lines.at(1).contains(QStringLiteral(",杨雪,13655556666,Gold,Lapsing,")));
    CHECK(lines.at(1).endsWith(QStringLiteral(",4000.00,2026-02-14")));
    CHECK(lines.at(2).contains(QStringLiteral(",李静,13987654321,Gold,Active,")));
}

TEST_CASE(
    "the movement of a run lists who went up and who went down, and the segment moves", "[services][loyalty]")
{
    TempStore t;
    const LoyaltyStore s = fillLoyaltyStore(t.store());
    const NightlyRun first = runNightly(t, loyaltyAsOf());
    LoyaltyReport &report = t.store().loyaltyReport();

    // The first run lifts everyone with enough spend from member to their tier.
    CHECK(countOf(report.movementCount(first.id, MovementDirection::Up)) == 5);
    CHECK(countOf(report.movementCount(first.id, MovementDirection::Down)) == 0);
    const QList<TierMovementRow> ups
        = pageOf(report.movementPage(first.id, MovementDirection::Any, std::nullopt, 10)).rows;
    REQUIRE(ups.size() == 5);
    CHECK(ups.first().name == QStringLiteral("王芳"));
    CHECK(ups.first().change.oldTier == Tier::None);
    CHECK(ups.first().change.newTier == Tier::Black);
    CHECK(ups.first().change.threshold == Money::fromYuan(8000));
    CHECK(ups.first().phone.endsWith(QStringLiteral("5678")));
    CHECK_FALSE(ups.first().phone.contains(u'*'));
    const KeysetPage<TierMovementRow> two
        = pageOf(report.movementPage(first.id, MovementDirection::Up, std::nullopt, 2));
    REQUIRE(two.rows.size() == 2);
    CHECK(two.rows.at(1).change.id == ups.at(1).change.id);
    const QList<TierMovementRow> rest
        = pageOf(report.movementPage(first.id, MovementDirection::Up, two.next, 10)).rows;
    CHECK(rest.size() == 3);

    // The first run scores six customers for the first time: moves from "no purchase".
    int firstMoves = 0;
    for (const SegmentMove &move : readValue(report.segmentMoves(first.asOf))) {
        CHECK(move.from == StoreSegment::None);
        firstMoves += move.customers;
    }
    CHECK(firstMoves == 6);

    // New rules: Silver from 1300 and no keep period. The next run takes 张丽 (1200) down, and a
    // day later 李静's last purchase is 91 days old: Active becomes Lapsing.
    LoyaltyRules rules = t.store().loyalty().rules();
    rules.tiers.silver = Money::fromYuan(1300);
    rules.tiers.keepMonths = 0;
    REQUIRE(t.store().loyalty().saveRules(rules).ok());
    const NightlyRun second = runNightly(t, loyaltyAsOf().addDays(1));
    const std::optional<NightlyRun> last = readValue(report.lastSuccessfulRun());
    REQUIRE(last.has_value());
    CHECK(last->id == second.id);
    CHECK(countOf(report.movementCount(second.id, MovementDirection::Up)) == 0);
    const QList<TierMovementRow> downs
        = pageOf(report.movementPage(second.id, MovementDirection::Down, std::nullopt, 10)).rows;
    REQUIRE(downs.size() == 1);
    CHECK(downs.first().change.customer == s.zhang);
    CHECK(downs.first().change.oldTier == Tier::Silver);
    CHECK(downs.first().change.newTier == Tier::None);
    CHECK(downs.first().change.reason == TierDecision::Reason::SpendFell);

    const QList<SegmentMove> moves = readValue(report.segmentMoves(second.asOf));
    REQUIRE(moves.size() == 1);
    CHECK(moves.first().from == StoreSegment::Active);
    CHECK(moves.first().to == StoreSegment::Lapsing);
    CHECK(moves.first().customers == 1);
}

TEST_CASE("the Tiers page's reads say when they fail instead of giving an empty grid", "[services][loyalty]")
{
    // No run yet: the runs table has no row that the tier history or the ledger points to, so it drops.
    TempStore t;
    fillLoyaltyStore(t.store());
    LoyaltyReport &report = t.store().loyaltyReport();
    LoyaltyService &loyalty = t.store().loyalty();
    REQUIRE(readValue(report.distribution()).totalCustomers() == 8);
    REQUIRE_FALSE(readValue(report.lastSuccessfulRun()).has_value());
    REQUIRE(readValue(loyalty.recentRuns(10)).isEmpty());

    dropTable(t.store(), QStringLiteral("customer_scores"));
    const ReadResult<LoyaltyDistribution> distribution = report.distribution();
    CHECK_FALSE(distribution.ok());
    CHECK_FALSE(distribution.error.isEmpty());
    const ReadResult<QList<SegmentMove>> moves = report.segmentMoves(loyaltyAsOf());
    CHECK_FALSE(moves.ok());
    CHECK_FALSE(moves.error.isEmpty());

    dropTable(t.store(), QStringLiteral("nightly_runs"));
    const ReadResult<std::optional<NightlyRun>> last = report.lastSuccessfulRun();
    CHECK_FALSE(last.ok()); // not "no run yet"
    CHECK_FALSE(last.error.isEmpty());
    const ReadResult<QList<NightlyRun>> runs = loyalty.recentRuns(10);
    CHECK_FALSE(runs.ok());
    CHECK_FALSE(runs.error.isEmpty());
}

TEST_CASE("saving the loyalty rules gives a result: saved, or refused with a sentence", "[services][loyalty]")
{
    TempStore t;
    LoyaltyService &loyalty = t.store().loyalty();
    LoyaltyRules rules = loyalty.rules();
    rules.tiers.gold = rules.tiers.silver; // Gold must need more than Silver
    const WriteResult refused = loyalty.saveRules(rules);
    CHECK_FALSE(refused.ok());
    CHECK_FALSE(refused.error.isEmpty());
    CHECK(loyalty.rules().tiers.gold != rules.tiers.gold);

    rules = loyalty.rules();
    rules.nightlyHour = 4;
    const WriteResult saved = loyalty.saveRules(rules);
    CHECK(saved.ok());
    CHECK(saved.error.isEmpty());
    CHECK(loyalty.rules().nightlyHour == 4);
}
