// The same demo on both backends (issue 25): `atelier-cli demo` with one seed makes the same store with
// the same ids on SQLite and on PostgreSQL, so that `export customers` and `rfm` print the same bytes.
// Compared in the pg/ pass, where a server is at hand.
#include "cli_runner.h"
#include "support/test_location.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace atelier::testing;

namespace {

QString rfmOf(const QString &location, const QTemporaryDir &dir)
{
    const CliRun run = runCli({QStringLiteral("--db"), location, QStringLiteral("rfm"),
                                  QStringLiteral("--as-of"), QStringLiteral("2026-06-30")},
        dir.path());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run.out;
}

} // namespace

TEST_CASE("One seed makes the same store on SQLite and on PostgreSQL", "[demo][backends]")
{
    if (!onPostgres()) {
        WARN("no PostgreSQL test server in this pass: compared in the pg/ pass");
        return;
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.sqlite"));
    const TestLocation server(dir.path());
    for (const QString &location : {file, server.text()}) {
        const CliRun demo
            = runCli({QStringLiteral("--db"), location, QStringLiteral("demo"), QStringLiteral("--customers"),
                         QStringLiteral("2000"), QStringLiteral("--seed"), QStringLiteral("1"),
                         QStringLiteral("--until"), QStringLiteral("2026-06-30")},
                dir.path());
        INFO(demo.err.toStdString());
        REQUIRE(demo.exitCode == 0);
    }
    const QByteArray fileExport = exportedCustomers(file, dir.path());
    CHECK(fileExport.count('\n') > 2000);
    CHECK(exportedCustomers(server.text(), dir.path()) == fileExport);
    const QString fileRfm = rfmOf(file, dir);
    CHECK(fileRfm.count(u'\n') > 2000);
    CHECK(rfmOf(server.text(), dir) == fileRfm);
}
