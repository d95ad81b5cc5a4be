#include "screenshots_security.h"

#include "gui/archive/duplicates_dialog.h"
#include "gui/counter/counter_page.h"
#include "gui/main_window.h"
#include "gui/settings/copy_backup_dialog.h"
#include "gui/settings/settings_page.h"
#include "services/account_service.h"
#include "services/backup_service.h"
#include "services/counter_shift.h"
#include "services/customer_service.h"
#include "services/demo_accounts.h"
#include "services/store.h"
#include "storage/staff_repository.h"
#include "support/read_checks.h"

#include <QDir>
#include <QLineEdit>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

#include <cstdio>

namespace atelier::testing {

namespace {

void save(QWidget *widget, const QString &folder, const QString &name)
{
    QTest::qWait(150);
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        std::fprintf(stderr, "could not save %s\n", qPrintable(path));
}

std::optional<Session> logIn(Store &store, const demo::DemoLogin &who)
{
    return AccountService(store.database(), store.clock()).login(who.login, who.password).session;
}

void showTab(SettingsPage *page, const char *objectName)
{
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->widget(i)->objectName() == QLatin1String(objectName))
            tabs->setCurrentIndex(i);
}

// "Copy a backup to…" filled in as a manager would: encrypted, then not encrypted with its warning.
void shootBackupCopy(Store &store, QWidget *window, const QString &folder, const QString &suffix)
{
    CopyBackupDialog dialog(store.backups().list(), window);
    dialog.resize(640, 380);
    dialog.show();
    dialog.findChild<QLineEdit *>(QStringLiteral("copyFolderLineEdit"))
        ->setText(QStringLiteral("/media/usb/STORE"));
    dialog.findChild<QLineEdit *>(QStringLiteral("passphraseLineEdit"))
        ->setText(QStringLiteral("blue linen coat"));
    dialog.findChild<QLineEdit *>(QStringLiteral("passphraseAgainLineEdit"))
        ->setText(QStringLiteral("blue linen coat"));
    save(&dialog, folder, QStringLiteral("backup_copy_") + suffix);
    dialog.findChild<QRadioButton *>(QStringLiteral("notEncryptedRadioButton"))->setChecked(true);
    save(&dialog, folder, QStringLiteral("backup_copy_plain_") + suffix);
}

} // namespace

bool prepareSecurityShots(Store &store, CustomerId featured)
{
    // One clerk who takes the counter with the demo's PIN, one new colleague who has none yet.
    StaffRepository staff(store.database().connection());
    staff.insert(QStringLiteral("陈思琪"), false);
    if (!demo::addDemoAccounts(store.database(), store.clock()))
        return false;
    staff.insert(QStringLiteral("周婷婷"), false);
    if (!BackupService(store.database(), store.clock()).backupNow(BackupRecord::Kind::Manual).ok)
        return false;
    // The same customer registered twice, under a second number: the duplicates dialog suggests them.
    CustomerArchive twin = *readValue(store.customers().load(featured));
    twin.customer.id = 0;
    twin.customer.phone = {};
    twin.phoneText = QStringLiteral("13688886666");
    return store.customers().save(twin).ok();
}

void shootSecurity(Store &store, CustomerId featured, const QString &folder, const QString &suffix)
{
    const std::optional<Session> clerk = logIn(store, demo::clerkLogin());
    const std::optional<Session> manager = logIn(store, demo::managerLogin());
    if (!clerk || !manager) {
        std::fprintf(stderr, "the demo accounts did not log in\n");
        return;
    }
    store.shift().begin(*clerk);
    MainWindow window(store);
    window.resize(1280, 800);
    window.show();
    window.counterPage()->showCustomer(featured);
    save(&window, folder, QStringLiteral("card_clerk_") + suffix);
    QTest::mouseClick(window.findChild<QToolButton *>(QStringLiteral("revealButton")), Qt::LeftButton);
    save(&window, folder, QStringLiteral("card_revealed_") + suffix);

    store.shift().begin(*manager);
    window.showPage(window.settingsPage());
    showTab(window.settingsPage(), "accountsPage");
    save(&window, folder, QStringLiteral("settings_accounts_") + suffix);
    showTab(window.settingsPage(), "backupsPage");
    save(&window, folder, QStringLiteral("settings_backups_") + suffix);
    shootBackupCopy(store, &window, folder, suffix);

    DuplicatesDialog duplicates(store, &window);
    duplicates.resize(1100, 700);
    duplicates.show();
    if (!QTest::qWaitFor([&] { return !duplicates.isSearching() && duplicates.pairCount() > 0; }, 10000))
        std::fprintf(stderr, "no duplicates were suggested\n");
    if (auto *pairs = duplicates.findChild<QTableWidget *>(QStringLiteral("pairsTable"));
        pairs && pairs->rowCount())
        pairs->selectRow(0);
    save(&duplicates, folder, QStringLiteral("duplicates_") + suffix);
    store.shift().end();
}

} // namespace atelier::testing
