// `atelier-cli points adjust` (issue 25): a manager's correction from the command line.
#include "cli_runner.h"

#include "services/audit_trail.h"
#include "services/customer_service.h"
#include "services/points_service.h"
#include "services/store.h"
#include "support/read_checks.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace atelier;
using namespace atelier::testing;

namespace {

// A store with one customer and no points yet.
struct OneCustomer
{
    OneCustomer()
    {
        Store store;
        REQUIRE(store.open(database()));
        const SaveResult saved
            = store.customers().registerCustomer(QStringLiteral("王芳"), QStringLiteral("13900001111"));
        REQUIRE(saved.ok());
        id = QString::number(*saved.id);
    }

    const QString &database() const { return location.text(); }

    CliRun adjust(const QStringList &words) const
    {
        return runCli(QStringList{QStringLiteral("--db"), database(), QStringLiteral("points"),
                          QStringLiteral("adjust")}
                + words,
            dir.path());
    }

    qint64 balance() const
    {
        Store store;
        REQUIRE(store.open(database()));
        return readValue(store.points().balance(id.toLongLong()));
    }

    QTemporaryDir dir;
    TestLocation location{dir.path()}; // a file, or a database of its own on the PostgreSQL test server
    QString id;
};

} // namespace

TEST_CASE("points adjust adds and takes points, prints the balance and is audited as the command line",
    "[cli][points]")
{
    OneCustomer shop;
    const CliRun up
        = shop.adjust({shop.id, QStringLiteral("120"), QStringLiteral("--reason"), QStringLiteral("生日礼")});
    CHECK(up.err.isEmpty());
    REQUIRE(up.exitCode == 0);
    CHECK(up.out == QStringLiteral("120\n"));
    const CliRun down = shop.adjust({shop.id, QStringLiteral("-20"), QStringLiteral("--reason=录错")});
    REQUIRE(down.exitCode == 0);
    CHECK(down.out == QStringLiteral("100\n"));
    CHECK(shop.balance() == 100);

    Store store;
    REQUIRE(store.open(shop.database()));
    const QList<PointsMovement> ledger = readValue(store.points().ledger(shop.id.toLongLong()));
    REQUIRE(ledger.size() == 2);
    CHECK(ledger.at(0).kind == PointsMovement::Kind::Adjust);
    CHECK(ledger.at(0).reason == QStringLiteral("生日礼"));
    CHECK_FALSE(ledger.at(0).staff.has_value());
    CHECK(ledger.at(1).points == -20);
    const QList<AuditEntry> entries = AuditTrail(store.database(), store.clock()).entries({}, 10);
    REQUIRE_FALSE(entries.isEmpty());
    CHECK(entries.first().action == AuditAction::PointsAdjusted);
    CHECK(entries.first().actor.kind == AuditActor::Kind::Cli);
    CHECK(entries.first().details.contains(QStringLiteral("录错")));

    // The ledger verb is as it was.
    const CliRun ledgerRun = runCli(
        {QStringLiteral("--db"), shop.database(), QStringLiteral("points"), shop.id}, shop.dir.path());
    REQUIRE(ledgerRun.exitCode == 0);
    CHECK(ledgerRun.out.startsWith(QStringLiteral("id,happened_at,kind,points,balance_after,")));
    CHECK(ledgerRun.out.count(u'\n') == 3);
}

TEST_CASE("points adjust below zero exits 1 and writes nothing", "[cli][points]")
{
    OneCustomer shop;
    REQUIRE(shop.adjust({shop.id, QStringLiteral("50"), QStringLiteral("--reason"), QStringLiteral("补录")})
                .exitCode
        == 0);
    const CliRun refused
        = shop.adjust({shop.id, QStringLiteral("-51"), QStringLiteral("--reason"), QStringLiteral("录错")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.isEmpty());
    CHECK(refused.err.contains(QStringLiteral("below zero")));
    CHECK(shop.balance() == 50);
}

TEST_CASE("points adjust refuses bad input with exit 2 and writes nothing", "[cli][points]")
{
    OneCustomer shop;
    const QString reason = QStringLiteral("--reason");
    const QString text = QStringLiteral("补录");
    const QList<QStringList> bad{
        {QStringLiteral("999"), QStringLiteral("10"), reason, text}, // no such customer
        {shop.id, QStringLiteral("ten"), reason, text},
        {shop.id, QStringLiteral("1.5"), reason, text},
        {shop.id, QStringLiteral("0"), reason, text},
        {shop.id, reason, text}, // no POINTS
        {shop.id, QStringLiteral("10")}, // no reason
        {shop.id, QStringLiteral("10"), reason, QStringLiteral("   ")},
        {shop.id, QStringLiteral("10"), reason, text, QStringLiteral("--staff"), QStringLiteral("3")},
    };
    for (const QStringList &words : bad) {
        INFO(words.join(u' ').toStdString());
        const CliRun run = shop.adjust(words);
        CHECK(run.exitCode == 2);
        CHECK(run.out.isEmpty());
        CHECK_FALSE(run.err.isEmpty());
    }
    CHECK(shop.balance() == 0);
}
