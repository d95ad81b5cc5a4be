// bench_two_counters LOCATION [SALES]: two counters on one store, each recording SALES sales (default
// 1 000) through the real SaleService, every fifth one followed by a points redemption, while a third
// connection runs the nightly run (issue 25, item 5 and its budget). Each counter and the nightly run
// is a Store of its own on a thread of its own: on PostgreSQL three connections to the server, on
// SQLite three connections to one file (there a sale waits while the nightly run holds the file, and
// gives up as busy after the store's 5 s).
//
// The store is written to: give it a fresh copy of a 100 000-customer demo (`createdb -T` or `cp`),
// with one nightly run behind it (`atelier-cli nightly --as-of 2026-06-29`) so that tonight's is the
// everyday kind. The sales are dated 2026-07-01, the nightly run is for 2026-06-30.
//
// Afterwards every total is checked against what the services said they stored: the new sales and
// their lines, the sum of their totals, the points earned and redeemed in the ledger, and each
// customer's balance moved by exactly those rows and the run's expiries. Prints the timings and the
// retries (conflicts the services ran again, counted from their log); exits 1 when a total is off.
#include "bench_support.h"

#include "core/clock.h"
#include "core/sale.h"
#include "services/loyalty_settings.h"
#include "services/nightly_job.h"
#include "services/points_service.h"
#include "services/sale_service.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <spdlog/sinks/base_sink.h>
#include <spdlog/spdlog.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

#include <atomic>
#include <cstdio>
#include <map>
#include <mutex>
#include <thread>

using namespace atelier;

namespace {

const QDate nightlyAsOf(2026, 6, 30);
const QDate salesDay(2026, 7, 1);

// Counts what the services log while the counters work: the conflicts they ran again, and errors.
class LogCounter : public spdlog::sinks::base_sink<std::mutex>
{
public:
    std::atomic_int retries = 0;
    std::atomic_int errors = 0;

protected:
    void sink_it_(const spdlog::details::log_msg &message) override
    {
        const std::string_view text(message.payload.data(), message.payload.size());
        if (text.find("conflict with another counter") != std::string_view::npos)
            ++retries;
        if (message.level >= spdlog::level::err)
            ++errors;
    }
    void flush_() override { }
};

qint64 number(Store &store, const QString &statement, const QVariantList &values = {})
{
    QSqlQuery query = sql::run(store.database().connection(), statement, values);
    return query.next() ? query.value(0).toLongLong() : 0;
}

QList<CustomerId> ids(Store &store, const QString &statement)
{
    QList<CustomerId> found;
    QSqlQuery query = sql::run(store.database().connection(), statement);
    while (query.next())
        found << query.value(0).toLongLong();
    return found;
}

// What one counter did, as its services reported it.
struct Counter
{
    QList<double> saleMs;
    QList<double> redeemMs;
    int stored = 0;
    int failed = 0;
    QString firstFailure;
    qint64 totalFen = 0;
    int lines = 0;
    qint64 pointsEarned = 0;
    qint64 pointsRedeemed = 0;
    int redemptions = 0;
    int redemptionsRefused = 0; // the counter's usual refusal: not enough points (the other took them)
    int redemptionsFailed = 0;
    std::map<CustomerId, qint64> pointsMoved; // per customer: earned minus redeemed
};

// One counter's day: sale i goes to customers[i % size], a tier holder every other sale; after every
// fifth sale the tier holder redeems one block of points. Both counters walk the same list in the same
// order, so that they sell to, and redeem for, the same customers at about the same moment.
void sell(Store &till, const Clock &clock, int sales, const QList<CustomerId> &anyone,
    const QList<CustomerId> &holders, qint64 block, std::atomic_int &ready, Counter &counter)
{
    ++ready;
    while (ready.load() < 3)
        std::this_thread::yield();
    for (int i = 0; i < sales; ++i) {
        const bool holder = i % 2 == 1;
        const CustomerId customer
            = holder ? holders[(i / 2) % holders.size()] : anyone[(i / 2) % anyone.size()];
        Sale sale;
        sale.customerId = customer;
        sale.soldAt = clock.now().addSecs(i);
        sale.clientKey = QUuid::createUuid();
        for (int l = 0; l <= i % 3; ++l) {
            SaleLine line;
            line.styleNumber = QStringLiteral("B26-%1").arg(100 + (i + l) % 50);
            line.category = QStringLiteral("连衣裙");
            line.quantity = 1 + l % 2;
            line.listPrice = Money::fromYuan(399 + 10 * (i % 20));
            line.paidPrice = Money::fromYuan(299 + 10 * (i % 20));
            sale.lines << line;
        }
        QElapsedTimer timer;
        timer.start();
        const SaleResult result = till.sales().recordSale(sale);
        counter.saleMs << bench::msSince(timer);
        if (!result.ok()) {
            ++counter.failed;
            if (counter.firstFailure.isEmpty())
                counter.firstFailure = result.message;
            continue;
        }
        ++counter.stored;
        counter.totalFen += sale.total().fen();
        counter.lines += int(sale.lines.size());
        counter.pointsEarned += result.pointsEarned;
        counter.pointsMoved[customer] += result.pointsEarned;
        if (i % 5 != 4 || !holder)
            continue;
        timer.restart();
        const PointsResult redeemed = till.points().redeem(customer, block);
        counter.redeemMs << bench::msSince(timer);
        if (redeemed.ok()) {
            ++counter.redemptions;
            counter.pointsRedeemed += block;
            counter.pointsMoved[customer] -= block;
        } else if (redeemed.message.startsWith(QStringLiteral("Only "))) {
            ++counter.redemptionsRefused;
        } else {
            ++counter.redemptionsFailed;
            if (counter.firstFailure.isEmpty())
                counter.firstFailure = redeemed.message;
        }
    }
}

struct Check
{
    int off = 0;
    void operator()(const char *what, qint64 found, qint64 expected)
    {
        const bool ok = found == expected;
        off += ok ? 0 : 1;
        std::printf("| %s | %lld | %lld | %s |\n", what, static_cast<long long>(found),
            static_cast<long long>(expected), ok ? "exact" : "OFF");
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_two_counters LOCATION [SALES_PER_COUNTER]\n");
        return 2;
    }
    const QString location = QString::fromLocal8Bit(argv[1]);
    const int sales = argc > 2 ? std::atoi(argv[2]) : 1000;
    FixedClock clock(QDateTime(salesDay, QTime(10, 0), QTimeZone(8 * 3600)));
    Store store(&clock);
    bench::openDemoStore(store, location);
    auto counted = std::make_shared<LogCounter>();
    spdlog::default_logger()->sinks().push_back(counted);

    const QString day = salesDay.toString(Qt::ISODate);
    if (number(store, QStringLiteral("SELECT count(*) FROM sales WHERE sold_at >= ?"), {day}) > 0) {
        std::fprintf(
            stderr, "%s already has sales on %s: give the bench a fresh copy\n", argv[1], qPrintable(day));
        return 2;
    }
    const QList<CustomerId> anyone = ids(
        store, QStringLiteral("SELECT id FROM customers WHERE erased_at IS NULL ORDER BY id LIMIT 300"));
    const QList<CustomerId> holders
        = ids(store, QStringLiteral("SELECT customer_id FROM customer_tiers ORDER BY customer_id LIMIT 300"));
    if (anyone.isEmpty() || holders.isEmpty()) {
        std::fprintf(stderr, "the store has no customers, or none with a tier: run a nightly first\n");
        return 2;
    }
    const qint64 block = LoyaltySettings(store.database()).rules().points.redeemPoints;
    std::map<CustomerId, qint64> balanceBefore;
    for (const QList<CustomerId> &list : {anyone, holders})
        for (const CustomerId customer : list)
            balanceBefore[customer] = bench::readValue(store.points().balance(customer));
    const qint64 salesBefore = number(store, QStringLiteral("SELECT count(*) FROM sales"));
    const qint64 linesBefore = number(store, QStringLiteral("SELECT count(*) FROM sale_lines"));

    std::atomic_int ready = 0;
    Counter first, second;
    NightlyRun night;
    double nightlyMs = 0;
    QElapsedTimer wall;
    wall.start();
    const auto atCounter = [&](Counter &counter) {
        return std::thread([&] {
            Store till(&clock);
            if (!till.open(location)) {
                std::fprintf(stderr, "a counter cannot open the store\n");
                std::exit(1);
            }
            sell(till, clock, sales, anyone, holders, block, ready, counter);
        });
    };
    std::thread a = atCounter(first);
    std::thread b = atCounter(second);
    std::thread nightly([&] {
        Database db;
        if (!db.open(location))
            std::exit(1);
        ++ready;
        while (ready.load() < 3)
            std::this_thread::yield();
        QElapsedTimer timer;
        timer.start();
        NightlyJob job(db, clock);
        job.setBackupAfterRun(false);
        night = job.run(nightlyAsOf, NightlyRun::StartedBy::Cli);
        nightlyMs = bench::msSince(timer);
    });
    a.join();
    b.join();
    nightly.join();
    const double wallMs = bench::msSince(wall);

    QList<double> saleMs = first.saleMs + second.saleMs;
    QList<double> redeemMs = first.redeemMs + second.redeemMs;
    std::printf("## Two counters, %d sales each, while the nightly run runs (%s)\n\n", sales,
        Store::isServerLocation(location) ? "PostgreSQL" : "SQLite");
    std::printf("| what | figure |\n|---|---|\n");
    std::printf("| sales stored | %d + %d |\n", first.stored, second.stored);
    std::printf("| sales not stored | %d + %d%s%s |\n", first.failed, second.failed,
        first.firstFailure.isEmpty() && second.firstFailure.isEmpty() ? "" : ": ",
        qPrintable(first.firstFailure.isEmpty() ? second.firstFailure : first.firstFailure));
    std::printf("| per sale, median / p99 / worst | %.1f / %.1f / %.0f ms |\n", bench::median(saleMs),
        bench::percentile(saleMs, 99), bench::percentile(saleMs, 100));
    std::printf("| redemptions: done / refused (points gone) / failed | %d / %d / %d |\n",
        first.redemptions + second.redemptions, first.redemptionsRefused + second.redemptionsRefused,
        first.redemptionsFailed + second.redemptionsFailed);
    std::printf("| per redemption, median / p99 | %.1f / %.1f ms |\n", bench::median(redeemMs),
        bench::percentile(redeemMs, 99));
    std::printf("| nightly run | %.1f s, %s, %d customers |\n", nightlyMs / 1000.0,
        night.result == NightlyRun::Result::Ok ? "ok" : qPrintable(night.message), night.customers);
    std::printf("| all three, wall | %.1f s |\n", wallMs / 1000.0);
    std::printf("| conflicts retried | %d |\n", counted->retries.load());
    std::printf("| errors logged | %d |\n\n", counted->errors.load());

    // The totals, read back on the first connection.
    const int stored = first.stored + second.stored;
    Check check;
    std::printf("| total | found | expected | |\n|---|---|---|---|\n");
    check("new sales", number(store, QStringLiteral("SELECT count(*) FROM sales")) - salesBefore, stored);
    check("their lines", number(store, QStringLiteral("SELECT count(*) FROM sale_lines")) - linesBefore,
        first.lines + second.lines);
    check("sum of their totals (fen)",
        number(
            store, QStringLiteral("SELECT COALESCE(SUM(total_fen), 0) FROM sales WHERE sold_at >= ?"), {day}),
        first.totalFen + second.totalFen);
    check("points earned",
        number(store,
            QStringLiteral(
                "SELECT COALESCE(SUM(l.points), 0) FROM points_ledger l JOIN sales s ON s.id = l.sale_id "
                "WHERE s.sold_at >= ? AND l.kind = 'earn'"),
            {day}),
        first.pointsEarned + second.pointsEarned);
    check("points redeemed",
        -number(store,
            QStringLiteral("SELECT COALESCE(SUM(points), 0) FROM points_ledger WHERE kind = 'redeem' AND "
                           "happened_at >= ?"),
            {day}),
        first.pointsRedeemed + second.pointsRedeemed);
    std::map<CustomerId, qint64> moved = first.pointsMoved;
    for (const auto &[customer, points] : second.pointsMoved)
        moved[customer] += points;
    int balancesOff = 0;
    int negative = 0;
    for (const auto &[customer, before] : balanceBefore) {
        const qint64 after = bench::readValue(store.points().balance(customer));
        const qint64 expired = night.id > 0 ? number(store,
                                   QStringLiteral("SELECT COALESCE(SUM(points), 0) FROM points_ledger "
                                                  "WHERE customer_id = ? AND kind = 'expire' AND run_id = ?"),
                                   {qlonglong(customer), qlonglong(night.id)})
                                            : 0;
        const auto found = moved.find(customer);
        const qint64 expected = before + (found == moved.end() ? 0 : found->second) + expired;
        balancesOff += after == expected ? 0 : 1;
        negative += after < 0 ? 1 : 0;
    }
    check("balances moved by other than these rows", balancesOff, 0);
    check("balances below zero", negative, 0);
    return check.off == 0 && night.result == NightlyRun::Result::Ok ? 0 : 1;
}
