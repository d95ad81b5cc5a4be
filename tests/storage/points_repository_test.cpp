#include "storage/bulk_loader.h"
#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/points_repository.h"
#include "storage/sale_repository.h"
#include "storage/sql.h"
#include "storage/storage_error.h"
#include "storage/tier_repository.h"
#include "storage/transaction.h"
#include "support/test_location.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace atelier;
using Kind = PointsMovement::Kind;

namespace {

const QTimeZone storeZone(8 * 3600);

struct Ledger
{
    QTemporaryDir dir;
    const testing::TestLocation location{dir.path()};
    Database db;
    CustomerId anna = 0;
    CustomerId bo = 0;

    Ledger()
    {
        REQUIRE(db.open(location.text()));
        anna = customer(QStringLiteral("李娜"), QStringLiteral("13700000001"));
        bo = customer(QStringLiteral("王博"), QStringLiteral("13700000002"));
    }

    CustomerId customer(const QString &name, const QString &phone)
    {
        Customer c;
        c.name = name;
        c.phone = PhoneNumber::fromStoredDigits(phone);
        c.createdAt = c.updatedAt = QDateTime(QDate(2024, 1, 2), QTime(10, 0), storeZone);
        return CustomerRepository(db.connection()).insert(c);
    }

    PointsRepository points() { return PointsRepository(db.connection()); }

    qint64 add(CustomerId who, Kind kind, qint64 amount, const QDate &on, const QDate &expiresOn = {})
    {
        PointsMovement m;
        m.customer = who;
        m.kind = kind;
        m.points = amount;
        m.happenedAt = QDateTime(on, QTime(12, 0), storeZone);
        m.expiresOn = expiresOn;
        return points().append(m);
    }

    qint64 nightlyRun(const QDate &asOf)
    {
        return sql::scalar(db.connection(),
            QStringLiteral("INSERT INTO nightly_runs (as_of, started_by, started_at) VALUES (?, 'cli', ?) "
                           "RETURNING id"),
            {asOf.toString(Qt::ISODate), QStringLiteral("2026-01-01T03:00:00+08:00")})
            .toLongLong();
    }
};

} // namespace

TEST_CASE("ledger rows round-trip; the balance is their sum", "[storage][points]")
{
    Ledger l;
    Sale sale;
    sale.customerId = l.anna;
    sale.soldAt = QDateTime(QDate(2026, 3, 1), QTime(15, 30), storeZone);
    sale.lines << SaleLine{
        0, QStringLiteral("A24-1031"), {}, {}, {}, 1, Money::fromYuan(599), Money::fromYuan(499)};
    SaleRepository(l.db.connection()).insert(sale);

    PointsMovement earn;
    earn.customer = l.anna;
    earn.happenedAt = sale.soldAt;
    earn.kind = Kind::Earn;
    earn.points = 499;
    earn.expiresOn = QDate(2028, 3, 1);
    earn.sale = sale.id;
    const qint64 id = l.points().append(earn);
    l.add(l.anna, Kind::Redeem, -100, QDate(2026, 3, 5));
    l.add(l.anna, Kind::Adjust, 20, QDate(2026, 3, 6), QDate(2028, 3, 6));
    l.add(l.bo, Kind::Adjust, 7, QDate(2026, 3, 6));

    PointsRepository points = l.points();
    CHECK(points.balance(l.anna) == 419);
    CHECK(points.balance(l.bo) == 7);
    CHECK(points.balance(999) == 0);

    const QList<PointsMovement> newest = points.movements(l.anna, 2);
    REQUIRE(newest.size() == 2);
    CHECK(newest.at(0).kind == Kind::Adjust);
    CHECK(newest.at(1).kind == Kind::Redeem);
    CHECK(newest.at(1).points == -100);
    CHECK_FALSE(newest.at(1).expiresOn.isValid());

    const QList<PointsMovement> all = points.ledger(l.anna);
    REQUIRE(all.size() == 3);
    const PointsMovement &first = all.first();
    CHECK(first.id == id);
    CHECK(first.customer == l.anna);
    CHECK(first.kind == Kind::Earn);
    CHECK(first.points == 499);
    CHECK(first.happenedAt == sale.soldAt);
    CHECK(first.expiresOn == QDate(2028, 3, 1));
    CHECK(first.sale == sale.id);
    CHECK_FALSE(first.returnId);
    CHECK_FALSE(first.staff);
    CHECK(points.pointsEarnedForSale(sale.id) == 499);
    CHECK(points.reversedForSale(sale.id) == 0);
}

TEST_CASE("the database refuses a row that takes a balance below zero", "[storage][points]")
{
    Ledger l;
    l.add(l.anna, Kind::Earn, 100, QDate(2026, 1, 1));
    l.add(l.bo, Kind::Earn, 500, QDate(2026, 1, 1));
    {
        Transaction transaction(l.db.connection());
        try {
            l.add(l.anna, Kind::Redeem, -101, QDate(2026, 1, 2));
            FAIL("the trigger let the balance go below zero");
        } catch (const StorageError &error) {
            CHECK(error.kind() == StorageError::Kind::Constraint);
        }
    }
    CHECK(l.points().balance(l.anna) == 100);
    l.add(l.anna, Kind::Redeem, -100, QDate(2026, 1, 2)); // down to exactly zero is fine
    CHECK(l.points().balance(l.anna) == 0);
    CHECK_THROWS_AS(l.add(l.anna, Kind::Adjust, -1, QDate(2026, 1, 3)), StorageError);
    CHECK(l.points().balance(l.anna) == 0);
}

TEST_CASE("the ledger accepts only its five kinds of movement", "[storage][points]")
{
    Ledger l;
    CHECK_THROWS_AS(sql::run(l.db.connection(),
                        QStringLiteral("INSERT INTO points_ledger (customer_id, happened_at, kind, points) "
                                       "VALUES (?, '2026-01-01T10:00:00+08:00', 'gift', 5)"),
                        {qlonglong(l.anna)}),
        StorageError);
    CHECK_THROWS_AS(l.add(l.anna, Kind::Earn, 0, QDate(2026, 1, 1)), StorageError); // points <> 0
    for (const Kind kind : {Kind::Earn, Kind::Adjust, Kind::Reverse, Kind::Redeem, Kind::Expire})
        l.add(l.anna, kind, kind == Kind::Earn || kind == Kind::Adjust ? 10 : -5, QDate(2026, 1, 1));
    CHECK(l.points().balance(l.anna) == 5);
}

TEST_CASE("a customer's tier comes from customer_tiers, none without a row", "[storage][points]")
{
    Ledger l;
    CHECK(TierRepository(l.db.connection()).find(l.anna).tier == Tier::None);
    sql::run(l.db.connection(),
        QStringLiteral("INSERT INTO customer_tiers (customer_id, tier, reached_on) "
                       "VALUES (?, 'gold', '2026-01-01')"),
        {qlonglong(l.anna)});
    CHECK(TierRepository(l.db.connection()).find(l.anna).tier == Tier::Gold);
    CHECK(TierRepository(l.db.connection()).find(l.bo).tier == Tier::None);
}

TEST_CASE("expiry takes the oldest points first", "[storage][points]")
{
    Ledger l;
    // Anna: 100 lapsing on 2026-01-01, 50 lapsing on 2026-06-01, 80 redeemed in between.
    l.add(l.anna, Kind::Earn, 100, QDate(2024, 1, 1), QDate(2026, 1, 1));
    l.add(l.anna, Kind::Earn, 50, QDate(2024, 6, 1), QDate(2026, 6, 1));
    l.add(l.anna, Kind::Redeem, -80, QDate(2025, 3, 1));
    // Bo: his 30 lapsed points were all spent, and his other points never lapse.
    l.add(l.bo, Kind::Earn, 30, QDate(2024, 1, 1), QDate(2026, 1, 1));
    l.add(l.bo, Kind::Earn, 40, QDate(2024, 2, 1));
    l.add(l.bo, Kind::Redeem, -30, QDate(2025, 1, 1));

    PointsRepository points = l.points();
    CHECK(points.expiryCandidates(QDate(2025, 12, 31)).empty()); // nothing lapsed yet

    // On the expiry day the first 100 lapse; the redeemed 80 were the oldest, so 20 are left.
    const std::vector<ExpiryCandidate> january = points.expiryCandidates(QDate(2026, 1, 1));
    REQUIRE(january.size() == 1);
    CHECK(january.front().customer == l.anna);
    CHECK(january.front().lapsed == 100);
    CHECK(january.front().takenOut == 80);

    // Without a run in between, July finds both lots lapsed: 150 - 80 = 70.
    const std::vector<ExpiryCandidate> julyOnly = points.expiryCandidates(QDate(2026, 7, 1));
    REQUIRE(julyOnly.size() == 1);
    CHECK(julyOnly.front().lapsed - julyOnly.front().takenOut == 70);

    // A run on 2026-02-20 expires the 20; the ledger then has nothing more to expire until June.
    const qint64 february = l.nightlyRun(QDate(2026, 2, 20));
    const qint64 expiryRow = points.appendExpiry(l.anna, 20, QDate(2026, 2, 20), february);
    CHECK(points.balance(l.anna) == 50);
    CHECK(points.expiryCandidates(QDate(2026, 2, 20)).empty());
    CHECK(points.expiryCandidates(QDate(2026, 5, 31)).empty());

    const PointsMovement row = points.movements(l.anna, 1).first();
    CHECK(row.id == expiryRow);
    CHECK(row.kind == Kind::Expire);
    CHECK(row.points == -20);
    CHECK(row.runId == february);
    CHECK(row.happenedAt == QDateTime(QDate(2026, 2, 20), QTime(23, 59, 59)));

    // In July the 50 lapse too: 20 + 50 = 70 expired in all, balance zero.
    const std::vector<ExpiryCandidate> july = points.expiryCandidates(QDate(2026, 7, 1));
    REQUIRE(july.size() == 1);
    CHECK(july.front().lapsed == 150);
    CHECK(july.front().takenOut == 100);
    points.appendExpiry(l.anna, 50, QDate(2026, 7, 1), l.nightlyRun(QDate(2026, 7, 1)));
    CHECK(points.balance(l.anna) == 0);
    CHECK(points.expiryCandidates(QDate(2030, 1, 1)).empty());
    CHECK(points.balance(l.bo) == 40);

    CHECK_THROWS_AS(points.appendExpiry(l.bo, 0, QDate(2026, 7, 1), february), StorageError);
}

TEST_CASE("a sale's refunded total sums its returns", "[storage][points]")
{
    Ledger l;
    SaleRepository sales(l.db.connection());
    Sale sale;
    sale.customerId = l.anna;
    sale.soldAt = QDateTime(QDate(2026, 3, 1), QTime(15, 30), storeZone);
    sale.lines << SaleLine{
        0, QStringLiteral("A1"), {}, {}, {}, 2, Money::fromYuan(100), Money::fromYuan(100)};
    sale.lines << SaleLine{0, QStringLiteral("A2"), {}, {}, {}, 1, Money::fromYuan(50), Money::fromYuan(50)};
    sales.insert(sale);
    CHECK(sales.refundedFor(sale.id) == Money());
    for (const auto &[line, fen] : {std::pair{0, 10000}, std::pair{1, 3000}, std::pair{0, 9000}}) {
        ReturnRecord r;
        r.saleLineId = sale.lines.at(line).id;
        r.returnedAt = sale.soldAt.addDays(1);
        r.refund = Money::fromFen(fen);
        sales.insertReturn(r);
    }
    CHECK(sales.refundedFor(sale.id) == Money::fromFen(22000));
}

TEST_CASE("BulkLoader writes the ledger rows PointsRepository reads", "[storage][points][bulk]")
{
    Ledger l;
    PointsMovement earn;
    earn.customer = l.anna;
    earn.happenedAt = QDateTime(QDate(2026, 3, 8), QTime(15, 30), storeZone);
    earn.kind = Kind::Earn;
    earn.points = 958;
    earn.expiresOn = QDate(2028, 3, 8);
    earn.staff = std::nullopt;
    PointsMovement reverse = earn;
    reverse.kind = Kind::Reverse;
    reverse.points = -479;
    reverse.expiresOn = QDate();
    reverse.reason = QStringLiteral("尺码偏小");
    {
        Transaction transaction(l.db.connection());
        BulkLoader loader(l.db.connection());
        CHECK(loader.insertPoints(earn) > 0);
        loader.insertPoints(reverse);
        loader.finish();
        transaction.commit();
    }
    {
        // One more than is left: the trigger still guards bulk loads (a server answers at the flush).
        Transaction transaction(l.db.connection());
        BulkLoader loader(l.db.connection());
        reverse.points = -480;
        CHECK_THROWS_MATCHES((loader.insertPoints(reverse), loader.flush()), StorageError,
            Catch::Predicate<StorageError>(
                [](const StorageError &error) { return error.kind() == StorageError::Kind::Constraint; }));
    }
    const QList<PointsMovement> rows = l.points().ledger(l.anna);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).kind == Kind::Earn);
    CHECK(rows.at(0).points == 958);
    CHECK(rows.at(0).happenedAt == earn.happenedAt);
    CHECK(rows.at(0).expiresOn == QDate(2028, 3, 8));
    CHECK(rows.at(1).kind == Kind::Reverse);
    CHECK(rows.at(1).points == -479);
    CHECK_FALSE(rows.at(1).expiresOn.isValid());
    CHECK(rows.at(1).reason == QStringLiteral("尺码偏小"));
    CHECK(l.points().balance(l.anna) == 479);
}
