#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace atelier::testing;

namespace {

const QString cdnow
    = QStringLiteral(ATELIER_SHARED_DATA "/cdnow/cdnow_customers_summary_with_transactions.csv");

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return file.fileName();
}

// The value printed after `label` on its line of `predict fit`'s report.
QString valueOf(const QString &report, const QString &label)
{
    const QRegularExpression line(QStringLiteral("^ *%1 +(\\S+)").arg(QRegularExpression::escape(label)),
        QRegularExpression::MultilineOption);
    return line.match(report).captured(1);
}

} // namespace

TEST_CASE("predict fit on the CDNOW summaries gives the published parameters", "[cli][predict]")
{
    QTemporaryDir home;
    const CliRun run = runCli({QStringLiteral("predict"), QStringLiteral("fit"), QStringLiteral("--summary"),
                                  cdnow, QStringLiteral("--unit"), QStringLiteral("week")},
        home.path());
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(valueOf(run.out, QStringLiteral("Customers")) == QStringLiteral("2357"));
    CHECK(valueOf(run.out, QStringLiteral("Time unit")) == QStringLiteral("week"));
    CHECK(valueOf(run.out, QStringLiteral("r")) == QStringLiteral("0.243"));
    CHECK(valueOf(run.out, QStringLiteral("alpha")) == QStringLiteral("4.414"));
    CHECK(valueOf(run.out, QStringLiteral("a")) == QStringLiteral("0.793"));
    CHECK(valueOf(run.out, QStringLiteral("b")) == QStringLiteral("2.426"));
    CHECK(run.out.contains(QStringLiteral("-9582.4")));
    // The note gives p = 6.25, q = 3.74, γ = 15.44; the maximum lies at γ = 15.448 (see gamma_gamma_test).
    CHECK(valueOf(run.out, QStringLiteral("p")).toDouble() == Approx(6.25).margin(0.005));
    CHECK(valueOf(run.out, QStringLiteral("q")).toDouble() == Approx(3.74).margin(0.005));
    CHECK(valueOf(run.out, QStringLiteral("gamma")).toDouble() == Approx(15.44).margin(0.01));
    CHECK(valueOf(run.out, QStringLiteral("repeat buyers")) == QStringLiteral("946"));
    CHECK(run.out.contains(QStringLiteral("Fit took")));
}

TEST_CASE("predict customers on the CDNOW summaries scores every customer", "[cli][predict]")
{
    QTemporaryDir home;
    const CliRun run
        = runCli({QStringLiteral("predict"), QStringLiteral("customers"), QStringLiteral("--summary"), cdnow},
            home.path());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2358);
    CHECK(lines.first()
        == QStringLiteral("customer_id,x,t_x,T,p_alive,expected_90d,expected_value_fen,next_purchase"));
    const QStringList first = lines.at(1).split(u',');
    REQUIRE(first.size() == 8);
    CHECK(first.mid(0, 4).join(u',') == QStringLiteral("1,2,30.43,38.86"));
    CHECK(first.at(6).toLongLong() > 0);
    CHECK(first.at(7).isEmpty());
}

TEST_CASE("predict fit reports each bad row of a summary file and fits on the rest", "[cli][predict]")
{
    QTemporaryDir home;
    QFile source(cdnow);
    REQUIRE(source.open(QIODevice::ReadOnly));
    QByteArray bytes = source.readAll();
    if (!bytes.endsWith('\n')) // the published file has no line break after its last row
        bytes.append("\r\n");
    bytes.append("9001,1,2,-3,10.00\r\n"
                 "9002,2,40,38.86,10.00\r\n"
                 "9003,abc,2,38.86,10.00\r\n"
                 "17,1,2,38.86,10.00\r\n");
    const QString file = write(home, QStringLiteral("bad.csv"), bytes);
    const CliRun run = runCli(
        {QStringLiteral("predict"), QStringLiteral("fit"), QStringLiteral("--summary"), file}, home.path());
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("line 2359: T cannot be negative")));
    CHECK(run.err.contains(QStringLiteral("line 2360: t_x (40) is after T (38.86)")));
    CHECK(run.err.contains(QStringLiteral("line 2361: x is not a number: \"abc\"")));
    CHECK(run.err.contains(QStringLiteral("line 2362: The id 17 was already on line 18.")));
    CHECK(run.err.count(u'\n') == 4);
    CHECK(valueOf(run.out, QStringLiteral("Customers")) == QStringLiteral("2357"));
    CHECK(valueOf(run.out, QStringLiteral("r")) == QStringLiteral("0.243"));
}

TEST_CASE("predict refuses a summary file without good rows or header, and bad options", "[cli][predict]")
{
    QTemporaryDir home;
    const auto predict = [&](const QStringList &arguments) {
        return runCli(QStringList{QStringLiteral("predict")} + arguments, home.path());
    };
    const QString bad = write(home, QStringLiteral("bad.csv"), "id,x,t_x,T\n1,1,0,5\n");
    const CliRun noGoodRows = predict({QStringLiteral("fit"), QStringLiteral("--summary"), bad});
    CHECK(noGoodRows.exitCode == 2);
    CHECK(noGoodRows.err.contains(QStringLiteral("line 2: ")));
    CHECK(noGoodRows.err.contains(QStringLiteral("no good rows")));
    const QString headless = write(home, QStringLiteral("headless.csv"), "1,1,2,5\n");
    const CliRun noHeader = predict({QStringLiteral("fit"), QStringLiteral("--summary"), headless});
    CHECK(noHeader.exitCode == 2);
    CHECK(noHeader.err.contains(QStringLiteral("header")));
    const QString missing = home.filePath(QStringLiteral("missing.csv"));
    CHECK(predict({QStringLiteral("fit"), QStringLiteral("--summary"), missing}).exitCode == 2);
    CHECK(predict({QStringLiteral("fit"), QStringLiteral("--summary"), cdnow, QStringLiteral("--unit"),
                      QStringLiteral("month")})
              .exitCode
        == 2);
    CHECK(predict({QStringLiteral("guess"), QStringLiteral("--summary"), cdnow}).exitCode == 2);
    CHECK(predict({QStringLiteral("fit"), QStringLiteral("--summary"), cdnow, QStringLiteral("--as-of"),
                      QStringLiteral("2026-01-01")})
              .exitCode
        == 2);
    const QString once = write(home, QStringLiteral("once.csv"), "id,x,t_x,T\n1,0,0,5\n2,0,0,3\n");
    const CliRun nobodyTwice = predict({QStringLiteral("fit"), QStringLiteral("--summary"), once});
    CHECK(nobodyTwice.exitCode == 1);
    CHECK(nobodyTwice.err.contains(QStringLiteral("Nobody has bought twice")));
}

TEST_CASE("predict customers scores every buying customer of a demo store", "[cli][predict]")
{
    const DemoFixture &demo = DemoFixture::instance();
    QTemporaryDir home;
    const CliRun run
        = runCli({QStringLiteral("--db"), demo.database(), QStringLiteral("predict"),
                     QStringLiteral("customers"), QStringLiteral("--as-of"), QStringLiteral("2026-06-30")},
            home.path());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 100);
    REQUIRE(lines.size() <= 201);
    CHECK(lines.first()
        == QStringLiteral("customer_id,x,t_x,T,p_alive,expected_90d,expected_value_fen,next_purchase"));
    qint64 previous = 0;
    int withNextPurchase = 0;
    for (const QString &line : lines.mid(1)) {
        const QStringList fields = line.split(u',');
        REQUIRE(fields.size() == 8);
        const qint64 id = fields.at(0).toLongLong();
        CHECK(id > previous);
        previous = id;
        const double alive = fields.at(4).toDouble();
        CHECK(alive >= 0);
        CHECK(alive <= 1);
        CHECK(fields.at(5).toDouble() >= 0);
        CHECK(fields.at(6).toLongLong() >= 0);
        withNextPurchase += fields.at(7).isEmpty() ? 0 : 1;
    }
    CHECK(withNextPurchase > 0);

    const CliRun fit
        = runCli({QStringLiteral("--db"), demo.database(), QStringLiteral("predict"), QStringLiteral("fit"),
                     QStringLiteral("--as-of"), QStringLiteral("2026-06-30"), QStringLiteral("--unit"),
                     QStringLiteral("day")},
            home.path());
    INFO(fit.err.toStdString());
    REQUIRE(fit.exitCode == 0);
    CHECK(valueOf(fit.out, QStringLiteral("Customers")) == QString::number(lines.size() - 1));
    CHECK(valueOf(fit.out, QStringLiteral("Time unit")) == QStringLiteral("day"));
    CHECK(valueOf(fit.out, QStringLiteral("gamma")).toDouble() > 0);
}

TEST_CASE("predict fit on a store where nobody bought twice fails with the reason", "[cli][predict]")
{
    QTemporaryDir home;
    const TestLocation location(home.path(), QStringLiteral("store.sqlite"));
    const QString &database = location.text();
    const QString sales = write(home, QStringLiteral("sales.csv"),
        "InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID\n"
        "1001,A24-1031,1,2026-03-01 10:00:00,399.00,17850\n"
        "1002,A24-1032,2,2026-04-11 15:30:00,199.00,13047\n");
    REQUIRE(runCli({QStringLiteral("--db"), database, QStringLiteral("import"), QStringLiteral("sales"),
                       sales, QStringLiteral("--columns"),
                       QStringLiteral("invoice=InvoiceNo,style=StockCode,quantity=Quantity,date=InvoiceDate,"
                                      "price=UnitPrice,customer=CustomerID")},
                home.path())
                .exitCode
        == 0);
    const QString members = write(home, QStringLiteral("members.csv"),
        "number,name,phone\n17850,Li Na,13700000001\n13047,Wang Fang,13700000002\n");
    REQUIRE(runCli({QStringLiteral("--db"), database, QStringLiteral("import"), QStringLiteral("customers"),
                       members, QStringLiteral("--phone-column"), QStringLiteral("phone"),
                       QStringLiteral("--id-column"), QStringLiteral("number"),
                       QStringLiteral("--name-column"), QStringLiteral("name")},
                home.path())
                .exitCode
        == 0);
    const CliRun run
        = runCli({QStringLiteral("--db"), database, QStringLiteral("predict"), QStringLiteral("fit"),
                     QStringLiteral("--as-of"), QStringLiteral("2026-06-30")},
            home.path());
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("Nobody has bought twice yet")));
}
