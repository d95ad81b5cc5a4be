#include "services/access.h"
#include "services/backup_service.h"
#include "services/customer_service.h"
#include "services/nightly_job.h"
#include "services/startup_check.h"
#include "storage/backup_file.h"
#include "storage/database.h"
#include "storage/server_dump.h"
#include "storage/sql.h"
#include "support/file_size_limit.h"
#include "support/read_checks.h"
#include "support/temp_store.h"
#include "support/test_location.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::TempStore;

namespace {

const QStringList names{QStringLiteral("张三"), QStringLiteral("李四"), QStringLiteral("王五"),
    QStringLiteral("赵六"), QStringLiteral("孙七")};

void addCustomers(TempStore &t, int first, int count)
{
    for (int i = first; i < first + count; ++i) {
        const SaveResult saved
            = t.store().customers().registerCustomer(names[i % names.size()] + QString(QChar(u'甲' + i)),
                QStringLiteral("138001380%1").arg(i, 2, 10, QChar(u'0')));
        REQUIRE(saved.ok());
    }
}

QStringList customerNames(const QString &path)
{
    Database db;
    REQUIRE(db.open(path));
    QSqlQuery query = sql::run(db.connection(), QStringLiteral("SELECT name FROM customers ORDER BY id"));
    QStringList result;
    while (query.next())
        result << query.value(0).toString();
    return result;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// What a failed backup leaves as it was: the store's file, byte for byte; a store on a server has no
// file here, so its customers are compared.
QByteArray storeState(TempStore &t)
{
    if (testing::onPostgres())
        return customerNames(t.path()).join(u'\n').toUtf8();
    return fileBytes(t.path());
}

// Empty when `path` is a sound copy of the kind the store makes: an SQLite file for a store in a
// file, a pg_dump archive that pg_restore --list reads for a store on a server.
QString copyProblem(const QString &path)
{
    if (testing::onPostgres()) {
        if (!path.endsWith(QStringLiteral(".dump")))
            return QStringLiteral("not a .dump archive: ") + path;
        return ServerDump::check(path, ServerDump::Depth::Contents);
    }
    return BackupService::verify(path);
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// A plain SQLite file with one statement run on it (not through Database, which would migrate it).
void makeSqliteFile(const QString &path, const QString &statement)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

constexpr QFile::Permissions groupOrOther = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
    | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

QStringList backupFiles(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
}

} // namespace

TEST_CASE("a backup is a checked, owner-only copy whose checksum is recorded", "[services][backup][sqlite]")
{
    TempStore t;
    addCustomers(t, 0, 5);
    BackupService backups(t.store().database(), t.clock());
    CHECK(backups.folder() == QDir(t.folder()).filePath(QStringLiteral("backups")));

    const BackupResult result = backups.backupNow(BackupRecord::Kind::Manual);
    INFO(result.error.toStdString());
    REQUIRE(result.ok);
    CHECK(result.path == QDir(backups.folder()).filePath(QStringLiteral("atelier-20260615-100000.sqlite")));
    CHECK(backupFiles(backups.folder()) == QStringList{QStringLiteral("atelier-20260615-100000.sqlite")});
    CHECK(QDir(backups.folder()).entryList(QDir::Files).size() == 1); // no .partial, no journal left

    const QList<BackupRecord> recorded = backups.list();
    REQUIRE(recorded.size() == 1);
    CHECK(recorded[0].kind == BackupRecord::Kind::Manual);
    CHECK(recorded[0].checkResult == QStringLiteral("ok"));
    CHECK(recorded[0].fullCheck == BackupRecord::FullCheck::Ok); // backupNow does both steps
    CHECK(recorded[0].fullCheckAt == t.clock().now());
    CHECK(recorded[0].sizeBytes == QFileInfo(result.path).size());
    CHECK(recorded[0].sha256
        == QString::fromLatin1(
            QCryptographicHash::hash(fileBytes(result.path), QCryptographicHash::Sha256).toHex()));

    CHECK((QFileInfo(result.path).permissions() & groupOrOther) == QFile::Permissions());
    CHECK(QFileInfo(result.path).permissions().testFlags(QFile::ReadOwner | QFile::WriteOwner));
    CHECK((QFileInfo(backups.folder()).permissions() & groupOrOther) == QFile::Permissions());
    CHECK((QFileInfo(t.path()).permissions() & groupOrOther) == QFile::Permissions());

    CHECK(BackupFile::check(result.path).problem == DatabaseFileCheck::Problem::None);
    CHECK(BackupService::verify(result.path).isEmpty());
    CHECK(customerNames(result.path).size() == 5);
}

TEST_CASE(
    "retention keeps the newest daily and monthly backups and every manual one", "[services][backup][sqlite]")
{
    TempStore t;
    addCustomers(t, 0, 2);
    BackupService backups(t.store().database(), t.clock());
    REQUIRE(backups.setRetention(3, 2).ok());
    CHECK_FALSE(backups.setRetention(0, 2).ok());
    REQUIRE(backups.backupNow(BackupRecord::Kind::Manual).ok);
    // From 16 June to 24 August, one nightly backup a day at 03:00.
    t.clock().set(QDateTime(QDate(2026, 6, 15), QTime(3, 0), QTimeZone(8 * 3600)));
    for (int day = 0; day < 70; ++day) {
        t.clock().advanceDays(1);
        const BackupResult result = backups.backupNow(BackupRecord::Kind::Daily);
        INFO(result.error.toStdString());
        REQUIRE(result.ok);
    }
    CHECK(backupFiles(backups.folder())
        == QStringList({QStringLiteral("atelier-20260615-100000.sqlite"), // manual
            QStringLiteral("atelier-20260701-030000.sqlite"),
            QStringLiteral("atelier-20260801-030000.sqlite"),
            QStringLiteral("atelier-20260822-030000.sqlite"),
            QStringLiteral("atelier-20260823-030000.sqlite"),
            QStringLiteral("atelier-20260824-030000.sqlite")}));
    int daily = 0, monthly = 0, manual = 0;
    for (const BackupRecord &record : backups.list()) {
        CHECK(QFileInfo::exists(record.path()));
        ++(record.kind == BackupRecord::Kind::Daily          ? daily
                : record.kind == BackupRecord::Kind::Monthly ? monthly
                                                             : manual);
    }
    CHECK(daily == 3);
    CHECK(monthly == 2);
    CHECK(manual == 1);
}

TEST_CASE(
    "a backup folder that cannot be made fails clearly and leaves the database alone", "[services][backup]")
{
    TempStore t;
    addCustomers(t, 0, 3);
    // A folder under a regular file cannot be created, not even by root.
    const QString blocker = QDir(t.folder()).filePath(QStringLiteral("file.txt"));
    writeBytes(blocker, "not a folder");
    const QString folder = blocker + QStringLiteral("/backups");
    const QByteArray before = storeState(t);

    BackupService backups(t.store().database(), t.clock());
    const BackupResult result = backups.backupNow(BackupRecord::Kind::Manual, folder);
    CHECK_FALSE(result.ok);
    CHECK(result.error.contains(QStringLiteral("Cannot create the backup folder")));
    CHECK(result.error.contains(QStringLiteral("untouched")));
    CHECK(backups.list().isEmpty());
    CHECK(storeState(t) == before);

    SECTION("after a nightly run the failure is noted, the run still succeeded")
    {
        REQUIRE(backups.setFolder(folder).ok());
        const NightlyRun run = NightlyJob(t.store().database(), t.clock())
                                   .run(QDate(2026, 6, 14), NightlyRun::StartedBy::Manual);
        CHECK(run.result == NightlyRun::Result::Ok);
        CHECK(run.message.contains(QStringLiteral("backup")));
        CHECK(run.message.contains(QStringLiteral("Cannot create the backup folder")));
    }
}

TEST_CASE("a successful nightly run is followed by a backup, the month's first kept as monthly",
    "[services][backup]")
{
    TempStore t;
    addCustomers(t, 0, 2);
    const QString folder = QDir(t.folder()).filePath(QStringLiteral("copies"));
    REQUIRE(BackupService(t.store().database(), t.clock()).setFolder(folder).ok());
    const NightlyRun run
        = NightlyJob(t.store().database(), t.clock()).run(QDate(2026, 6, 14), NightlyRun::StartedBy::Manual);
    REQUIRE(run.result == NightlyRun::Result::Ok);
    CHECK(run.message.isEmpty());
    const QList<BackupRecord> recorded = BackupService(t.store().database(), t.clock()).list();
    REQUIRE(recorded.size() == 1);
    CHECK(recorded[0].kind == BackupRecord::Kind::Monthly);
    CHECK(recorded[0].folder == folder);
    CHECK(recorded[0].fullCheck == BackupRecord::FullCheck::Ok);
    CHECK(copyProblem(recorded[0].path()).isEmpty());
}

TEST_CASE("a backup of a server store is a pg_dump archive, checked, owner-only, its checksum recorded",
    "[services][backup]")
{
    if (!testing::onPostgres()) {
        WARN("no PostgreSQL test server in this pass: server backups are tried in the pg/ pass");
        return;
    }
    TempStore t;
    addCustomers(t, 0, 5);
    BackupService backups(t.store().database(), t.clock());
    const QString folder = QDir(t.folder()).filePath(QStringLiteral("copies"));
    REQUIRE(backups.setFolder(folder).ok());
    REQUIRE(backups.canBackUp());

    const BackupResult result = backups.backupNow(BackupRecord::Kind::Manual);
    INFO(result.error.toStdString());
    REQUIRE(result.ok);
    CHECK(result.path == QDir(folder).filePath(QStringLiteral("atelier-20260615-100000.dump")));
    CHECK(QDir(folder).entryList(QDir::Files) == QStringList{QStringLiteral("atelier-20260615-100000.dump")});
    CHECK(ServerDump::check(result.path, ServerDump::Depth::Contents).isEmpty());
    CHECK(ServerDump::check(result.path, ServerDump::Depth::Full).isEmpty());
    CHECK((QFileInfo(result.path).permissions() & groupOrOther) == QFile::Permissions());
    CHECK((QFileInfo(folder).permissions() & groupOrOther) == QFile::Permissions());

    const QList<BackupRecord> recorded = backups.list();
    REQUIRE(recorded.size() == 1);
    CHECK(recorded[0].kind == BackupRecord::Kind::Manual);
    CHECK(recorded[0].checkResult == QStringLiteral("ok"));
    CHECK(recorded[0].fullCheck == BackupRecord::FullCheck::Ok);
    CHECK(recorded[0].sizeBytes == QFileInfo(result.path).size());
    CHECK(recorded[0].sha256
        == QString::fromLatin1(
            QCryptographicHash::hash(fileBytes(result.path), QCryptographicHash::Sha256).toHex()));
    // Not a file to swap in for a live one: it is restored into an empty database on a server.
    CHECK(BackupService::verify(result.path).contains(QStringLiteral("empty database")));

    SECTION("a damaged archive fails its full check and is never offered")
    {
        QByteArray bytes = fileBytes(result.path);
        bytes.truncate(bytes.size() / 2);
        writeBytes(result.path, bytes);
        const BackupResult checked = backups.checkFully(recorded[0]);
        CHECK_FALSE(checked.ok);
        CHECK(checked.error.contains(QStringLiteral("failed its full check")));
        REQUIRE(backups.list().size() == 1);
        CHECK(backups.list()[0].fullCheck == BackupRecord::FullCheck::Failed);
        CHECK_FALSE(backups.latestGood());
    }
}

TEST_CASE("a full disk during a backup leaves no file and the database alone", "[services][backup][sqlite]")
{
    TempStore t;
    addCustomers(t, 0, 5);
    const QByteArray before = fileBytes(t.path());
    BackupService backups(t.store().database(), t.clock());

    // A file-size limit stands in for a full disk: writes past 16 KiB fail (EFBIG, no signal).
    BackupResult result;
    {
        const testing::FileSizeLimit full(16 * 1024);
        REQUIRE(full.active());
        result = backups.backupNow(BackupRecord::Kind::Manual);
    }

    CHECK_FALSE(result.ok);
    CHECK(result.error.contains(QStringLiteral("No backup was written")));
    CHECK(QDir(backups.folder()).entryList(QDir::Files).isEmpty());
    CHECK(fileBytes(t.path()) == before);
    CHECK(backups.list().isEmpty());
    CHECK(backups.backupNow(BackupRecord::Kind::Manual).ok); // with room again it works
}

TEST_CASE("restore brings back the backup over a damaged database", "[services][backup][sqlite]")
{
    TempStore t;
    addCustomers(t, 0, 5);
    const BackupResult backup
        = BackupService(t.store().database(), t.clock()).backupNow(BackupRecord::Kind::Manual);
    REQUIRE(backup.ok);
    const QStringList expected = customerNames(t.path());
    REQUIRE(expected.size() == 5);
    addCustomers(t, 5, 2); // after the backup: gone after the restore
    t.store().database().close();

    // Damage the live file in the middle.
    QByteArray damaged = fileBytes(t.path());
    REQUIRE(damaged.size() > 8192);
    damaged.replace(damaged.size() / 2, 4096, QByteArray(4096, '\xAB'));
    writeBytes(t.path(), damaged);

    const QDateTime when(QDate(2026, 6, 15), QTime(11, 30), QTimeZone(8 * 3600));
    const RestoreResult restored = BackupService::restore(t.path(), backup.path, when);
    INFO(restored.error.toStdString());
    REQUIRE(restored.ok);
    CHECK(restored.setAside == t.path() + QStringLiteral(".before-restore-20260615-113000"));
    CHECK(fileBytes(restored.setAside) == damaged);
    CHECK_FALSE(QFileInfo::exists(t.path() + QStringLiteral(".restoring")));
    CHECK((QFileInfo(t.path()).permissions() & groupOrOther) == QFile::Permissions());
    CHECK(customerNames(t.path()) == expected);
}

TEST_CASE(
    "restore refuses what is not a backup of this program and changes nothing", "[services][backup][sqlite]")
{
    TempStore t;
    addCustomers(t, 0, 3);
    const BackupResult backup
        = BackupService(t.store().database(), t.clock()).backupNow(BackupRecord::Kind::Manual);
    REQUIRE(backup.ok);
    t.store().database().close();
    const QByteArray live = fileBytes(t.path());
    QTemporaryDir other;

    QString candidate;
    QString reason;
    SECTION("a text file")
    {
        candidate = other.filePath(QStringLiteral("notes.sqlite"));
        writeBytes(candidate, QByteArray("customer list\n").repeated(200));
        reason = QStringLiteral("not an SQLite file");
    }
    SECTION("another program's SQLite file")
    {
        candidate = other.filePath(QStringLiteral("other.sqlite"));
        makeSqliteFile(candidate, QStringLiteral("CREATE TABLE things (x INTEGER)"));
        reason = QStringLiteral("not an Atelier database");
    }
    SECTION("a backup from a newer Atelier")
    {
        candidate = other.filePath(QStringLiteral("newer.sqlite"));
        REQUIRE(QFile::copy(backup.path, candidate));
        makeSqliteFile(candidate,
            QStringLiteral(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', 'x')"));
        reason = QStringLiteral("newer version of Atelier");
    }
    SECTION("a damaged backup")
    {
        candidate = other.filePath(QStringLiteral("damaged.sqlite"));
        QByteArray bytes = fileBytes(backup.path);
        bytes.truncate(bytes.size() / 2);
        writeBytes(candidate, bytes);
        reason = QStringLiteral("damaged");
    }
    const RestoreResult restored = BackupService::restore(t.path(), candidate);
    CHECK_FALSE(restored.ok);
    CHECK(restored.notARestorableBackup);
    INFO(restored.error.toStdString());
    CHECK(restored.error.contains(reason));
    CHECK(restored.error.contains(QStringLiteral("left as it was")));
    CHECK(fileBytes(t.path()) == live);
    CHECK(QDir(t.folder()).entryList({QStringLiteral("store.sqlite.*")}, QDir::Files).isEmpty());
}

namespace {

// Overwrites 4 KiB pages in the middle of a closed database file: what a failing disk leaves.
QByteArray damageMiddle(const QString &path)
{
    QByteArray bytes = fileBytes(path);
    REQUIRE(bytes.size() > 16384);
    bytes.replace(bytes.size() / 2 - 4096, 8192, QByteArray(8192, '\xAB'));
    writeBytes(path, bytes);
    return bytes;
}

} // namespace

TEST_CASE("a backup is usable after the quick check; the full check follows and is recorded",
    "[services][backup][sqlite]")
{
    TempStore t;
    addCustomers(t, 0, 30);
    BackupService backups(t.store().database(), t.clock());
    REQUIRE(backups.setRetention(1, 1).ok());

    // A sound daily copy first (monthly: the month's first), then another daily one.
    REQUIRE(backups.backupNow(BackupRecord::Kind::Daily).ok);
    t.clock().advanceDays(1);
    const BackupResult good = backups.backupNow(BackupRecord::Kind::Daily);
    REQUIRE(good.ok);
    t.clock().advanceDays(1);

    const BackupResult copied = backups.copyNow(BackupRecord::Kind::Daily);
    INFO(copied.error.toStdString());
    REQUIRE(copied.ok);
    CHECK(copied.record.fullCheck == BackupRecord::FullCheck::Pending);
    CHECK(backups.list().first().fullCheck == BackupRecord::FullCheck::Pending);
    CHECK(backups.list().first().id == copied.record.id);
    CHECK(backups.list().first().restorable());

    SECTION("a sound copy passes, and only then the older daily copy goes")
    {
        CHECK(backups.list().size() == 3);
        const BackupResult checked = backups.checkFully(copied.record);
        CHECK(checked.ok);
        CHECK(backups.list().first().fullCheck == BackupRecord::FullCheck::Ok);
        CHECK(backups.list().size() == 2); // keep 1 daily: the monthly and the new one
        CHECK(backups.latestGood()->id == copied.record.id);
    }
    SECTION("a copy damaged before its full check is marked failed, reported and never restored")
    {
        damageMiddle(copied.path);
        const BackupResult checked = backups.checkFully(copied.record);
        CHECK_FALSE(checked.ok);
        CHECK(checked.error.contains(QStringLiteral("failed its full check")));
        const BackupRecord failed = backups.list().first();
        CHECK(failed.fullCheck == BackupRecord::FullCheck::Failed);
        CHECK_FALSE(failed.restorable());
        CHECK(backups.list().size() == 3); // nothing older was removed for it
        CHECK(backups.latestGood()->id == good.record.id);
        const RestoreResult refused = backups.prepareRestore(failed);
        CHECK_FALSE(refused.ok);
        CHECK(refused.error.contains(QStringLiteral("failed its full check")));
        CHECK_FALSE(QFileInfo::exists(t.path() + QStringLiteral(".restoring")));
    }
}

TEST_CASE("a copy checked in full is verified by its checksum; other bytes get the full check",
    "[services][backup][sqlite]")
{
    TempStore t;
    addCustomers(t, 0, 30);
    BackupService backups(t.store().database(), t.clock());
    const BackupResult backup = backups.backupNow(BackupRecord::Kind::Manual);
    REQUIRE(backup.ok);
    CHECK(BackupService::verify(backup.path, backup.record.sha256).isEmpty());
    // Damage that keeps the header: the recorded checksum no longer matches, so the full check runs
    // and finds it.
    damageMiddle(backup.path);
    CHECK(BackupService::verify(backup.path, backup.record.sha256).contains(QStringLiteral("damaged")));
}

TEST_CASE("a clerk may not back up, restore or change the backup settings", "[services][backup]")
{
    TempStore t;
    addCustomers(t, 0, 3);
    BackupService backups(t.store().database(), t.clock());
    const BackupResult made = backups.backupNow(BackupRecord::Kind::Manual);
    REQUIRE(made.ok);
    t.store().database().setRole(Role::Clerk);
    const QString refusal = Access::refusal(t.store().database(), Permission::BackUpAndRestore);
    REQUIRE_FALSE(refusal.isEmpty());

    const BackupResult backup = backups.backupNow(BackupRecord::Kind::Manual);
    CHECK_FALSE(backup.ok);
    CHECK(backup.error == refusal);
    CHECK(backups.setFolder(QDir(t.folder()).filePath(QStringLiteral("elsewhere"))).error == refusal);
    CHECK(backups.setRetention(2, 2).error == refusal);
    const RestoreResult restore = backups.prepareRestore(made.record);
    CHECK_FALSE(restore.ok);
    CHECK(restore.error == refusal);
    CHECK(backups.list().size() == 1);
    CHECK(backups.keepDaily() == BackupService::defaultKeepDaily);
    CHECK_FALSE(QFileInfo::exists(t.path() + QStringLiteral(".restoring")));

    t.store().database().setRole(Role::Manager);
    CHECK(backups.backupNow(BackupRecord::Kind::Manual).ok);
}

TEST_CASE("the start check finds a damaged store and puts the latest good backup back",
    "[services][backup][sqlite]")
{
    TempStore t;
    addCustomers(t, 0, 40);
    BackupService backups(t.store().database(), t.clock());
    REQUIRE(backups.backupNow(BackupRecord::Kind::Manual).ok);
    t.clock().advanceDays(1);
    const BackupResult latest = backups.backupNow(BackupRecord::Kind::Manual);
    REQUIRE(latest.ok);
    const QStringList expected = customerNames(t.path());
    addCustomers(t, 40, 2); // after the backup: not in it
    t.store().database().close();

    const StartupCheckResult sound = StartupCheck::run(t.path());
    CHECK(sound.sound);

    const QByteArray damaged = damageMiddle(t.path());
    const StartupCheckResult found = StartupCheck::run(t.path());
    CHECK_FALSE(found.sound);
    CHECK_FALSE(found.detail.isEmpty());
    REQUIRE(found.latestGood);
    CHECK(found.latestGood->path() == latest.path);
    const QString words = StartupCheck::explanation(found, t.path());
    CHECK(words.contains(QStringLiteral("damaged")));
    CHECK(words.contains(QStringLiteral("Nothing has been deleted")));

    REQUIRE(StartupCheck::restoreLatest(found, t.path()).isEmpty());
    CHECK(StartupCheck::run(t.path()).sound);
    CHECK(customerNames(t.path()) == expected);
    const QStringList aside
        = QDir(t.folder()).entryList({QStringLiteral("store.sqlite.before-restore-*")}, QDir::Files);
    REQUIRE(aside.size() == 1);
    CHECK(fileBytes(QDir(t.folder()).filePath(aside.first())) == damaged);
}

TEST_CASE("backup settings that cannot be saved say why, and the defaults stay in use", "[services][backup]")
{
    TempStore t;
    BackupService backups(t.store().database(), t.clock());
    atelier::testing::dropTable(t.store(), QStringLiteral("settings"));
    const WriteResult retention = backups.setRetention(3, 2);
    CHECK_FALSE(retention.ok());
    CHECK_FALSE(retention.error.isEmpty());
    CHECK(backups.keepDaily() == BackupService::defaultKeepDaily);
    const WriteResult folder = backups.setFolder(QDir(t.folder()).filePath(QStringLiteral("elsewhere")));
    CHECK_FALSE(folder.ok());
    CHECK_FALSE(folder.error.isEmpty());
    // A refusal of the value itself comes first and names the rule, not the store.
    CHECK(backups.setRetention(0, 2).error == QStringLiteral("Daily backups to keep: between 1 and 366."));
}
