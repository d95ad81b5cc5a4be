#include "cli_runner.h"

#include "services/backup_service.h"
#include "services/store.h"
#include "services/store_lock.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace atelier::testing;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("backup prints the copy's path and restore --yes brings it back", "[cli][backup][sqlite]")
{
    QTemporaryDir home;
    const QString live = home.filePath(QStringLiteral("store.sqlite"));
    REQUIRE(QFile::copy(DemoFixture::instance().database(), live));
    const QByteArray before = exportedCustomers(live, home.path());
    REQUIRE(before.size() > 1000);

    const QString out = home.filePath(QStringLiteral("copies"));
    const CliRun backup = runCli(
        {QStringLiteral("--db"), live, QStringLiteral("backup"), QStringLiteral("--out"), out}, home.path());
    INFO(backup.err.toStdString());
    REQUIRE(backup.exitCode == 0);
    const QString path = backup.out.trimmed();
    CHECK(QFileInfo(path).absolutePath() == QFileInfo(out).absoluteFilePath());
    CHECK(QFileInfo(path).fileName().startsWith(QStringLiteral("atelier-")));
    CHECK(bytesOf(path).startsWith(QByteArray("SQLite format 3\0", 16)));

    // Damage the live file, then restore.
    QByteArray damaged = bytesOf(live);
    damaged.replace(damaged.size() / 2, 65536, QByteArray(65536, '\x5A'));
    {
        QFile file(live);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(damaged);
    }
    const CliRun refused
        = runCli({QStringLiteral("--db"), live, QStringLiteral("restore"), path}, home.path());
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("--yes")));
    CHECK(bytesOf(live) == damaged);

    const CliRun restored
        = runCli({QStringLiteral("--db"), live, QStringLiteral("restore"), path, QStringLiteral("--yes")},
            home.path());
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.out.contains(QStringLiteral("before-restore-")));
    CHECK(exportedCustomers(live, home.path()) == before);
}

TEST_CASE(
    "restore refuses a file that is not a backup and backup a folder it cannot make", "[cli][backup][sqlite]")
{
    QTemporaryDir home;
    const QString live = home.filePath(QStringLiteral("store.sqlite"));
    REQUIRE(QFile::copy(DemoFixture::instance().database(), live));
    const QByteArray before = bytesOf(live);
    const QString text = home.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a database\n");
    }
    const CliRun restored
        = runCli({QStringLiteral("--db"), live, QStringLiteral("restore"), text, QStringLiteral("--yes")},
            home.path());
    CHECK(restored.exitCode == 2);
    CHECK(restored.err.contains(QStringLiteral("not an SQLite file")));
    CHECK(bytesOf(live) == before);

    const CliRun backup = runCli({QStringLiteral("--db"), live, QStringLiteral("backup"),
                                     QStringLiteral("--out"), text + QStringLiteral("/backups")},
        home.path());
    CHECK(backup.exitCode == 1);
    CHECK(backup.err.contains(QStringLiteral("Cannot create the backup folder")));
    CHECK(backup.out.isEmpty());
}

TEST_CASE(
    "beside the app atelier-cli is safe, and restore waits until the app is closed", "[cli][backup][sqlite]")
{
    QTemporaryDir home;
    const QString live = home.filePath(QStringLiteral("store.sqlite"));
    REQUIRE(QFile::copy(DemoFixture::instance().database(), live));
    const QString copies = home.filePath(QStringLiteral("copies"));
    QString backupPath;
    {
        // The app: the store claimed and open, a backup made as after a login.
        atelier::StoreLock claim(live);
        REQUIRE(claim.claim(atelier::StoreLock::Purpose::Work).ok());
        atelier::Store app;
        REQUIRE(app.open(live));
        const atelier::BackupResult backup = atelier::BackupService(app.database(), app.clock())
                                                 .backupNow(atelier::BackupRecord::Kind::Manual, copies);
        REQUIRE(backup.ok);
        backupPath = backup.path;

        // Any other verb is an ordinary SQLite client: it leaves the app's log alone.
        const CliRun found = runCli(
            {QStringLiteral("--db"), live, QStringLiteral("find"), QStringLiteral("138")}, home.path());
        CHECK(found.exitCode == 0);
        CHECK(QFileInfo::exists(live + QStringLiteral("-wal")));

        const CliRun refused = runCli(
            {QStringLiteral("--db"), live, QStringLiteral("restore"), backupPath, QStringLiteral("--yes")},
            home.path());
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(QStringLiteral("Close it first")));
        CHECK(QDir(home.path()).entryList({QStringLiteral("*before-restore*")}).isEmpty());
    }
    const CliRun restored = runCli(
        {QStringLiteral("--db"), live, QStringLiteral("restore"), backupPath, QStringLiteral("--yes")},
        home.path());
    INFO(restored.err.toStdString());
    CHECK(restored.exitCode == 0);
    CHECK_FALSE(QFileInfo::exists(atelier::StoreLock::lockPath(live)));
}
