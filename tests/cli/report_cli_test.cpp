#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

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
