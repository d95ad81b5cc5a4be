// Issue 25, item 5: two counters on one store at the same moment. Each counter is a Store of its own on a
// thread of its own (two tills on one server). A third connection holds the store still until both
// counters are waiting, so that they really collide rather than take turns by luck; the guards under
// test must then let exactly one of them through and refuse the other in the counter's usual words.
#include "core/coupon.h"
#include "core/loyalty.h"
#include "core/tier_policy.h"
#include "services/customer_service.h"
#include "services/demo_store.h"
#include "services/nightly_job.h"
#include "services/points_service.h"
#include "services/sale_service.h"
#include "services/store.h"
#include "storage/coupon_repository.h"
#include "storage/database.h"
#include "storage/sale_repository.h"
#include "storage/sql.h"
#include "storage/tier_repository.h"
#include "storage/transaction.h"
#include "support/loyalty_store.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QThread>
#include <QTimeZone>
#include <QUuid>

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <functional>
#include <future>
#include <optional>

using namespace atelier;
using atelier::testing::onPostgres;
using atelier::testing::readValue;
using atelier::testing::TempStore;

namespace {

// Runs `work` at a second till: its own Store on `location`, on a thread of its own. `ready` counts the
// tills that have opened the store and are about to work. (Catch2's checks stay on the test's thread.)
template <typename Result>
std::future<Result> atAnotherTill(
    const QString &location, const Clock &clock, std::atomic_int &ready, std::function<Result(Store &)> work)
{
    return std::async(std::launch::async, [location, &clock, &ready, work] {
        Store store(&clock);
        if (!store.open(location))
            return Result();
        ++ready;
        return work(store);
    });
}

// PostgreSQL: how many connections to this database wait for a lock.
int waitingForLocks(const QSqlDatabase &db)
{
    // The activity view is read once a transaction unless told to look again.
    sql::run(db, QStringLiteral("SELECT pg_stat_clear_snapshot()"));
    return sql::scalar(db,
        QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                       "AND wait_event_type = 'Lock'"))
        .toInt();
}

// A third connection that keeps both tills from finishing until both have started: on SQLite it holds
// the write lock (both wait to begin writing); on PostgreSQL it keeps `table` from being written (both
// read what they decide from, then wait to write).
class HoldStill
{
public:
    HoldStill(const QString &location, const Clock &clock, const QString &table)
        : m_store(&clock)
    {
        REQUIRE(m_store.open(location));
        const QSqlDatabase db = m_store.database().connection();
        m_transaction.emplace(db, Transaction::Mode::Immediate);
        if (onPostgres())
            sql::execute(db, QStringLiteral("LOCK TABLE %1 IN SHARE MODE").arg(table)); // not preparable
    }

    // Lets go once `tills` tills wait: on PostgreSQL when the server shows them waiting for a lock; on
    // SQLite, which shows nothing, a moment after they started.
    void releaseWhenWaiting(const std::atomic_int &ready, int tills)
    {
        const QDeadlineTimer deadline(20000);
        while (ready.load() < tills && !deadline.hasExpired())
            QThread::msleep(10);
        if (onPostgres()) {
            const QSqlDatabase db = m_store.database().connection();
            while (waitingForLocks(db) < tills && !deadline.hasExpired())
                QThread::msleep(10);
        } else {
            QThread::msleep(300);
        }
        CHECK_FALSE(deadline.hasExpired());
        m_transaction->commit();
    }

private:
    Store m_store;
    std::optional<Transaction> m_transaction;
};

// Two tills doing `work` at once; their results in the order they were started.
template <typename Result>
std::pair<Result, Result> atTwoTills(
    TempStore &t, const QString &heldTable, std::function<Result(Store &)> work)
{
    HoldStill hold(t.path(), t.clock(), heldTable);
    std::atomic_int ready = 0;
    std::future<Result> first = atAnotherTill<Result>(t.path(), t.clock(), ready, work);
    std::future<Result> second = atAnotherTill<Result>(t.path(), t.clock(), ready, work);
    hold.releaseWhenWaiting(ready, 2);
    return {first.get(), second.get()};
}

CustomerId registered(TempStore &t, const QString &name, const QString &phone)
{
    return *t.store().customers().registerCustomer(name, phone).id;
}

CustomerId customerWithPurchase(TempStore &t, Money spent)
{
    const CustomerId customer = registered(t, QStringLiteral("李娜"), QStringLiteral("13700000001"));
    testing::recordSaleAt(t.store(), customer, t.clock().now().addDays(-1), spent);
    return customer;
}

} // namespace

TEST_CASE("Two tills redeeming one customer's points at once: one is refused, the balance never goes below "
          "zero",
    "[services][points][concurrency]")
{
    TempStore t;
    const CustomerId customer = customerWithPurchase(t, Money::fromYuan(1500)); // 1 500 points
    {
        // Redeeming is a Silver benefit.
        const QSqlDatabase db = t.store().database().connection();
        Transaction transaction(db);
        TierRepository(db).set(customer, TierState{Tier::Silver, QDate(2026, 1, 1)});
        transaction.commit();
    }
    REQUIRE(readValue(t.store().points().balance(customer)) == 1500);

    const auto [a, b] = atTwoTills<PointsResult>(t, QStringLiteral("points_ledger"),
        [customer](Store &till) { return till.points().redeem(customer, 1000); });
    CHECK(a.ok() != b.ok());
    const PointsResult &refused = a.ok() ? b : a;
    // The counter's usual refusal with the balance as it is now, not a storage error.
    CHECK(refused.message == PointsService::tr("Only %n point(s) available.", nullptr, 500));
    CHECK(readValue(t.store().points().balance(customer)) == 500);
}

TEST_CASE(
    "Two tills returning the same sale line at once: it is returned once", "[services][returns][concurrency]")
{
    TempStore t;
    const CustomerId customer = customerWithPurchase(t, Money::fromYuan(800));
    const QList<Sale> sales = readValue(t.store().sales().recentSales(customer, 1));
    REQUIRE(sales.size() == 1);
    const SaleLineId line = sales.first().lines.first().id;

    const auto [a, b] = atTwoTills<SaleResult>(t, QStringLiteral("returns"), [line](Store &till) {
        return till.sales().recordReturn(line, 1, QStringLiteral("尺码不合适"), std::nullopt, std::nullopt);
    });
    CHECK(a.ok() != b.ok());
    const SaleResult &refused = a.ok() ? b : a;
    CHECK(refused.message
        == SaleService::tr("Only %n piece(s) of this line can still be returned.", nullptr, 0));
    CHECK(SaleRepository(t.store().database().connection()).returnsOf(line).size() == 1);
}

TEST_CASE("A deadlock with another connection is run again inside the service: the return goes through",
    "[services][returns][retry][concurrency]")
{
    if (!onPostgres()) {
        WARN("PostgreSQL only: SQLite lets one connection write at a time, so there is no deadlock");
        return;
    }
    TempStore t;
    const CustomerId customer = customerWithPurchase(t, Money::fromYuan(800));
    const QList<Sale> sales = readValue(t.store().sales().recentSales(customer, 1));
    REQUIRE(sales.size() == 1);
    const SaleId sale = sales.first().id;
    const SaleLineId line = sales.first().lines.first().id;

    // Another connection holds the sale's row, which a return marks as having returns...
    Store other(&t.clock());
    REQUIRE(other.open(t.path()));
    const QSqlDatabase db = other.database().connection();
    Transaction holding(db);
    sql::run(db, QStringLiteral("UPDATE sales SET note = note WHERE id = ?"), {qlonglong(sale)});
    std::future<SaleResult> returned = std::async(std::launch::async, [&t, line] {
        Store till(&t.clock());
        if (!till.open(t.path()))
            return SaleResult();
        return till.sales().recordReturn(line, 1, QStringLiteral("尺码不合适"), std::nullopt, std::nullopt);
    });
    // ...until the till holds the line and waits for the sale; then it asks for the line. The server
    // breaks the deadlock by failing the till's transaction, which waited first (after deadlock_timeout,
    // a second); had it failed this one instead, the statement below would throw.
    const QDeadlineTimer deadline(20000);
    while (waitingForLocks(db) < 1 && !deadline.hasExpired())
        QThread::msleep(10);
    REQUIRE_FALSE(deadline.hasExpired());
    sql::run(db, QStringLiteral("SELECT id FROM sale_lines WHERE id = ? FOR UPDATE"), {qlonglong(line)});
    holding.commit();

    const SaleResult result = returned.get();
    CHECK(result.message.isEmpty());
    CHECK(result.ok());
    CHECK(SaleRepository(t.store().database().connection()).returnsOf(line).size() == 1);
}

TEST_CASE("Two tills redeeming one coupon at once: one sale is stored with it, the other is refused and not "
          "stored",
    "[services][coupons][concurrency]")
{
    TempStore t;
    const CustomerId customer = registered(t, QStringLiteral("王芳"), QStringLiteral("13900001111"));
    Coupon coupon = amountCoupon(
        CouponReason::Manual, Money::fromYuan(50), Money(), t.clock().today(), 30, t.clock().now());
    coupon.customerId = customer;
    {
        const QSqlDatabase db = t.store().database().connection();
        Transaction transaction(db);
        CouponRepository(db).issue(coupon);
        transaction.commit();
    }
    const QString code = coupon.code;

    const auto [a, b] = atTwoTills<SaleResult>(t, QStringLiteral("coupons"), [customer, code](Store &till) {
        Sale sale;
        sale.customerId = customer;
        sale.couponCode = code;
        SaleLine dress;
        dress.styleNumber = QStringLiteral("A1001");
        dress.listPrice = dress.paidPrice = Money::fromYuan(600);
        sale.lines << dress;
        return till.sales().recordSale(sale);
    });
    CHECK(a.ok() != b.ok());
    const SaleResult &used = a.ok() ? a : b;
    const SaleResult &refused = a.ok() ? b : a;
    CHECK(used.couponDiscount == Money::fromYuan(50));
    // Refused in words the clerk can act on (sell again without the coupon), not a storage error.
    CHECK_FALSE(refused.message.isEmpty());
    CHECK_FALSE(refused.connectionLost);
    CHECK(readValue(t.store().sales().recentSales(customer, 10)).size() == 1);
    const std::optional<Coupon> after = CouponRepository(t.store().database().connection()).find(coupon.id);
    REQUIRE(after);
    CHECK(after->saleId == used.id);
}

TEST_CASE("Two counters saving one customer's record at once: one is saved, the other is told it changed "
          "elsewhere",
    "[services][customers][concurrency]")
{
    TempStore t;
    const CustomerId customer = registered(t, QStringLiteral("王芳"), QStringLiteral("13900001111"));

    // Each till loads her, writes its own occupation and saves; what it wrote comes back beside the result.
    std::atomic_int tills = 0;
    using Saved = std::pair<SaveResult, QString>;
    const auto [a, b] = atTwoTills<Saved>(t, QStringLiteral("customers"), [customer, &tills](Store &till) {
        const ReadResult<std::optional<CustomerArchive>> loaded = till.customers().load(customer);
        if (!loaded.ok() || !*loaded.value)
            return Saved();
        CustomerArchive form = **loaded.value;
        form.customer.occupation = tills++ == 0 ? QStringLiteral("教师") : QStringLiteral("医生");
        return Saved{till.customers().save(form), form.customer.occupation};
    });
    INFO("first: " << a.first.message.toStdString() << "; second: " << b.first.message.toStdString());
    CHECK(a.first.ok() != b.first.ok());
    const Saved &saved = a.first.ok() ? a : b;
    const Saved &refused = a.first.ok() ? b : a;
    // Refused, never written over: the second save waited for the first (SQLite: for the file; PostgreSQL:
    // for her row), then found the version it had read gone.
    CHECK(refused.first.changedElsewhere);
    CHECK_FALSE(refused.first.message.isEmpty());
    const std::optional<CustomerArchive> stored = readValue(t.store().customers().load(customer));
    REQUIRE(stored);
    CHECK(stored->customer.occupation == saved.second);
}

TEST_CASE(
    "One sale sent from two tills at once with the same key is stored once", "[services][sales][concurrency]")
{
    TempStore t;
    Sale sale;
    sale.customerId = registered(t, QStringLiteral("李娜"), QStringLiteral("13700000001"));
    SaleLine dress;
    dress.styleNumber = QStringLiteral("A24-1031");
    dress.listPrice = dress.paidPrice = Money::fromYuan(499);
    sale.lines << dress;
    sale.clientKey = QUuid::createUuid(); // as a counter re-sending a sale whose first answer was lost

    // Both looked the key up and found nothing before either stored the sale.
    const auto [a, b] = atTwoTills<SaleResult>(
        t, QStringLiteral("sales"), [sale](Store &till) { return till.sales().recordSale(sale); });
    CHECK(a.ok());
    CHECK(b.ok());
    CHECK(a.id == b.id);
    CHECK(a.foundStored != b.foundStored);
    CHECK(a.pointsEarned == b.pointsEarned);
    const QSqlDatabase db = t.store().database().connection();
    CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM sales")).toInt() == 1);
    CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM points_ledger WHERE kind = 'earn'")).toInt()
        == 1);
}

namespace {

const QDate nightlyAsOf(2026, 6, 15);

// A demo store of a few hundred customers whose history ends on nightlyAsOf.
void fillDemo(TempStore &t)
{
    DemoStoreGenerator::Options options;
    options.customers = 150;
    options.years = 3;
    options.seed = 25;
    options.endDate = nightlyAsOf;
    REQUIRE(DemoStoreGenerator::generate(t.store().database(), options).ok());
    t.clock().set(QDateTime(nightlyAsOf.addDays(1), QTime(2, 0), t.clock().now().timeZone()));
}

NightlyRun runNightly(Store &store, const Clock &clock)
{
    NightlyJob job(store.database(), clock);
    job.setBackupAfterRun(false); // a copy of the store is no part of the results compared
    return job.run(nightlyAsOf, NightlyRun::StartedBy::Timer);
}

// Each coupon's code, in both its stored and its printed form, mapped to what the coupon is. A code is
// drawn at random whenever a coupon is issued (by the demo as by the run), so two stores made from one
// seed never share codes: the codes, and the follow-up texts that quote them, are compared as the
// coupons they stand for.
QHash<QString, QString> couponsByCode(const QSqlDatabase &db)
{
    QHash<QString, QString> coupons;
    QSqlQuery query = sql::run(db,
        QStringLiteral("SELECT code, customer_id, kind, value, valid_from, valid_to, reason, issued_at "
                       "FROM coupons"));
    while (query.next()) {
        QStringList described{QStringLiteral("coupon")};
        for (int i = 1; i < 8; ++i)
            described << query.value(i).toString();
        const QString code = query.value(0).toString();
        coupons.insert(code, described.join(u'/'));
        coupons.insert(coupon_code::display(code), described.join(u'/'));
    }
    return coupons;
}

QString withCouponsNamed(QString text, const QHash<QString, QString> &coupons)
{
    static const QRegularExpression code(
        QStringLiteral("[%1]{4}-?[%1]{4}").arg(QLatin1String(coupon_code::alphabet)));
    QRegularExpressionMatchIterator found = code.globalMatch(text);
    QList<QRegularExpressionMatch> matches;
    while (found.hasNext())
        matches << found.next();
    // From the end, so that the positions still ahead stay right.
    for (auto match = matches.crbegin(); match != matches.crend(); ++match) {
        const auto coupon = coupons.constFind(match->captured());
        if (coupon != coupons.constEnd())
            text.replace(match->capturedStart(), match->capturedLength(), *coupon);
    }
    return text;
}

// What a nightly run decides, as text: every row of the tables it writes, without the ids the server
// hands out (a rolled-back attempt uses some up) and without the run's own id.
QStringList nightlyResults(Store &store)
{
    const QSqlDatabase db = store.database().connection();
    const QHash<QString, QString> coupons = couponsByCode(db);
    QStringList rows;
    for (const char *table : {"customer_scores", "customer_tiers", "tier_history", "segment_history",
             "points_ledger", "follow_up_tasks", "coupons"}) {
        const QSqlRecord columns = db.record(QString::fromLatin1(table));
        QStringList kept;
        for (int i = 0; i < columns.count(); ++i) {
            const QString name = columns.fieldName(i);
            if (name != QLatin1String("id") && !name.contains(QLatin1String("run")))
                kept << name;
        }
        QSqlQuery query = sql::run(db,
            QStringLiteral("SELECT %1 FROM %2")
                .arg(kept.join(QStringLiteral(", ")), QString::fromLatin1(table)));
        while (query.next()) {
            QString row = QString::fromLatin1(table);
            for (int i = 0; i < kept.size(); ++i)
                row += u'|' + withCouponsNamed(query.value(i).toString(), coupons);
            rows << row;
        }
    }
    rows.sort();
    return rows;
}

} // namespace

TEST_CASE(
    "Two nightly runs for one date at once leave the results of one", "[services][nightly][concurrency]")
{
    TempStore once;
    fillDemo(once);
    REQUIRE(runNightly(once.store(), once.clock()).result == NightlyRun::Result::Ok);
    const QStringList expected = nightlyResults(once.store());
    REQUIRE(expected.size() > 300);

    TempStore twice;
    fillDemo(twice);
    // Held at the scores: on PostgreSQL both runs have read the sales by then, unless one waits for the
    // other first.
    const auto [a, b] = atTwoTills<NightlyRun>(twice, QStringLiteral("customer_scores"),
        [&twice](Store &till) { return runNightly(till, twice.clock()); });
    CHECK(a.result == NightlyRun::Result::Ok);
    CHECK(b.result == NightlyRun::Result::Ok);
    // The second found the first's work done.
    CHECK((a.tierUps == 0 || b.tierUps == 0));
    const QStringList found = nightlyResults(twice.store());
    CHECK(found.size() == expected.size());
    for (qsizetype i = 0; i < std::min(found.size(), expected.size()); ++i) {
        if (found[i] != expected[i]) {
            CHECK(found[i].toStdString() == expected[i].toStdString()); // the first row that differs
            break;
        }
    }
}
