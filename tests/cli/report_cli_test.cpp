#include "cli_runner.h"

#include "services/store.h"
#include "support/read_checks.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using namespace atelier;
using namespace atelier::testing;

TEST_CASE("report writes the monthly PDF of a demo store", "[cli][reports]")
{
    const DemoFixture &demo = DemoFixture::instance();
    QTemporaryDir home;
    const QString pdf = home.filePath(QStringLiteral("2026-10.pdf"));
    const CliRun run
        = runCli({QStringLiteral("--db"), demo.database(), QStringLiteral("report"),
                     QStringLiteral("--month"), QStringLiteral("2026-10"), QStringLiteral("--out"), pdf},
            home.path());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("2026-10")));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    CHECK(data.startsWith("%PDF"));
    CHECK(data.size() > 20000);
}

TEST_CASE("report refuses a month that is not YYYY-MM", "[cli][reports]")
{
    QTemporaryDir home;
    const CliRun run
        = runCli({QStringLiteral("--db"), home.filePath(QStringLiteral("none.sqlite")),
                     QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2026-13"),
                     QStringLiteral("--out"), home.filePath(QStringLiteral("x.pdf"))},
            home.path());
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("YYYY-MM")));
    CHECK_FALSE(QFile::exists(home.filePath(QStringLiteral("x.pdf"))));
}

TEST_CASE("report writes no PDF when a report cannot be read", "[cli][reports]")
{
    QTemporaryDir home;
    const TestLocation location(home.path(), QStringLiteral("store.sqlite"));
    const QString &database = location.text();
    {
        Store store;
        REQUIRE(store.open(database));
        // The service report reads the follow-up tasks.
        dropTable(store, QStringLiteral("follow_up_tasks"));
    }
    const QString pdf = home.filePath(QStringLiteral("2026-05.pdf"));
    const CliRun run
        = runCli({QStringLiteral("--db"), database, QStringLiteral("report"), QStringLiteral("--month"),
                     QStringLiteral("2026-05"), QStringLiteral("--out"), pdf},
            home.path());
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("atelier-cli: ")));
    CHECK(run.out.isEmpty());
    CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("report draws its PDF with no display at all", "[cli][reports]")
{
    // cron has neither DISPLAY nor WAYLAND_DISPLAY nor QT_QPA_PLATFORM: the verb picks offscreen itself.
    const DemoFixture &demo = DemoFixture::instance();
    QTemporaryDir home;
    const QString pdf = home.filePath(QStringLiteral("2026-09.pdf"));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ATELIER_CLI_PATH),
        {QStringLiteral("--db"), demo.database(), QStringLiteral("report"), QStringLiteral("--month"),
            QStringLiteral("2026-09"), QStringLiteral("--out"), pdf});
    REQUIRE(process.waitForFinished(120000));
    INFO(process.readAllStandardError().toStdString());
    CHECK(process.exitCode() == 0);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().startsWith("%PDF"));
}

TEST_CASE("atelier-cli holds no page of the desktop app", "[cli][reports]")
{
    // The CLI links the report's PDF target (src/print), never atelier_gui: no window, no page.
    QProcess nm;
    nm.start(QStringLiteral("nm"), {QStringLiteral("-C"), QStringLiteral(ATELIER_CLI_PATH)});
    REQUIRE(nm.waitForFinished(120000));
    REQUIRE(nm.exitCode() == 0);
    const QString symbols = QString::fromLatin1(nm.readAllStandardOutput());
    REQUIRE(symbols.contains(QStringLiteral("MonthlyReportPdf")));
    for (const char *page : {"atelier::MainWindow", "atelier::CounterPage", "atelier::ArchivePage",
             "atelier::ReportsPage", "atelier::SettingsPage"})
        CHECK_FALSE(symbols.contains(QString::fromLatin1(page)));
}
