#include "services/customer_service.h"
#include "services/demo_store.h"
#include "services/loyalty_settings.h"
#include "services/points_service.h"
#include "services/sale_service.h"
#include "storage/database.h"
#include "storage/points_repository.h"
#include "storage/sql.h"
#include "storage/staff_repository.h"
#include "storage/storage_error.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <QSignalSpy>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::readValue;
using atelier::testing::TempStore;
using Kind = PointsMovement::Kind;

namespace {

const QTimeZone storeZone(8 * 3600);

struct Fixture
{
    TempStore t;
    CustomerId customer = 0;
    StaffId clerk = 0;
    StaffId manager = 0;

    Fixture()
    {
        customer = *t.store()
                        .customers()
                        .registerCustomer(QStringLiteral("李娜"), QStringLiteral("13700000001"))
                        .id;
        StaffRepository staff(t.store().database().connection());
        clerk = staff.insert(QStringLiteral("小王"), false);
        manager = staff.insert(QStringLiteral("陈店长"), true);
    }

    PointsService &points() { return t.store().points(); }
    SaleService &sales() { return t.store().sales(); }
    qint64 balance() { return readValue(points().balance(customer)); }

    void makeTier(const QString &tier)
    {
        sql::run(t.store().database().connection(),
            QStringLiteral("INSERT INTO customer_tiers (customer_id, tier, reached_on) "
                           "VALUES (?, ?, '2026-01-01')"),
            {qlonglong(customer), tier});
    }
    void makeGold() { makeTier(QStringLiteral("gold")); }
    // As the nightly run makes her once she has spent 1000 元 (redeeming is a Silver benefit).
    void makeSilver() { makeTier(QStringLiteral("silver")); }

    // A sale to the customer; returns its id.
    SaleId sell(QList<SaleLine> lines)
    {
        Sale sale;
        sale.customerId = customer;
        sale.clerkId = clerk;
        sale.lines = std::move(lines);
        const SaleResult result = sales().recordSale(sale);
        REQUIRE(result.ok());
        return *result.id;
    }

    SaleId sellDresses() // 3 × 499 元
    {
        return sell({SaleLine{0, QStringLiteral("A24-1031"), QStringLiteral("连衣裙"), QStringLiteral("藏青"),
            QStringLiteral("M"), 3, Money::fromYuan(599), Money::fromYuan(499)}});
    }

    SaleLineId line(SaleId sale, int index) { return readValue(sales().sale(sale))->lines.at(index).id; }

    PointsMovement last() { return readValue(points().movements(customer, 1)).first(); }
};

SaleLine piece(const char *style, int quantity, Money paid)
{
    return SaleLine{0, QString::fromLatin1(style), {}, {}, QStringLiteral("M"), quantity, paid, paid};
}

} // namespace

TEST_CASE("a sale earns points at the base rate, valid for two years", "[services][points]")
{
    Fixture f;
    const SaleId sale = f.sellDresses();
    CHECK(f.balance() == 1497);
    const PointsMovement earn = f.last();
    CHECK(earn.kind == Kind::Earn);
    CHECK(earn.points == 1497);
    CHECK(earn.sale == sale);
    CHECK(earn.staff == f.clerk);
    CHECK(earn.happenedAt == f.t.clock().now());
    CHECK(earn.expiresOn == QDate(2028, 6, 15));

    // A walk-in sale earns nothing and writes no row.
    Sale walkIn;
    walkIn.lines << piece("B1", 1, Money::fromYuan(99));
    REQUIRE(f.sales().recordSale(walkIn).ok());
    CHECK(readValue(f.points().ledger(f.customer)).size() == 1);
}

TEST_CASE("a Gold customer earns double points", "[services][points]")
{
    Fixture f;
    f.makeGold();
    f.sellDresses();
    CHECK(f.balance() == 2994);
    // A partial return takes back the Gold share that sale actually earned.
    REQUIRE(f.sales().recordReturn(f.line(f.sellDresses(), 0), 1, QStringLiteral("尺码不合")).ok());
    CHECK(f.balance() == 2994 + 2994 - 998);
}

TEST_CASE("a partial return reverses points in proportion to the refund", "[services][points]")
{
    Fixture f;
    const SaleId sale = f.sellDresses();
    const SaleResult returned = f.sales().recordReturn(f.line(sale, 0), 1, QStringLiteral("面料起球"));
    REQUIRE(returned.ok());
    CHECK(f.balance() == 998);
    const PointsMovement reverse = f.last();
    CHECK(reverse.kind == Kind::Reverse);
    CHECK(reverse.points == -499);
    CHECK(reverse.sale == sale);
    CHECK(reverse.returnId == returned.id);
    CHECK_FALSE(reverse.expiresOn.isValid());

    // A smaller refund than the price (a damaged piece): the share of what was refunded.
    REQUIRE(f.sales().recordReturn(f.line(sale, 0), 1, QString(), Money::fromYuan(200)).ok());
    CHECK(f.last().points == -200);
    CHECK(f.balance() == 798);
}

TEST_CASE("a full return after partial ones takes back exactly what the sale earned", "[services][points]")
{
    Fixture f;
    // 2 × 333.33 + 99.99 = 766.65 元 → 766 points.
    const SaleId sale = f.sell({piece("A1", 2, Money::fromFen(33333)), piece("B2", 1, Money::fromFen(9999))});
    REQUIRE(f.balance() == 766);
    REQUIRE(f.sales().recordReturn(f.line(sale, 0), 1, QString()).ok());
    CHECK(f.last().points == -333); // 333.04
    REQUIRE(f.sales().recordReturn(f.line(sale, 1), 1, QString()).ok());
    CHECK(f.last().points == -100); // round(432.95) - 333
    REQUIRE(f.sales().recordReturn(f.line(sale, 0), 1, QString()).ok());
    CHECK(f.last().points == -333); // 766 - 433
    CHECK(f.balance() == 0);
    PointsRepository ledger(f.t.store().database().connection());
    CHECK(ledger.reversedForSale(sale) == ledger.pointsEarnedForSale(sale));
}

TEST_CASE("a return after the points were spent takes back only what is left", "[services][points]")
{
    Fixture f;
    f.makeSilver();
    const SaleId sale = f.sellDresses();
    REQUIRE(f.points().redeem(f.customer, 1400, f.clerk).ok());
    REQUIRE(f.balance() == 97);
    REQUIRE(f.sales().recordReturn(f.line(sale, 0), 3, QString()).ok()); // the whole sale
    CHECK(f.last().points == -97);
    CHECK(f.balance() == 0);
    // With nothing left, a return writes no reversal at all.
    const SaleId other = f.sell({piece("C3", 1, Money::fromYuan(100))});
    REQUIRE(f.points().redeem(f.customer, 100, f.clerk).ok());
    const qsizetype rows = readValue(f.points().ledger(f.customer)).size();
    REQUIRE(f.sales().recordReturn(f.line(other, 0), 1, QString()).ok());
    CHECK(readValue(f.points().ledger(f.customer)).size() == rows);
    CHECK(f.balance() == 0);
}

TEST_CASE("an exchange earns for the replacement and takes back the returned pieces", "[services][points]")
{
    Fixture f;
    const SaleId sale = f.sellDresses();
    REQUIRE(f.sales()
                .recordExchange(
                    f.line(sale, 0), 1, piece("A24-1032", 1, Money::fromYuan(599)), QStringLiteral("换颜色"))
                .ok());
    const QList<PointsMovement> rows = readValue(f.points().ledger(f.customer));
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(1).kind == Kind::Earn);
    CHECK(rows.at(1).points == 599);
    CHECK(rows.at(1).sale != sale);
    CHECK(rows.at(2).kind == Kind::Reverse);
    CHECK(rows.at(2).points == -499);
    CHECK(rows.at(2).sale == sale);
    CHECK(f.balance() == 1497 + 599 - 499);
}

TEST_CASE("redemption over the balance is refused", "[services][points]")
{
    Fixture f;
    f.makeSilver();
    f.sellDresses();
    const PointsResult over = f.points().redeem(f.customer, 1500, f.clerk);
    CHECK_FALSE(over.ok());
    CHECK(over.message.contains(QStringLiteral("1497")));
    CHECK(f.balance() == 1497);
    CHECK(readValue(f.points().ledger(f.customer)).size() == 1);

    const PointsResult ok = f.points().redeem(f.customer, 1400, f.clerk);
    REQUIRE(ok.ok());
    CHECK(ok.value == Money::fromYuan(140));
    CHECK(ok.balance == 97);
    const PointsMovement redeem = f.last();
    CHECK(redeem.id == *ok.id);
    CHECK(redeem.kind == Kind::Redeem);
    CHECK(redeem.points == -1400);
    CHECK(redeem.staff == f.clerk);
    CHECK(f.balance() == 97);
}

TEST_CASE("redemption must be a positive multiple of the redemption block", "[services][points]")
{
    Fixture f;
    f.makeSilver();
    f.sellDresses();
    const PointsResult odd = f.points().redeem(f.customer, 150);
    CHECK_FALSE(odd.ok());
    CHECK(odd.message.contains(QStringLiteral("100")));
    CHECK_FALSE(f.points().redeem(f.customer, 0).ok());
    CHECK_FALSE(f.points().redeem(f.customer, -100).ok());
    CHECK_FALSE(f.points().redeem(f.customer + 1000, 100).ok()); // no such customer
    CHECK(f.balance() == 1497);

    // The block is a setting.
    LoyaltyRules rules = LoyaltySettings(f.t.store().database()).rules();
    rules.points.redeemPoints = 50;
    rules.points.redeemValue = Money::fromYuan(3);
    REQUIRE(LoyaltySettings(f.t.store().database()).save(rules).ok());
    const PointsResult fifty = f.points().redeem(f.customer, 150);
    REQUIRE(fifty.ok());
    CHECK(fifty.value == Money::fromYuan(9));
}

TEST_CASE("a Member trying to redeem is refused with the reason; Silver may", "[services][points][seed]")
{
    Fixture f;
    f.sellDresses(); // 1497 points, but the nightly run has not made her Silver yet
    const PointsResult refused = f.points().redeem(f.customer, 100, f.clerk);
    CHECK_FALSE(refused.ok());
    CHECK(refused.message.contains(QStringLiteral("from Silver up")));
    CHECK(refused.message == PointsService::redemptionRefusal(Tier::None, PointsRules()));
    CHECK(f.balance() == 1497);
    CHECK(readValue(f.points().ledger(f.customer)).size() == 1); // nothing written

    f.makeSilver();
    CHECK(PointsService::redemptionRefusal(Tier::Silver, PointsRules()).isEmpty());
    CHECK(f.points().redeem(f.customer, 100, f.clerk).ok());
}

TEST_CASE("with redemption from Silver off, a Member may redeem", "[services][points][seed]")
{
    Fixture f;
    f.sellDresses();
    LoyaltyRules rules = LoyaltySettings(f.t.store().database()).rules();
    rules.points.redeemFromSilver = false;
    REQUIRE(LoyaltySettings(f.t.store().database()).save(rules).ok());
    CHECK_FALSE(LoyaltySettings(f.t.store().database()).rules().points.redeemFromSilver); // stored
    CHECK(f.points().redeem(f.customer, 100, f.clerk).ok());
    CHECK(f.balance() == 1397);
}

TEST_CASE("a manager adjusts points with a reason; nobody else can", "[services][points]")
{
    Fixture f;
    const PointsResult noReason = f.points().adjust(f.customer, 50, QStringLiteral("   "), f.manager);
    CHECK_FALSE(noReason.ok());
    CHECK_FALSE(noReason.message.isEmpty());
    CHECK_FALSE(f.points().adjust(f.customer, 50, QStringLiteral("生日礼"), f.clerk).ok());
    CHECK_FALSE(f.points().adjust(f.customer, 50, QStringLiteral("生日礼"), 9999).ok());
    CHECK_FALSE(f.points().adjust(f.customer, 0, QStringLiteral("生日礼"), f.manager).ok());
    CHECK_FALSE(f.points().adjust(f.customer + 1000, 50, QStringLiteral("生日礼"), f.manager).ok());
    CHECK(readValue(f.points().ledger(f.customer)).isEmpty());

    const PointsResult gift = f.points().adjust(f.customer, 50, QStringLiteral("  生日礼 "), f.manager);
    REQUIRE(gift.ok());
    CHECK(gift.balance == 50);
    const PointsMovement row = f.last();
    CHECK(row.kind == Kind::Adjust);
    CHECK(row.points == 50);
    CHECK(row.reason == QStringLiteral("生日礼"));
    CHECK(row.staff == f.manager);
    CHECK(row.expiresOn == QDate(2028, 6, 15)); // lapses like earned points

    const PointsResult tooMuch = f.points().adjust(f.customer, -51, QStringLiteral("录错"), f.manager);
    CHECK_FALSE(tooMuch.ok());
    CHECK(tooMuch.message.contains(QStringLiteral("50")));
    REQUIRE(f.points().adjust(f.customer, -50, QStringLiteral("录错"), f.manager).ok());
    CHECK_FALSE(f.last().expiresOn.isValid());
    CHECK(f.balance() == 0);
}

TEST_CASE("expiry takes the oldest points first, whatever was spent in between", "[services][points]")
{
    Fixture f;
    LoyaltyRules rules = LoyaltySettings(f.t.store().database()).rules();
    rules.points.redeemPoints = 10;
    rules.points.redeemValue = Money::fromYuan(1);
    rules.points.redeemFromSilver = false; // she stays a Member: any member may redeem here
    REQUIRE(LoyaltySettings(f.t.store().database()).save(rules).ok());

    // Earn 100 that lapse on 2026-01-10, then 50 that lapse on 2026-06-10, then redeem 80.
    f.t.clock().set(QDateTime(QDate(2024, 1, 10), QTime(11, 0), storeZone));
    f.sell({piece("A1", 1, Money::fromYuan(100))});
    f.t.clock().set(QDateTime(QDate(2024, 6, 10), QTime(11, 0), storeZone));
    f.sell({piece("A2", 1, Money::fromYuan(50))});
    f.t.clock().set(QDateTime(QDate(2025, 3, 1), QTime(11, 0), storeZone));
    REQUIRE(f.points().redeem(f.customer, 80, f.clerk).ok());
    REQUIRE(f.balance() == 70);

    PointsRepository ledger(f.t.store().database().connection());
    CHECK(ledger.expiryCandidates(QDate(2026, 1, 9)).empty());
    // 20 Feb 2026: the first 100 have lapsed, 80 of them were spent: 20 expire.
    std::vector<ExpiryCandidate> february = ledger.expiryCandidates(QDate(2026, 2, 20));
    REQUIRE(february.size() == 1);
    CHECK(february.front().customer == f.customer);
    CHECK(february.front().lapsed - february.front().takenOut == 20);
    const qint64 run = sql::scalar(f.t.store().database().connection(),
        QStringLiteral("INSERT INTO nightly_runs (as_of, started_by, started_at) "
                       "VALUES ('2026-02-20', 'cli', '2026-02-21T03:00:00+08:00') RETURNING id"))
                           .toLongLong();
    ledger.appendExpiry(f.customer, 20, QDate(2026, 2, 20), run);
    CHECK(f.balance() == 50);
    CHECK(ledger.expiryCandidates(QDate(2026, 6, 9)).empty());
    // July: the 50 lapse as well — 70 expired in all, 20 + 50.
    std::vector<ExpiryCandidate> july = ledger.expiryCandidates(QDate(2026, 7, 1));
    REQUIRE(july.size() == 1);
    CHECK(july.front().lapsed - july.front().takenOut == 50);
}

TEST_CASE("the ledger itself refuses a balance below zero", "[services][points]")
{
    Fixture f;
    f.sellDresses();
    PointsMovement spend;
    spend.customer = f.customer;
    spend.happenedAt = f.t.clock().now();
    spend.kind = Kind::Redeem;
    spend.points = -1498;
    PointsRepository ledger(f.t.store().database().connection());
    CHECK_THROWS_AS(ledger.append(spend), StorageError);
    CHECK(f.balance() == 1497);
}

TEST_CASE("points changes are announced after commit", "[services][points]")
{
    Fixture f;
    f.makeSilver();
    QSignalSpy spy(&f.points(), &PointsService::pointsChanged);
    const SaleId sale = f.sellDresses();
    REQUIRE(f.points().redeem(f.customer, 100).ok());
    REQUIRE(f.points().adjust(f.customer, 10, QStringLiteral("补录"), f.manager).ok());
    REQUIRE(f.sales().recordReturn(f.line(sale, 0), 1, QString()).ok());
    CHECK_FALSE(f.points().redeem(f.customer, 100000).ok()); // refused: no signal
    REQUIRE(spy.size() == 4);
    for (const QList<QVariant> &arguments : spy)
        CHECK(arguments.first().value<CustomerId>() == f.customer);
}

TEST_CASE("a demo store has believable balances: earned with each sale, reversed by returns",
    "[services][points][demo]")
{
    TempStore t;
    DemoStoreGenerator::Options options;
    options.customers = 300;
    options.years = 2;
    options.seed = 42;
    options.endDate = QDate(2026, 6, 30);
    const DemoStoreGenerator::Result result = DemoStoreGenerator::generate(t.store().database(), options);
    REQUIRE(result.ok());
    const QSqlDatabase db = t.store().database().connection();
    const auto count = [&](const char *statement) {
        return sql::scalar(db, QString::fromLatin1(statement)).toLongLong();
    };
    // One 'earn' row for every sale to a customer worth a point, replacements of exchanges included.
    CHECK(count("SELECT count(*) FROM points_ledger WHERE kind = 'earn'")
        == count("SELECT count(*) FROM sales WHERE customer_id IS NOT NULL AND total_fen >= 100"));
    CHECK(count("SELECT count(*) FROM points_ledger WHERE kind = 'earn' AND expires_on IS NULL") == 0);
    CHECK(count("SELECT count(*) FROM points_ledger WHERE kind = 'reverse'") > result.returns / 2);
    CHECK(count("SELECT count(*) FROM points_ledger WHERE kind NOT IN ('earn', 'reverse')") == 0);
    // No sale loses more than it earned, and a sale refunded in full loses exactly that.
    CHECK(count("SELECT count(*) FROM (SELECT sale_id, sum(points) AS net FROM points_ledger "
                "GROUP BY sale_id) AS per_sale WHERE net < 0")
        == 0);
    CHECK(count("SELECT count(*) FROM points_ledger p JOIN sales s ON s.id = p.sale_id "
                "WHERE p.kind = 'earn' AND s.total_fen = (SELECT sum(r.refund_fen) FROM returns r "
                "JOIN sale_lines l ON l.id = r.sale_line_id WHERE l.sale_id = s.id) "
                "AND (SELECT sum(points) FROM points_ledger q WHERE q.sale_id = s.id) <> 0")
        == 0);
    CHECK(count("SELECT min(balance) FROM (SELECT sum(points) AS balance FROM points_ledger "
                "GROUP BY customer_id) AS balances")
        >= 0);
    // Every balance equals what the service reports.
    const CustomerId someone = count("SELECT customer_id FROM points_ledger ORDER BY id DESC LIMIT 1");
    CHECK(readValue(t.store().points().balance(someone))
        == count("SELECT sum(points) FROM points_ledger WHERE customer_id = "
                 "(SELECT customer_id FROM points_ledger ORDER BY id DESC LIMIT 1)"));
}
