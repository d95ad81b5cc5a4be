#include "screenshots_location.h"

#include "demo_data.h"
#include "gui/counter/customer_editor_dialog.h"
#include "gui/counter/sale_dialog.h"
#include "gui/server_unreachable_dialog.h"
#include "gui/settings/backups_page.h"
#include "gui/settings/database_page.h"
#include "gui/settings/settings_page.h"
#include "gui/store_location_chooser.h"
#include "gui/store_location_dialog.h"
#include "screenshot_file.h"
#include "services/backup_service.h"
#include "services/customer_service.h"
#include "services/store.h"
#include "services/store_location_choice.h"
#include "storage/database.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <cstdio>

namespace atelier::testing {

namespace {

// The shop's server in every shot: a name, as a store would have it, not an address.
const QString shopServer = QStringLiteral("postgresql://atelier@shop-server/atelier");

// Settings in the size the audit shot has, on `tab`.
void showSettingsTab(SettingsPage &settings, QWidget *tab)
{
    settings.resize(1180, 640);
    settings.findChild<QTabWidget *>(QStringLiteral("settingsTabs"))->setCurrentWidget(tab);
    settings.show();
    if (!QTest::qWaitForWindowExposed(&settings))
        std::fprintf(stderr, "settings not exposed\n");
}

void shootFirstStart(const QString &folder, const QString &suffix)
{
    StoreLocationDialog dialog;
    dialog.show();
    dialog.chooser()->setLocation(shopServer);
    saveShot(&dialog, folder, QStringLiteral("location_first_start_") + suffix);
}

// Kept for this computer and shown as what the next start opens; the kept choice is taken back after.
void shootDatabaseTab(Store &store, const QString &folder, const QString &suffix)
{
    SettingsPage settings(store);
    auto *page = settings.findChild<DatabasePage *>(QStringLiteral("databasePage"));
    showSettingsTab(settings, page);
    page->setOfferRestart([]() {}); // the question is a message box of its own
    page->chooser()->setLocation(shopServer);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("keepButton")), Qt::LeftButton);
    saveShot(&settings, folder, QStringLiteral("settings_database_") + suffix);
    QString error;
    if (!StoreLocationChoice::keep(QString(), &error))
        std::fprintf(stderr, "the kept location could not be taken back: %s\n", qPrintable(error));
}

// With the words the storage really gives when the server's name leads nowhere.
void shootUnreachable(const QString &folder, const QString &suffix)
{
    Store store;
    if (store.open(shopServer)) {
        std::fprintf(stderr, "%s answered: no \"cannot be reached\" shot\n", qPrintable(shopServer));
        return;
    }
    ServerUnreachableDialog dialog(shopServer, store.errorString());
    dialog.show();
    saveShot(&dialog, folder, QStringLiteral("server_unreachable_") + suffix);
}

// Another counter changes her occupation and hobbies while this one edits her occupation and top size.
void shootChangedElsewhere(TempStore &temp, CustomerId featured, const QString &folder, const QString &suffix)
{
    CustomerEditorDialog dialog(temp.store(), featured);
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        std::fprintf(stderr, "editor not exposed\n");
    Store other(&temp.clock());
    if (!other.open(temp.path())) {
        std::fprintf(stderr, "the other counter could not open the store\n");
        return;
    }
    CustomerArchive there = *readValue(other.customers().load(featured));
    there.customer.occupation = QStringLiteral("语文教师");
    there.customer.hobbies = QStringLiteral("烘焙、读书、瑜伽");
    if (!other.customers().save(there).ok())
        std::fprintf(stderr, "the other counter's save failed\n");

    dialog.findChild<QLineEdit *>(QStringLiteral("occupationLineEdit"))->setText(QStringLiteral("年级组长"));
    dialog.findChild<QLineEdit *>(QStringLiteral("sizeTopLineEdit"))->setText(QStringLiteral("L"));
    QTest::mouseClick(
        dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save),
        Qt::LeftButton);
    auto *reload = dialog.findChild<QPushButton *>(QStringLiteral("reloadButton"));
    if (!reload->isVisible())
        std::fprintf(stderr, "the editor did not refuse the save\n");
    saveShot(&dialog, folder, QStringLiteral("editor_changed_elsewhere_") + suffix);
    QTest::mouseClick(reload, Qt::LeftButton);
    saveShot(&dialog, folder, QStringLiteral("editor_reloaded_") + suffix);
}

// The connection goes while the sale is saved; the check finds it was not stored. (On a file the
// connection is closed, which the storage reports as a server's broken one: see sale_connection_test.)
void shootSaleConnectionLost(
    TempStore &temp, CustomerId featured, const QString &folder, const QString &suffix)
{
    SaleDialog sale(temp.store(), featured);
    sale.findChild<QTableWidget *>(QStringLiteral("linesTable"))->removeRow(0);
    sale.addLine({0, QStringLiteral("B1032"), QStringLiteral("真丝衬衫"), QStringLiteral("米白"),
        QStringLiteral("S"), 1, Money::fromYuan(459), Money::fromYuan(459)});
    sale.show();
    if (!QTest::qWaitForWindowExposed(&sale))
        std::fprintf(stderr, "sale not exposed\n");
    temp.store().database().connection().close();
    auto *buttons = sale.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    QTest::mouseClick(save, Qt::LeftButton);
    if (!QTest::qWaitFor(
            [&] { return buttons->isEnabled() && save->text() == SaleDialog::tr("&Try again"); }, 10000))
        std::fprintf(stderr, "the sale dialog did not offer Try again\n");
    saveShot(&sale, folder, QStringLiteral("sale_connection_lost_") + suffix);
}

// A store on the server named by ATELIER_SCREENSHOT_POSTGRES (the base location tools/pg-test-server
// prints for the tests): its own database from the server's migrated template, as a test's, with one
// checked pg_dump copy. Then the same tab when the server's backups are its administrator's.
void shootServerBackups(const QString &folder, const QString &suffix)
{
    const QByteArray server = qgetenv("ATELIER_SCREENSHOT_POSTGRES");
    if (server.isEmpty()) {
        std::fprintf(stderr,
            "no PostgreSQL server given (ATELIER_SCREENSHOT_POSTGRES): no shots of a server's backups\n");
        return;
    }
    // TempStore makes its database where the tests' variable says; set only for this store's life.
    const bool ownVariable = !onPostgres();
    if (ownVariable)
        qputenv("ATELIER_TEST_POSTGRES", server);
    {
        TempStore temp;
        Store &store = temp.store();
        if (!store.backups().backupNow(BackupRecord::Kind::Manual).ok)
            std::fprintf(stderr, "pg_dump made no copy of the server's store\n");
        SettingsPage settings(store);
        auto *page = settings.findChild<BackupsPage *>(QStringLiteral("backupsPage"));
        showSettingsTab(settings, page);
        if (auto *copies = page->findChild<QTableWidget *>(QStringLiteral("backupsTable")))
            copies->selectRow(0);
        saveShot(&settings, folder, QStringLiteral("settings_backups_server_") + suffix);
        page->findChild<QCheckBox *>(QStringLiteral("serverManagedCheckBox"))->click();
        saveShot(&settings, folder, QStringLiteral("settings_backups_administrator_") + suffix);
    }
    if (ownVariable)
        qunsetenv("ATELIER_TEST_POSTGRES");
}

} // namespace

void shootLocation(const QString &folder, const QString &suffix)
{
    shootFirstStart(folder, suffix);
    shootUnreachable(folder, suffix);
    TempStore temp;
    const QList<CustomerId> ids = fillDemoStore(temp.store());
    if (ids.isEmpty()) {
        std::fprintf(stderr, "no demo customers for the location shots\n");
        return;
    }
    shootDatabaseTab(temp.store(), folder, suffix);
    shootChangedElsewhere(temp, ids.first(), folder, suffix);
    shootSaleConnectionLost(temp, ids.first(), folder, suffix); // last: it closes the connection
    shootServerBackups(folder, suffix);
}

} // namespace atelier::testing
