#include "cli_runner.h"

#include "core/clock.h"
#include "services/customer_service.h"
#include "services/sale_service.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/sql.h"

#include "support/read_checks.h"
#include <catch2/catch.hpp>

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace atelier;
using namespace atelier::testing;

namespace {

const QDate asOf(2026, 6, 15);

// A six-customer store whose RFM report is worked out by hand below.
class HandMadeStore
{
public:
    HandMadeStore()
        : m_clock(QDateTime(asOf, QTime(10, 0), QTimeZone(8 * 3600)))
    {
        Store store(&m_clock);
        REQUIRE(store.open(database()));
        QList<CustomerId> ids;
        const QStringList names{QStringLiteral("王芳"), QStringLiteral("李娜"), QStringLiteral("张伟"),
            QStringLiteral("刘洋"), QStringLiteral("陈静"), QStringLiteral("杨敏")};
        for (int i = 0; i < names.size(); ++i) {
            const SaveResult saved
                = store.customers().registerCustomer(names[i], QStringLiteral("1370000000%1").arg(i + 1));
            REQUIRE(saved.ok());
            ids << *saved.id;
        }
        for (int daysAgo : {0, 5, 10, 15, 20})
            buy(store, ids[0], daysAgo, Money::fromFen(100001));
        buy(store, ids[1], 30, Money::fromYuan(100));
        for (int daysAgo : {120, 100, 90})
            buy(store, ids[2], daysAgo, Money::fromYuan(400));
        buy(store, ids[3], 200, Money::fromYuan(50));
        const SaleLineId returned = buy(store, ids[4], 3, Money::fromYuan(300));
        m_clock.set(QDateTime(asOf.addDays(-2), QTime(12, 0), QTimeZone(8 * 3600)));
        REQUIRE(store.sales().recordReturn(returned, 1, QString()).ok());
    }

    QString database() const { return m_location.text(); }
    QString folder() const { return m_dir.path(); }

private:
    SaleLineId buy(Store &store, CustomerId who, int daysAgo, Money price)
    {
        m_clock.set(QDateTime(asOf.addDays(-daysAgo), QTime(15, 0), QTimeZone(8 * 3600)));
        Sale sale;
        sale.customerId = who;
        sale.lines << SaleLine{0, QStringLiteral("A1"), {}, {}, {}, 1, price, price};
        const SaleResult result = store.sales().recordSale(sale);
        REQUIRE(result.ok());
        return readValue(store.sales().sale(*result.id))->lines.first().id;
    }

    QTemporaryDir m_dir;

    TestLocation m_location{m_dir.path(), QStringLiteral("hand.sqlite")};
    FixedClock m_clock;
};

} // namespace

TEST_CASE(
    "rfm prints every customer's facts, scores, segments and tier as worked out by hand", "[cli][loyalty]")
{
    HandMadeStore store;
    const CliRun run = runCli({QStringLiteral("--db"), store.database(), QStringLiteral("rfm"),
                                  QStringLiteral("--as-of"), QStringLiteral("2026-06-15")},
        store.folder());
    REQUIRE(run.exitCode == 0);
    // Four buyers are ranked (n = 4): score = 1 + floor(5 × customers strictly worse / 4).
    // Recency 0, 30, 90, 200 days → R 4, 3, 2, 1. Purchases 5, 1, 3, 1 → F 4, 1, 3, 1 (the two
    // one-time buyers tie at 1). Spend 5000.05, 100, 1200, 50 → M 4, 2, 3, 1.
    // Named: FM = (F + M) / 2 → 4, 1, 3, 1 → Champions, About to sleep, At risk, Lost.
    // Customer 5 returned their only purchase in full; customer 6 never bought.
    CHECK(run.out
        == QStringLiteral(
            "customer_id,last_purchase,frequency,monetary_fen,r,f,m,segment,named_segment,tier\n"
            "1,2026-06-15,5,500005,4,4,4,vip,champions,gold\n"
            "2,2026-05-16,1,10000,3,1,2,potential,about_to_sleep,\n"
            "3,2026-03-17,3,120000,2,3,3,active,at_risk,silver\n"
            "4,2025-11-27,1,5000,1,1,1,dormant,lost,\n"
            "5,,0,0,0,0,0,,,\n"
            "6,,0,0,0,0,0,,,\n"));

    // As of the day before customer 1's last purchase, that purchase does not exist yet.
    const CliRun before = runCli({QStringLiteral("--db"), store.database(), QStringLiteral("rfm"),
                                     QStringLiteral("--as-of"), QStringLiteral("2026-06-14")},
        store.folder());
    REQUIRE(before.exitCode == 0);
    CHECK(before.out.section(u'\n', 1, 1).startsWith(QStringLiteral("1,2026-06-10,4,400004,")));
}

TEST_CASE("nightly runs once per date and says what it did; rfm then shows the tiers", "[cli][loyalty]")
{
    HandMadeStore store;
    const QStringList nightly{QStringLiteral("--db"), store.database(), QStringLiteral("nightly"),
        QStringLiteral("--as-of"), QStringLiteral("2026-06-15")};
    const CliRun first = runCli(nightly, store.folder());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("tier ups: 2;")));
    const CliRun second = runCli(nightly, store.folder());
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.contains(QStringLiteral("tier ups: 0;")));
    CHECK(second.out.contains(QStringLiteral("segment changes: 0;")));

    const CliRun bad = runCli({QStringLiteral("--db"), store.database(), QStringLiteral("nightly"),
                                  QStringLiteral("--as-of"), QStringLiteral("2026-02-30")},
        store.folder());
    CHECK(bad.exitCode == 2);
    CHECK_FALSE(bad.err.isEmpty());
}

namespace {

// What a nightly run writes, summed up: equal sums mean nothing was half-written.
QString resultsDigest(const QString &location)
{
    Database db;
    REQUIRE(db.open(location));
    const QSqlDatabase c = db.connection();
    if (db.backend() == Backend::SQLite)
        CHECK(sql::scalar(c, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
    QString digest;
    for (const char *statement :
        {"SELECT count(*), coalesce(sum(r * 100 + f * 10 + m), 0), coalesce(sum(spend_fen), 0) "
         "FROM customer_scores",
            "SELECT DISTINCT segment FROM customer_scores ORDER BY segment",
            "SELECT count(*) FROM customer_tiers", "SELECT DISTINCT tier FROM customer_tiers ORDER BY tier",
            "SELECT count(*) FROM tier_history",
            "SELECT count(*), coalesce(sum(points), 0) FROM points_ledger"}) {
        QSqlQuery query = sql::run(c, QString::fromLatin1(statement));
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                digest += query.value(i).toString() + u'|';
        }
    }
    return digest;
}

} // namespace

TEST_CASE("a nightly run killed half-way leaves the previous results intact; the next run completes",
    "[cli][loyalty]")
{
    QTemporaryDir home;
    const TestLocation location(home.path());
    const QString &db = location.text();
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--customers"),
                       QStringLiteral("10000"), QStringLiteral("--until"), QStringLiteral("2026-06-30")},
                home.path())
                .exitCode
        == 0);
    const auto nightly = [&](const char *asOf) {
        return QStringList{QStringLiteral("--db"), db, QStringLiteral("nightly"), QStringLiteral("--as-of"),
            QString::fromLatin1(asOf)};
    };
    REQUIRE(runCli(nightly("2024-06-30"), home.path()).exitCode == 0);
    const QString before = resultsDigest(db);

    // Two years later most customers change: killed (SIGKILL, no chance to clean up) once it has
    // read the sales and starts writing scores inside its transaction.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.setReadChannel(QProcess::StandardError);
    process.start(QStringLiteral(ATELIER_CLI_PATH), nightly("2026-06-30"));
    QByteArray progress;
    while (!progress.contains("Scoring") && process.waitForReadyRead(30000))
        progress += process.readAllStandardError();
    process.kill();
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitStatus() == QProcess::CrashExit);

    CHECK(resultsDigest(db) == before);
    const CliRun next = runCli(nightly("2026-06-30"), home.path());
    REQUIRE(next.exitCode == 0);
    const QString after = resultsDigest(db);
    CHECK(after != before);
    // The dead run is on record as interrupted.
    Database check;
    REQUIRE(check.open(db));
    QSqlQuery runs
        = sql::run(check.connection(), QStringLiteral("SELECT result FROM nightly_runs ORDER BY id"));
    QStringList results;
    while (runs.next())
        results << runs.value(0).toString();
    CHECK(results == QStringList{QStringLiteral("ok"), QStringLiteral("interrupted"), QStringLiteral("ok")});
}
