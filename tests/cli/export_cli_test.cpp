#include "cli_runner.h"

#include "core/clock.h"
#include "services/customer_service.h"
#include "services/follow_up_service.h"
#include "services/store.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace atelier;
using namespace atelier::testing;

namespace {

QStringList exportArgs(const QString &database, const QString &out, const QStringList &more)
{
    return QStringList{QStringLiteral("--db"), database, QStringLiteral("export"),
               QStringLiteral("customers"), QStringLiteral("--out"), out}
    + more;
}

QByteArray fileOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE(
    "export customers --columns writes only those columns; --format xlsx writes a workbook", "[cli][export]")
{
    const auto &fixture = DemoFixture::instance();
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("few.csv"));
    const CliRun run = runCli(exportArgs(fixture.database(), csv,
                                  {QStringLiteral("--columns"), QStringLiteral("name,customer_id")}),
        fixture.folder());
    REQUIRE(run.exitCode == 0);
    const QStringList lines
        = QString::fromUtf8(fileOf(csv).mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 201);
    CHECK(lines.at(0) == QStringLiteral("Name,Customer ID"));
    CHECK(lines.at(1).count(u',') == 1);

    const QString xlsx = dir.filePath(QStringLiteral("all.data"));
    const CliRun workbook
        = runCli(exportArgs(fixture.database(), xlsx, {QStringLiteral("--format"), QStringLiteral("xlsx")}),
            fixture.folder());
    REQUIRE(workbook.exitCode == 0);
    CHECK(workbook.out.contains(QStringLiteral("Exported 200 customers")));
    CHECK(fileOf(xlsx).startsWith("PK")); // a zip, not CSV
    QProcess unzip;
    unzip.start(
        QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet1.xml")});
    REQUIRE(unzip.waitForFinished(30000));
    CHECK(unzip.readAllStandardOutput().contains("<row r=\"201\""));
}

TEST_CASE(
    "export customers refuses bad formats, columns, tiers and segments with exit code 2", "[cli][export]")
{
    const auto &fixture = DemoFixture::instance();
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x.csv"));
    const QList<std::pair<QStringList, QString>> cases{
        {{QStringLiteral("--format"), QStringLiteral("pdf")}, QStringLiteral("\"pdf\"")},
        {{QStringLiteral("--columns"), QStringLiteral("name,salary")}, QStringLiteral("\"salary\"")},
        {{QStringLiteral("--tier"), QStringLiteral("platinum")}, QStringLiteral("\"platinum\"")},
        {{QStringLiteral("--segment"), QStringLiteral("sleepy")}, QStringLiteral("\"sleepy\"")},
        {{QStringLiteral("--tier"), QStringLiteral("gold"), QStringLiteral("--columns"),
             QStringLiteral("birthday")},
            QStringLiteral("\"birthday\"")},
    };
    for (const auto &[more, reason] : cases) {
        const CliRun run = runCli(exportArgs(fixture.database(), out, more), fixture.folder());
        INFO(more.join(u' ').toStdString() << " -> " << run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(reason));
        CHECK_FALSE(QFile::exists(out));
    }
}

TEST_CASE("export customers --tier and --segment export a Tiers page list", "[cli][export]")
{
    // A demo store of its own: the nightly run changes it.
    QTemporaryDir dir;
    const TestLocation location(dir.path());
    const QString &db = location.text();
    REQUIRE(makeDemo(db, dir.path()).exitCode == 0);
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("nightly")}, dir.path()).exitCode == 0);
    const QString all = dir.filePath(QStringLiteral("members.csv"));
    REQUIRE(runCli(exportArgs(db, all,
                       {QStringLiteral("--tier"), QStringLiteral("member"), QStringLiteral("--columns"),
                           QStringLiteral("customer_id,tier,spend")}),
                dir.path())
                .exitCode
        == 0);
    const QStringList members
        = QString::fromUtf8(fileOf(all).mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(members.size() > 1);
    CHECK(members.at(0) == QStringLiteral("Customer ID,Tier,Spend (yuan)"));
    for (qsizetype i = 1; i < members.size(); ++i)
        CHECK(members.at(i).contains(QStringLiteral(",Member,")));

    const QString vip = dir.filePath(QStringLiteral("vip.xlsx"));
    const CliRun run
        = runCli(exportArgs(db, vip, {QStringLiteral("--segment"), QStringLiteral("vip")}), dir.path());
    REQUIRE(run.exitCode == 0);
    CHECK(fileOf(vip).startsWith("PK"));
}

TEST_CASE("export customers --tasks writes the customers of a day's tasks once each, in the calendar's order",
    "[cli][export]")
{
    QTemporaryDir dir;
    const TestLocation location(dir.path(), QStringLiteral("tasks.sqlite"));
    const QString &database = location.text();
    const QDate day(2026, 7, 1);
    {
        FixedClock clock(QDateTime(day.addDays(-10), QTime(10, 0), QTimeZone(8 * 3600)));
        Store store(&clock);
        REQUIRE(store.open(database));
        const auto customer = [&](const QString &name, const QString &phone) {
            return *store.customers().registerCustomer(name, phone).id;
        };
        const CustomerId wang = customer(QStringLiteral("王芳"), QStringLiteral("13700000001"));
        const CustomerId li = customer(QStringLiteral("李娜"), QStringLiteral("13700000002"));
        const CustomerId zhang = customer(QStringLiteral("张丽"), QStringLiteral("13700000003"));
        const auto plan = [&](CustomerId who, const QDate &due) {
            FollowUpTask task;
            task.customer = who;
            task.dueOn = due;
            task.purpose = TaskPurpose::Planned;
            REQUIRE(store.followUps().create(task).ok());
        };
        plan(li, day);
        plan(wang, day);
        plan(li, day); // twice that day: one row
        plan(zhang, day.addDays(1)); // another day
    }
    const QString out = dir.filePath(QStringLiteral("calls.csv"));
    const CliRun run = runCli(exportArgs(database, out,
                                  {QStringLiteral("--tasks"), QStringLiteral("2026-07-01"),
                                      QStringLiteral("--columns"), QStringLiteral("name,phone,tier")}),
        dir.path());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Exported 2 customers")));
    const QStringList lines
        = QString::fromUtf8(fileOf(out).mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines
        == QStringList{QStringLiteral("Name,Phone,Tier"), QStringLiteral("李娜,13700000002,Member"),
            QStringLiteral("王芳,13700000001,Member")});

    const CliRun mixed = runCli(exportArgs(database, out,
                                    {QStringLiteral("--tasks"), QStringLiteral("2026-07-01"),
                                        QStringLiteral("--tier"), QStringLiteral("gold")}),
        dir.path());
    CHECK(mixed.exitCode == 2);
    const CliRun badDay = runCli(
        exportArgs(database, out, {QStringLiteral("--tasks"), QStringLiteral("July 1st")}), dir.path());
    CHECK(badDay.exitCode == 2);
}
