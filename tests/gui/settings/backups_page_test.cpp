#include "gui/damaged_store_dialog.h"
#include "gui/settings/backups_page.h"
#include "gui/settings/settings_page.h"
#include "gui_test_helpers.h"

#include "core/display_format.h"
#include "services/backup_service.h"
#include "services/customer_service.h"
#include "services/startup_check.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "support/temp_store.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QThread>

#include <catch2/catch.hpp>

#include <atomic>
#include <optional>

using namespace atelier;
using namespace atelier::testing;

namespace {

void addCustomers(Store &store, const QStringList &names)
{
    static int phone = 0; // every customer of a test run has their own number
    for (const QString &name : names)
        REQUIRE(store.customers()
                    .registerCustomer(name, QStringLiteral("1380013%1").arg(phone++, 4, 10, QChar(u'0')))
                    .ok());
}

qint64 customersIn(const QString &path)
{
    Database db;
    REQUIRE(db.open(path));
    return sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM customers")).toLongLong();
}

QTabWidget *tabsOf(SettingsPage &settings)
{
    return settings.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
}

bool hasBackupsTab(SettingsPage &settings)
{
    auto *page = settings.findChild<BackupsPage *>();
    return page && tabsOf(settings)->isTabVisible(tabsOf(settings)->indexOf(page));
}

} // namespace

TEST_CASE("the Backups tab is the manager's only", "[gui][backup]")
{
    TempStore temp;
    temp.store().database().setRole(Role::Clerk);
    {
        SettingsPage settings(temp.store());
        CHECK_FALSE(hasBackupsTab(settings));
    }
    temp.store().database().setRole(Role::Manager);
    SettingsPage settings(temp.store());
    REQUIRE(hasBackupsTab(settings));
    CHECK(tabsOf(settings)->indexOf(settings.findChild<BackupsPage *>()) >= 0);
}

TEST_CASE("a copy made elsewhere is listed at once", "[gui][backup]")
{
    TempStore temp;
    BackupsPage page(temp.store());
    page.show();
    auto *table = child<QTableWidget>(&page, QStringLiteral("backupsTable"));
    REQUIRE(table->rowCount() == 0);
    // The copy after a nightly run at start, made by the runner's own service.
    REQUIRE(BackupService(temp.store().database(), temp.clock()).backupNow(BackupRecord::Kind::Daily).ok);
    CHECK(waitFor([&] { return table->rowCount() == 1; }));
}

TEST_CASE("Back up now copies on a worker and Restore… puts the copy back and restarts", "[gui][backup]")
{
    TempStore temp;
    addCustomers(temp.store(), {QStringLiteral("张三"), QStringLiteral("李四")});
    BackupsPage page(temp.store());
    page.show();
    auto *table = child<QTableWidget>(&page, QStringLiteral("backupsTable"));
    auto *restore = child<QPushButton>(&page, QStringLiteral("restoreButton"));
    REQUIRE(table->rowCount() == 0);
    CHECK_FALSE(restore->isEnabled());

    QSignalSpy backedUp(&page, &BackupsPage::backupFinished);
    QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("backupNowButton")), Qt::LeftButton);
    REQUIRE(waitFor([&] { return backedUp.count() == 1 && !page.isBusy(); }, 30000));
    CHECK(backedUp.first().first().toBool());
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 3)->text() == QStringLiteral("Checked in full"));
    const BackupRecord made = BackupService(temp.store().database(), temp.clock()).list().first();
    CHECK(QFile::exists(made.path()));
    // Its moment and size as DisplayFormat writes them: "420 KB", never "420.00 KiB".
    CHECK(table->item(0, 0)->text() == DisplayFormat::dateTime(made.madeAt));
    CHECK(table->item(0, 2)->text() == DisplayFormat::fileSize(made.sizeBytes));
    CHECK(table->item(0, 2)->text().endsWith(QStringLiteral(" KB")));

    // Work after the backup, which the restore takes back.
    addCustomers(temp.store(), {QStringLiteral("王五")});
    REQUIRE(customersIn(temp.path()) == 3);

    QString asked;
    bool restarted = false;
    page.setConfirm([&](const QString &question) {
        asked = question;
        return true;
    });
    page.setRestart([&] { restarted = true; });
    table->selectRow(0);
    REQUIRE(restore->isEnabled());
    QSignalSpy restoredSpy(&page, &BackupsPage::restoreFinished);
    QTest::mouseClick(restore, Qt::LeftButton);
    REQUIRE(waitFor([&] { return restoredSpy.count() == 1 && !page.isBusy(); }, 30000));
    INFO(child<QLabel>(&page, QStringLiteral("backupMessageLabel"))->text().toStdString());
    CHECK(restoredSpy.first().first().toBool());
    CHECK(asked.contains(QStringLiteral("kept aside")));
    CHECK(restarted);
    CHECK(customersIn(temp.path()) == 2);
    CHECK(QDir(temp.folder()).entryList({QStringLiteral("store.sqlite.before-restore-*")}, QDir::Files).size()
        == 1);
}

TEST_CASE("Restore… stops the other background work before the swap and refuses new work until the restart",
    "[gui][backup]")
{
    TempStore temp;
    addCustomers(temp.store(), {QStringLiteral("张三")});
    REQUIRE(BackupService(temp.store().database(), temp.clock()).backupNow(BackupRecord::Kind::Manual).ok);
    addCustomers(temp.store(), {QStringLiteral("李四")});

    // An export still at work on its own connection to the store.
    QObject context;
    BackgroundRunner exporting(temp.store(), QStringLiteral("export"));
    std::atomic_bool started = false;
    std::atomic_bool ended = false;
    std::optional<BackgroundResult<int>> exported;
    exporting.run(
        &context,
        [&](BackgroundJob &job) {
            started = true;
            const QDeadlineTimer deadline(20000);
            while (!job.cancelled() && !deadline.hasExpired())
                QThread::msleep(5);
            ended = true;
            return 1;
        },
        [&exported](BackgroundResult<int> result) { exported = result; });
    REQUIRE(waitFor([&] { return started.load(); }));

    BackupsPage page(temp.store());
    bool endedBeforeSwap = false;
    page.setConfirm([](const QString &) { return true; });
    page.setRestart([&] { endedBeforeSwap = ended.load(); });
    QSignalSpy restored(&page, &BackupsPage::restoreFinished);
    child<QTableWidget>(&page, QStringLiteral("backupsTable"))->selectRow(0);
    QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("restoreButton")), Qt::LeftButton);
    REQUIRE(waitFor([&] { return restored.count() == 1 && !page.isBusy(); }, 30000));
    INFO(child<QLabel>(&page, QStringLiteral("backupMessageLabel"))->text().toStdString());
    REQUIRE(restored.first().first().toBool());
    CHECK(endedBeforeSwap);
    REQUIRE(waitFor([&] { return exported.has_value(); }));
    CHECK(exported->cancelled);
    CHECK(customersIn(temp.path()) == 1);

    // Until Atelier restarts on the restored file, nothing new starts on it.
    BackgroundRunner report(temp.store(), QStringLiteral("report"));
    std::optional<BackgroundResult<int>> reported;
    report.run(
        &context, [](BackgroundJob &) { return 1; },
        [&reported](BackgroundResult<int> result) { reported = result; });
    REQUIRE(waitFor([&] { return reported.has_value(); }));
    CHECK_FALSE(reported->ok());
    CHECK(reported->error.contains(QStringLiteral("being restored")));
}

TEST_CASE("Restore… asks first and does nothing when the manager says no", "[gui][backup]")
{
    TempStore temp;
    addCustomers(temp.store(), {QStringLiteral("张三")});
    REQUIRE(BackupService(temp.store().database(), temp.clock()).backupNow(BackupRecord::Kind::Manual).ok);
    addCustomers(temp.store(), {QStringLiteral("李四")});
    BackupsPage page(temp.store());
    bool restarted = false;
    page.setConfirm([](const QString &) { return false; });
    page.setRestart([&] { restarted = true; });
    child<QTableWidget>(&page, QStringLiteral("backupsTable"))->selectRow(0);
    QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("restoreButton")), Qt::LeftButton);
    CHECK_FALSE(page.isBusy());
    CHECK_FALSE(restarted);
    CHECK(customersIn(temp.path()) == 2);
}

TEST_CASE("a damaged store at start offers the latest good backup and restores it", "[gui][backup]")
{
    TempStore temp;
    addCustomers(temp.store(), {QStringLiteral("张三"), QStringLiteral("李四"), QStringLiteral("王五")});
    for (int i = 0; i < 200; ++i) // enough pages to damage some in the middle
        REQUIRE(temp.store()
                    .customers()
                    .registerCustomer(QStringLiteral("赵") + QString(QChar(u'一' + i)),
                        QStringLiteral("1390013%1").arg(i, 4, 10, QChar(u'0')))
                    .ok());
    REQUIRE(BackupService(temp.store().database(), temp.clock()).backupNow(BackupRecord::Kind::Manual).ok);
    const qint64 expected = customersIn(temp.path());
    temp.store().database().close();
    {
        QFile file(temp.path());
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.size() > 32768);
        file.seek(file.size() / 2 - 8192);
        file.write(QByteArray(16384, '\x5A'));
    }
    const StartupCheckResult found = StartupCheck::run(temp.path());
    REQUIRE_FALSE(found.sound);
    REQUIRE(found.latestGood);

    DamagedStoreDialog dialog(temp.path(), found);
    dialog.show();
    auto *restore = child<QPushButton>(&dialog, QStringLiteral("restoreButton"));
    REQUIRE(restore);
    CHECK(restore->text().startsWith(QStringLiteral("Restore the backup from")));
    QSignalSpy finished(&dialog, &DamagedStoreDialog::restoreFinished);
    QTest::mouseClick(restore, Qt::LeftButton);
    REQUIRE(waitFor([&] { return finished.count() == 1; }, 30000));
    CHECK(finished.first().first().toBool());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(StartupCheck::run(temp.path()).sound);
    CHECK(customersIn(temp.path()) == expected);
}
