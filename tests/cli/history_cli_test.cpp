#include "cli_runner.h"

#include "core/history_event.h"
#include "services/customer_history.h"
#include "services/language.h"
#include "services/store.h"
#include "support/history_store.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

#include <algorithm>

using namespace atelier;
using namespace atelier::testing;

namespace {

// at and kind never hold a comma or a quote; the summary is quoted when it has either.
QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

} // namespace

TEST_CASE("atelier-cli history prints at,kind,summary newest first, ties broken by kind then id")
{
    TempStore t;
    const HistoryStore h = fillHistoryStore(t);
    const CliRun run = runCli(
        {QStringLiteral("--db"), t.path(), QStringLiteral("history"), QString::number(h.her)}, t.folder());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QStringList lines = run.out.split(u'\n');
    REQUIRE(lines.last().isEmpty()); // every line ends with LF
    lines.removeLast();
    REQUIRE(lines.first() == QStringLiteral("at,kind,summary"));
    lines.removeFirst();

    // The same rows as the history the app shows the manager, in the same order, in the CLI's English
    // (its plural forms come from the English translation: "Bought 2 pieces").
    Language::install(QStringLiteral("en"));
    const KeysetPage<HistoryLine> all
        = readValue(t.store().history().page(h.her, allHistoryKinds(), std::nullopt, 1000));
    REQUIRE(lines.size() == all.rows.size());
    for (int i = 0; i < lines.size(); ++i) {
        const HistoryLine &line = all.rows.at(i);
        CHECK(lines.at(i) == line.event.at + u',' + toCode(line.event.kind) + u',' + csvField(line.summary));
    }

    const QRegularExpression localTime(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d$"));
    QSet<QString> kinds;
    QString previousAt, previousKind;
    for (const QString &line : lines) {
        const QStringList fields = line.split(u',');
        REQUIRE(fields.size() >= 3);
        CHECK(localTime.match(fields.at(0)).hasMatch());
        CHECK(historyKindFromCode(fields.at(1)).has_value());
        kinds.insert(fields.at(1));
        // Newest first; within one second, kinds in their codes' order.
        CHECK((previousAt.isEmpty() || fields.at(0) < previousAt
            || (fields.at(0) == previousAt && fields.at(1) >= previousKind)));
        previousAt = fields.at(0);
        previousKind = fields.at(1);
    }
    CHECK(kinds.size() == 16);

    // The newest second, kind by kind; the coupon's redemption before its issue (same coupon).
    QStringList newest;
    for (const QString &line : lines)
        if (line.startsWith(QStringLiteral("2026-06-15T10:00:00,")))
            newest << line.section(u',', 1, 1);
    CHECK(newest
        == QStringList{QStringLiteral("coupon"), QStringLiteral("coupon"), QStringLiteral("edit"),
            QStringLiteral("handover"), QStringLiteral("lost_sale"), QStringLiteral("points"),
            QStringLiteral("purchase")});
    CHECK(lines.filter(QStringLiteral("2026-06-15T10:00:00,coupon,Coupon redeemed")).size() == 1);
    const auto firstStarting = [&lines](const QString &start) {
        for (qsizetype i = 0; i < lines.size(); ++i)
            if (lines.at(i).startsWith(start))
                return i;
        return qsizetype(-1);
    };
    const qsizetype redeemed = firstStarting(QStringLiteral("2026-06-15T10:00:00,coupon,Coupon redeemed"));
    CHECK(redeemed >= 0);
    CHECK(redeemed < firstStarting(QStringLiteral("2026-06-15T10:00:00,coupon,Coupon issued")));
    // Days alone at midnight: the tier move of the nightly run of the 14th, the referral reward.
    CHECK(lines.filter(QRegularExpression(QStringLiteral("^2026-06-14T00:00:00,tier,"))).size() == 1);
    CHECK(lines.filter(QRegularExpression(QStringLiteral("^2026-06-15T00:00:00,referral,Referral reward")))
              .size()
        == 1);

    // The exchange's second holds several points movements: by their ledger id, newest first.
    QList<qint64> pointIds;
    for (const HistoryLine &line : all.rows)
        if (line.event.at == QLatin1String("2026-06-12T11:00:00") && line.event.kind == HistoryKind::Points)
            pointIds << line.event.id;
    REQUIRE(pointIds.size() >= 2);
    CHECK(std::is_sorted(pointIds.rbegin(), pointIds.rend()));
}

TEST_CASE("atelier-cli history: an unknown customer or no id exits 2 with the reason")
{
    TempStore t;
    fillHistoryStore(t);
    const CliRun unknown = runCli(
        {QStringLiteral("--db"), t.path(), QStringLiteral("history"), QStringLiteral("999")}, t.folder());
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("There is no customer with id 999.")));
    CHECK(unknown.out.isEmpty());
    const CliRun word = runCli(
        {QStringLiteral("--db"), t.path(), QStringLiteral("history"), QStringLiteral("abc")}, t.folder());
    CHECK(word.exitCode == 2);
    CHECK(word.err.contains(QStringLiteral("\"abc\" is not a customer id")));
    const CliRun none = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("history")}, t.folder());
    CHECK(none.exitCode == 2);
}
