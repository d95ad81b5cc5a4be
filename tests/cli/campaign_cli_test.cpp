#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <QStringList>

using namespace atelier::testing;

namespace {

QStringList onDemo(QStringList arguments)
{
    return QStringList{QStringLiteral("--db"), DemoFixture::instance().database()} + arguments;
}

CliRun campaign(const QStringList &arguments)
{
    return runCli(
        onDemo(QStringList{QStringLiteral("campaign")} + arguments), DemoFixture::instance().folder());
}

QStringList create(const QStringList &more = {})
{
    return QStringList{QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("会员日"),
               QStringLiteral("--from"), QStringLiteral("2026-05-01"), QStringLiteral("--to"),
               QStringLiteral("2026-05-03")}
    + more;
}

QStringList linesOf(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("campaign create prints the id alone; audience and report print their CSV", "[cli][campaigns]")
{
    const CliRun created = campaign(create({QStringLiteral("--kind"), QStringLiteral("holiday_sale"),
        QStringLiteral("--holdout"), QStringLiteral("20"), QStringLiteral("--seed"), QStringLiteral("5"),
        QStringLiteral("--coupon-fen"), QStringLiteral("5000"), QStringLiteral("--coupon-min-fen"),
        QStringLiteral("30000")}));
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    const QString id = created.out.trimmed();
    bool numeric = false;
    CHECK(id.toLongLong(&numeric) > 0);
    CHECK(numeric);
    CHECK(created.out == id + u'\n');

    const CliRun audience = campaign({QStringLiteral("audience"), id});
    REQUIRE(audience.exitCode == 0);
    const QStringList rows = linesOf(audience.out);
    REQUIRE(rows.size() > 10);
    CHECK(rows.first() == QStringLiteral("customer_id,group"));
    qint64 previous = 0;
    int holdout = 0;
    for (const QString &row : rows.mid(1)) {
        const QStringList fields = row.split(u',');
        REQUIRE(fields.size() == 2);
        CHECK(fields[0].toLongLong() > previous);
        previous = fields[0].toLongLong();
        CHECK((fields[1] == QStringLiteral("invited") || fields[1] == QStringLiteral("holdout")));
        holdout += fields[1] == QStringLiteral("holdout") ? 1 : 0;
    }
    CHECK(holdout == (int(rows.size() - 1) * 20 + 50) / 100);

    // The same audience and seed split alike in a second campaign.
    const CliRun again = campaign(create({QStringLiteral("--kind"), QStringLiteral("holiday_sale"),
        QStringLiteral("--holdout"), QStringLiteral("20"), QStringLiteral("--seed"), QStringLiteral("5")}));
    REQUIRE(again.exitCode == 0);
    CHECK(campaign({QStringLiteral("audience"), again.out.trimmed()}).out == audience.out);

    const CliRun report
        = campaign({QStringLiteral("report"), id, QStringLiteral("--attribution-days"), QStringLiteral("0")});
    REQUIRE(report.exitCode == 0);
    const QStringList reportRows = linesOf(report.out);
    REQUIRE(reportRows.size() == 3);
    CHECK(reportRows[0] == QStringLiteral("group,customers,buyers,revenue_fen,coupons_redeemed"));
    CHECK(reportRows[1].startsWith(QStringLiteral("invited,")));
    CHECK(reportRows[2].startsWith(QStringLiteral("holdout,%1,").arg(holdout)));
    CHECK(report.err.contains(QStringLiteral("interval")));
}

TEST_CASE("campaign: a holdout of 0 warns and succeeds; bad input exits with 2", "[cli][campaigns]")
{
    const CliRun none = campaign(create({QStringLiteral("--holdout"), QStringLiteral("0")}));
    CHECK(none.exitCode == 0);
    CHECK_FALSE(none.err.isEmpty());

    CHECK(campaign(create({QStringLiteral("--holdout"), QStringLiteral("100")})).exitCode == 2);
    CHECK(campaign({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("x"),
                       QStringLiteral("--from"), QStringLiteral("2026-05-03"), QStringLiteral("--to"),
                       QStringLiteral("2026-05-01")})
              .exitCode
        == 2);
    const CliRun tier = campaign(create({QStringLiteral("--tier"), QStringLiteral("platinum")}));
    CHECK(tier.exitCode == 2);
    CHECK(tier.err.contains(QStringLiteral("silver, gold, black, none")));
    const CliRun segment = campaign(create({QStringLiteral("--segment"), QStringLiteral("sleepers")}));
    CHECK(segment.exitCode == 2);
    CHECK(segment.err.contains(QStringLiteral("champions")));
    const CliRun tag = campaign(create({QStringLiteral("--tag"), QStringLiteral("no-such-tag")}));
    CHECK(tag.exitCode == 2);
    CHECK(tag.err.contains(QStringLiteral("no-such-tag")));
    CHECK(campaign(create({QStringLiteral("--kind"), QStringLiteral("flash")})).exitCode == 2);
    CHECK(campaign({QStringLiteral("audience"), QStringLiteral("99999")}).exitCode == 2);
    CHECK(campaign({QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("--attribution-days"),
                       QStringLiteral("-1")})
              .exitCode
        == 2);
    CHECK(campaign({QStringLiteral("launch")}).exitCode == 2);
}

TEST_CASE(
    "campaign create: a slow-stock audience, a fashion show, and sizes alone refused", "[cli][campaigns]")
{
    const CliRun created = campaign(create({QStringLiteral("--kind"), QStringLiteral("fashion_show"),
        QStringLiteral("--slow-category"), QStringLiteral("连衣裙"), QStringLiteral("--slow-size"),
        QStringLiteral("XL"), QStringLiteral("--slow-size"), QStringLiteral("XXL")}));
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    const QString id = created.out.trimmed();
    const CliRun audience = campaign({QStringLiteral("audience"), id});
    REQUIRE(audience.exitCode == 0);
    const int slow = int(linesOf(audience.out).size()) - 1;
    CHECK(slow > 0);
    // Narrower than everyone with consent: the same campaign without the slow-stock filter.
    const CliRun everyone = campaign(create());
    REQUIRE(everyone.exitCode == 0);
    const CliRun all = campaign({QStringLiteral("audience"), everyone.out.trimmed()});
    CHECK(slow < int(linesOf(all.out).size()) - 1);

    const CliRun sizesOnly = campaign(create({QStringLiteral("--slow-size"), QStringLiteral("XL")}));
    CHECK(sizesOnly.exitCode == 2);
    CHECK_FALSE(sizesOnly.err.isEmpty());
}
