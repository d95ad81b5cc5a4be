#include "cli_runner.h"
#include "empty_database.h"

#include "services/backup_service.h"
#include "services/store.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <memory>

using namespace atelier::testing;

namespace {

} // namespace

TEST_CASE("backup of a server store is a checked pg_dump archive that restores into an empty database only",
    "[cli][backup]")
{
    if (!onPostgres()) {
        WARN("no PostgreSQL test server in this pass: server backups are tried in the pg/ pass");
        return;
    }
    const DemoFixture &demo = DemoFixture::instance();
    QTemporaryDir home;
    const QString out = home.filePath(QStringLiteral("copies"));
    const CliRun backup = runCli(
        {QStringLiteral("--db"), demo.database(), QStringLiteral("backup"), QStringLiteral("--out"), out},
        home.path());
    INFO(backup.err.toStdString());
    REQUIRE(backup.exitCode == 0);
    const QString dump = backup.out.trimmed();
    CHECK(dump.endsWith(QStringLiteral(".dump")));
    CHECK(QFileInfo(dump).isFile());
    CHECK(QFileInfo(dump).permissions()
        == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK(backup.err.contains(QStringLiteral("pg_restore")));
    {
        atelier::Store store;
        REQUIRE(store.open(demo.database()));
        const QList<atelier::BackupRecord> copies = store.backups().list();
        REQUIRE_FALSE(copies.isEmpty());
        CHECK(copies.first().path() == dump);
        CHECK(copies.first().fullCheck == atelier::BackupRecord::FullCheck::Ok);
    }
    const QByteArray original = exportedCustomers(demo.database(), home.path());

    const TestLocation occupied(home.path());
    const CliRun refused = runCli(
        {QStringLiteral("--db"), occupied.text(), QStringLiteral("restore"), dump, QStringLiteral("--yes")},
        home.path());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("not empty")));

    const TestLocation empty(home.path());
    emptyDatabase(empty.text());
    const CliRun unasked
        = runCli({QStringLiteral("--db"), empty.text(), QStringLiteral("restore"), dump}, home.path());
    CHECK(unasked.exitCode == 2);
    const CliRun restored = runCli(
        {QStringLiteral("--db"), empty.text(), QStringLiteral("restore"), dump, QStringLiteral("--yes")},
        home.path());
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(exportedCustomers(empty.text(), home.path()) == original);

    const QString notADump = home.filePath(QStringLiteral("notes.dump"));
    QFile text(notADump);
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("not an archive\n");
    text.close();
    const TestLocation another(home.path());
    emptyDatabase(another.text());
    const CliRun bad = runCli({QStringLiteral("--db"), another.text(), QStringLiteral("restore"), notADump,
                                  QStringLiteral("--yes")},
        home.path());
    CHECK(bad.exitCode == 2);
}

TEST_CASE("a server whose backups its administrator makes gets none from Atelier", "[cli][backup]")
{
    if (!onPostgres()) {
        WARN("no PostgreSQL test server in this pass");
        return;
    }
    QTemporaryDir home;
    const TestLocation server(home.path());
    {
        atelier::Store store;
        REQUIRE(store.open(server.text()));
        atelier::BackupService &backups = store.backups();
        // No database file to put them beside: this computer's data folder.
        CHECK(QFileInfo(backups.folder()).fileName() == QStringLiteral("backups"));
        CHECK(QDir::isAbsolutePath(backups.folder()));
        CHECK(backups.canBackUp());
        REQUIRE(backups.setManagedByAdministrator(true).ok());
        CHECK_FALSE(backups.canBackUp());
        const atelier::BackupResult nightly
            = backups.backupNow(atelier::BackupRecord::Kind::Daily, home.filePath(QStringLiteral("copies")));
        CHECK(nightly.ok);
        CHECK(nightly.skipped);
        CHECK_FALSE(QDir(home.filePath(QStringLiteral("copies"))).exists());
        CHECK(backups.list().isEmpty());
    }
    const CliRun manual
        = runCli({QStringLiteral("--db"), server.text(), QStringLiteral("backup")}, home.path());
    CHECK(manual.exitCode == 1);
    CHECK(manual.err.contains(QStringLiteral("administrator")));
    CHECK(manual.out.isEmpty());
}
