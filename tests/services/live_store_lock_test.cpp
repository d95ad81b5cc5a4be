// Issue 15: a sale the app showed as saved was lost when another program opened the store beside
// it. Every operation below once opened the live file with a QFile of its own; closing that
// descriptor dropped every lock SQLite held on the file for the whole process, and the next program
// to close the store deleted the -wal the app was still writing into.
//
// Each case keeps one connection open (the app's), runs the operation the way the app runs it (most
// on a worker's own connection), then checks that this process still holds its lock on the store in
// /proc/locks, lets another process (the sqlite3 shell, as atelier-cli would) open and close the
// file, records a sale on the app's connection and asks another process, and then a reopened
// store, to find it.
#include "core/clock.h"
#include "core/export_columns.h"
#include "services/account_service.h"
#include "services/backup_service.h"
#include "services/customer_export.h"
#include "services/nightly_job.h"
#include "services/password_hasher.h"
#include "services/sales_import.h"
#include "services/startup_check.h"
#include "services/store.h"
#include "services/store_files.h"
#include "services/store_lock.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "support/loyalty_store.h"
#include "support/temp_store.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <functional>

using namespace atelier;
using atelier::testing::TempStore;

namespace {

// The POSIX locks this process holds on `path`, as /proc/locks lists them ("MAJ:MIN:INODE" in hex
// device numbers). Read by name only: /proc/locks is not the store.
int locksHeldOn(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    const QString file = QStringLiteral("%1:%2:%3")
                             .arg(major(info.st_dev), 2, 16, QLatin1Char('0'))
                             .arg(minor(info.st_dev), 2, 16, QLatin1Char('0'))
                             .arg(static_cast<qulonglong>(info.st_ino));
    QFile locks(QStringLiteral("/proc/locks"));
    REQUIRE(locks.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString pid = QString::number(::getpid());
    int held = 0;
    for (const QByteArray &line : locks.readAll().split('\n')) {
        // "1: POSIX  ADVISORY  READ 5292 fe:00:10953090 1073741826 1073742335"
        const QStringList fields = QString::fromLatin1(line).simplified().split(u' ');
        if (fields.size() >= 6 && fields.at(1) == QLatin1String("POSIX") && fields.at(4) == pid
            && fields.at(5) == file)
            ++held;
    }
    return held;
}

// Another program on the store: the sqlite3 shell opens it, runs `statement` and closes it, as
// atelier-cli from cron would. Its answer, trimmed; a failure fails the test.
QString otherProgram(const QString &path, const QString &statement)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), path, statement});
    REQUIRE(shell.waitForFinished(30000));
    INFO("sqlite3 said: " << shell.readAllStandardError().toStdString());
    REQUIRE(shell.exitStatus() == QProcess::NormalExit);
    REQUIRE(shell.exitCode() == 0);
    return QString::fromUtf8(shell.readAllStandardOutput()).trimmed();
}

// Runs `job` on a thread of its own, as the app's workers do.
void onWorker(const std::function<void()> &job)
{
    QThread *worker = QThread::create(job);
    worker->start();
    worker->wait();
    delete worker;
}

struct Operation
{
    const char *name;
    std::function<void(TempStore &)> run;
};

const QString password = QStringLiteral("atelier-manager");

QList<Operation> operations()
{
    return {
        {"the login (its worker's own connection)",
            [](TempStore &t) {
                onWorker([&t] {
                    Store worker(&t.clock());
                    REQUIRE(worker.open(t.path()));
                    AccountService accounts(
                        worker.database(), worker.clock(), PasswordHasher(PasswordHasher::testCost()));
                    CHECK(accounts.login(QStringLiteral("manager"), password).session);
                });
            }},
        {"a manual backup (on a worker, as the Backups page)",
            [](TempStore &t) {
                onWorker([&t] {
                    Store worker(&t.clock());
                    REQUIRE(worker.open(t.path()));
                    CHECK(BackupService(worker.database(), worker.clock())
                              .backupNow(BackupRecord::Kind::Manual)
                              .ok);
                });
            }},
        {"a backup on the app's own connection",
            [](TempStore &t) {
                CHECK(
                    BackupService(t.store().database(), t.clock()).backupNow(BackupRecord::Kind::Manual).ok);
            }},
        {"the restore check of a backup",
            [](TempStore &t) {
                BackupService backups(t.store().database(), t.clock());
                const BackupResult made = backups.backupNow(BackupRecord::Kind::Manual);
                REQUIRE(made.ok);
                CHECK(BackupService::verify(made.path).isEmpty());
                CHECK(backups.prepareRestore(backups.list().first()).ok);
                QFile::remove(t.path() + QStringLiteral(".restoring"));
            }},
        {"the startup check",
            [](TempStore &t) {
                CHECK(StartupCheck::run(t.path()).sound);
            }},
        {"an export (on a worker)",
            [](TempStore &t) {
                onWorker([&t] {
                    Store worker(&t.clock());
                    REQUIRE(worker.open(t.path()));
                    CHECK(CustomerExport(worker.database())
                              .write(t.folder() + QStringLiteral("/customers.csv"), ExportFormat::Csv,
                                  ArchiveFilter(), ExportColumns::defaults(ExportSource::Archive))
                              .ok());
                });
            }},
        {"an import (on a worker)",
            [](TempStore &t) {
                const QString csv = t.folder() + QStringLiteral("/till.csv");
                QFile file(csv);
                REQUIRE(file.open(QIODevice::WriteOnly));
                file.write("InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID\n"
                           "536365,85123A,2,2026-06-01 10:00,25.50,17850\n");
                file.close();
                onWorker([&t, csv] {
                    Store worker(&t.clock());
                    REQUIRE(worker.open(t.path()));
                    SalesImportRequest request;
                    request.path = csv;
                    request.mapping = *ImportMapping::parse(
                        QStringLiteral("invoice=InvoiceNo,style=StockCode,quantity=Quantity,date="
                                       "InvoiceDate,price=UnitPrice,customer=CustomerID"))
                                           .mapping;
                    CHECK(SalesImport(worker.database(), worker.clock()).run(request).ok());
                });
            }},
        {"the nightly run with its backup (on a worker, as the app's runner)",
            [](TempStore &t) {
                onWorker([&t] {
                    Database db;
                    REQUIRE(db.open(t.path()));
                    const NightlyRun run
                        = NightlyJob(db, t.clock())
                              .run(atelier::testing::loyaltyAsOf(), NightlyRun::StartedBy::Manual);
                    CHECK(run.result == NightlyRun::Result::Ok);
                });
            }},
    };
}

// The app's store: customers with sales and a manager who can log in.
atelier::testing::LoyaltyStore prepare(TempStore &t)
{
    const atelier::testing::LoyaltyStore customers = atelier::testing::fillLoyaltyStore(t.store());
    REQUIRE(AccountService(t.store().database(), t.clock(), PasswordHasher(PasswordHasher::testCost()))
                .createFirstManager(QStringLiteral("林雅琴"), QStringLiteral("manager"), password)
                .ok());
    return customers;
}

} // namespace

TEST_CASE("the app keeps its lock on the store through every operation that touches the file",
    "[services][live-lock][sqlite]")
{
    for (const Operation &operation : operations()) {
        DYNAMIC_SECTION(operation.name)
        {
            TempStore t;
            prepare(t);
            REQUIRE(locksHeldOn(t.path()) > 0);
            operation.run(t);
            CHECK(locksHeldOn(t.path()) > 0);
            CHECK(locksHeldOn(t.path() + QStringLiteral("-shm")) > 0);
        }
    }
}

TEST_CASE("a sale recorded after any operation survives another program opening the store",
    "[services][live-lock][sqlite]")
{
    for (const Operation &operation : operations()) {
        DYNAMIC_SECTION(operation.name)
        {
            TempStore t;
            const atelier::testing::LoyaltyStore customers = prepare(t);
            operation.run(t);

            // atelier-cli beside the app: it opens the store, reads and closes. Seeing no other user
            // it would checkpoint and delete the log on its way out.
            const QString before = otherProgram(t.path(), QStringLiteral("SELECT count(*) FROM sales;"));
            CHECK(QFileInfo::exists(t.path() + QStringLiteral("-wal"))); // not deleted under the app

            const QDateTime soldAt(
                atelier::testing::loyaltyAsOf(), QTime(15, 30), t.clock().now().timeZone());
            atelier::testing::recordSaleAt(t.store(), customers.huang, soldAt, Money::fromYuan(499));
            CHECK(otherProgram(t.path(), QStringLiteral("SELECT count(*) FROM sales;")).toLongLong()
                == before.toLongLong() + 1);

            // The app restarts: the sale is still there.
            t.store().database().close();
            Database reopened;
            REQUIRE(reopened.open(t.path()));
            CHECK(
                sql::scalar(reopened.connection(), QStringLiteral("SELECT count(*) FROM sales")).toLongLong()
                == before.toLongLong() + 1);
        }
    }
}

TEST_CASE("a second app on the same store is refused and told who has it", "[services][store-lock][sqlite]")
{
    TempStore t;
    StoreLock app(t.path());
    REQUIRE(app.claim(StoreLock::Purpose::Work).ok());
    CHECK(app.claim(StoreLock::Purpose::Work).ok()); // claiming again is harmless

    StoreLock second(t.path());
    const WriteResult claimed = second.claim(StoreLock::Purpose::Work);
    CHECK_FALSE(claimed.ok());
    const QString &refused = claimed.error;
    CHECK(refused.contains(QStringLiteral("already open")));
    CHECK(refused.contains(QString::number(QCoreApplication::applicationPid())));
    CHECK_FALSE(second.held());
    const QString restore = StoreLock(t.path()).claim(StoreLock::Purpose::Restore).error;
    CHECK(restore.contains(QStringLiteral("Close it first")));

    app.release();
    CHECK(second.claim(StoreLock::Purpose::Work).ok());
    CHECK(QFileInfo::exists(StoreLock::lockPath(t.path())));
    second.release();
    CHECK_FALSE(QFileInfo::exists(StoreLock::lockPath(t.path())));
}

TEST_CASE("a claim left by an app that died is taken over", "[services][store-lock][sqlite]")
{
    TempStore t;
    // A process that has ended: its id is free, as a crashed app's would be.
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    REQUIRE(gone.waitForStarted());
    const qint64 pid = gone.processId();
    REQUIRE(gone.waitForFinished());
    QFile left(StoreLock::lockPath(t.path()));
    REQUIRE(left.open(QIODevice::WriteOnly));
    left.write(QByteArray::number(pid) + "\nAtelier\n" + QSysInfo::machineHostName().toUtf8() + '\n');
    left.close();

    StoreLock app(t.path());
    CHECK(app.claim(StoreLock::Purpose::Work).ok());
    CHECK(app.held());
}

TEST_CASE("a backup while another program holds the write lock waits for it and keeps the app's lock",
    "[services][live-lock][sqlite]")
{
    TempStore t;
    prepare(t);
    // The other program takes the write lock, says so, holds it two seconds (well inside the busy
    // timeout of five) and commits a change of its own.
    QProcess writer;
    writer.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), t.path()});
    REQUIRE(writer.waitForStarted());
    writer.write("BEGIN IMMEDIATE;\n"
                 "INSERT INTO tags (name, category) VALUES ('beside the app', 'style');\n"
                 "SELECT 'holding';\n"
                 ".shell sleep 2\n"
                 "COMMIT;\n");
    writer.closeWriteChannel();
    while (!writer.canReadLine())
        REQUIRE(writer.waitForReadyRead(30000));
    REQUIRE(writer.readLine().trimmed() == "holding");

    BackupService backups(t.store().database(), t.clock());
    const BackupResult backup = backups.backupNow(BackupRecord::Kind::Manual);
    INFO(backup.error.toStdString());
    CHECK(backup.ok);
    CHECK(backup.record.id > 0); // recorded once the other program had committed
    REQUIRE(writer.waitForFinished(30000));
    CHECK(writer.exitCode() == 0);
    CHECK(locksHeldOn(t.path()) > 0);
    CHECK(otherProgram(t.path(), QStringLiteral("SELECT count(*) FROM tags WHERE name = 'beside the app';"))
        == QStringLiteral("1"));
}

TEST_CASE(
    "the store's own files are refused as a file to import or to export to", "[services][live-lock][sqlite]")
{
    TempStore t;
    prepare(t);
    CHECK(StoreFiles::contains(t.path(), t.path()));
    CHECK(StoreFiles::contains(t.path(), t.path() + QStringLiteral("-wal")));
    CHECK(StoreFiles::contains(t.path(), t.path() + QStringLiteral("-shm")));
    CHECK(StoreFiles::contains(t.path(), t.folder() + QStringLiteral("/./backups/../store.sqlite")));
    const QString link = t.folder() + QStringLiteral("/customers.csv");
    REQUIRE(QFile::link(t.path(), link));
    CHECK(StoreFiles::contains(t.path(), link));
    CHECK_FALSE(StoreFiles::contains(t.path(), t.folder() + QStringLiteral("/store.sqlite.csv")));

    const ExportResult exported = CustomerExport(t.store().database())
                                      .write(link, ExportFormat::Csv, ArchiveFilter(),
                                          ExportColumns::defaults(ExportSource::Archive));
    CHECK(exported.error.contains(QStringLiteral("store's own database file")));
    SalesImportRequest request;
    request.path = t.path();
    request.mapping
        = *ImportMapping::parse(QStringLiteral("invoice=InvoiceNo,style=StockCode,quantity=Quantity,date="
                                               "InvoiceDate,price=UnitPrice,customer=CustomerID"))
               .mapping;
    const SalesImportResult imported = SalesImport(t.store().database(), t.clock()).run(request);
    CHECK_FALSE(imported.ok());
    CHECK(imported.error.contains(QStringLiteral("store's own database file")));
    CHECK(locksHeldOn(t.path()) > 0);
    CHECK(QFileInfo(t.path()).isFile());
    CHECK_FALSE(QFileInfo(t.path()).isSymLink());
    CHECK(otherProgram(t.path(), QStringLiteral("PRAGMA quick_check;")) == QStringLiteral("ok"));
}

TEST_CASE(
    "the first start on a store whose folder is not there yet claims it", "[services][store-lock][sqlite]")
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("data/Atelier/store.sqlite"));
    StoreLock app(path);
    CHECK(app.claim(StoreLock::Purpose::Work).ok());
    CHECK(QFileInfo::exists(StoreLock::lockPath(path)));
    Store store;
    CHECK(store.open(path));
}
