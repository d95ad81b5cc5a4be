#include "cli_runner.h"

#include "services/customer_service.h"
#include "services/store.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

using namespace atelier::testing;

namespace {

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return QByteArray();
    return hash.result();
}

// What a store manager compares after a move: the customer export and the RFM scores, as bytes.
QByteArray exportAndRfm(const QString &database, const QString &home)
{
    const QByteArray customers = exportedCustomers(database, home);
    const CliRun rfm = runCli({QStringLiteral("--db"), database, QStringLiteral("rfm"),
                                  QStringLiteral("--as-of"), QStringLiteral("2026-06-30")},
        home);
    INFO(rfm.err.toStdString());
    REQUIRE(rfm.exitCode == 0);
    return customers + "\n--- rfm ---\n" + rfm.out.toUtf8();
}

QString moveTo(const QString &file, const QString &server, const QString &home, CliRun *run)
{
    *run = runCli(
        {QStringLiteral("--db"), file, QStringLiteral("move-to-postgres"), QStringLiteral("--to"), server},
        home);
    return run->out;
}

} // namespace

TEST_CASE("move-to-postgres copies a 2 000-customer demo store that then exports and scores the same",
    "[cli][move]")
{
    if (!onPostgres()) {
        WARN("no PostgreSQL test server in this pass: moved in the pg/ pass");
        return;
    }
    QTemporaryDir home;
    const QString file = home.filePath(QStringLiteral("shop.sqlite"));
    const CliRun demo
        = runCli({QStringLiteral("--db"), file, QStringLiteral("demo"), QStringLiteral("--customers"),
                     QStringLiteral("2000"), QStringLiteral("--seed"), QStringLiteral("1"),
                     QStringLiteral("--until"), QStringLiteral("2026-06-30")},
            home.path());
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    const QByteArray onFile = exportAndRfm(file, home.path());
    const QByteArray fileBefore = sha256Of(file);

    const TestLocation server(home.path());
    CliRun moved;
    moveTo(file, server.text(), home.path(), &moved);
    INFO(moved.err.toStdString());
    REQUIRE(moved.exitCode == 0);
    CHECK(moved.out.contains(QStringLiteral("customers")));
    CHECK(moved.out.contains(QStringLiteral("2000 ok")));
    CHECK_FALSE(moved.out.contains(QStringLiteral("DIFFERENT")));
    CHECK(sha256Of(file) == fileBefore);

    const QByteArray onServer = exportAndRfm(server.text(), home.path());
    CHECK(onServer.size() == onFile.size());
    CHECK(onServer == onFile);

    SECTION("a customer registered on the server gets the id after the moved ones")
    {
        atelier::Store store;
        REQUIRE(store.open(server.text()));
        const atelier::SaveResult saved = store.customers().registerCustomer(
            QStringLiteral("New Customer"), QStringLiteral("13912345678"));
        INFO(saved.message.toStdString());
        REQUIRE(saved.ok());
        CHECK(*saved.id == 2001);
    }
    SECTION("a second move into the same database is refused and changes nothing")
    {
        CliRun again;
        moveTo(file, server.text(), home.path(), &again);
        CHECK(again.exitCode == 1);
        CHECK(again.err.contains(QStringLiteral("not empty")));
        CHECK(again.err.contains(QStringLiteral("customers")));
        CHECK(exportAndRfm(server.text(), home.path()) == onFile);
    }
}

TEST_CASE(
    "move-to-postgres refuses a password in the location and a location that is no server", "[cli][move]")
{
    QTemporaryDir home;
    const QString file = home.filePath(QStringLiteral("shop.sqlite"));
    CliRun run;
    moveTo(file, QStringLiteral("postgresql://atelier:secret@localhost/atelier"), home.path(), &run);
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("password")));
    CHECK_FALSE(run.err.contains(QStringLiteral("secret")));

    moveTo(file, home.filePath(QStringLiteral("other.sqlite")), home.path(), &run);
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("PostgreSQL location")));
    CHECK_FALSE(QFile::exists(file));
}
