#include "gui/archive/archive_model.h"
#include "gui/archive/archive_page.h"
#include "gui/counter/counter_page.h"
#include "gui/counter/customer_editor_dialog.h"
#include "gui/loyalty/tiers_page.h"
#include "gui/main_window.h"
#include "gui/settings/accounts_page.h"
#include "gui/settings/settings_page.h"
#include "gui_test_helpers.h"
#include "services/account_service.h"
#include "services/audit_trail.h"
#include "services/counter_shift.h"
#include "services/customer_service.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/staff_repository.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace atelier;
using namespace atelier::testing;

namespace {

// A store with a manager, a clerk and one customer with an address, and the window open on it.
struct Shop
{
    TempStore temp;
    StaffId manager = 0;
    StaffId clerk = 0;
    CustomerId customer = 0;

    Shop()
    {
        StaffRepository staff(temp.store().database().connection());
        manager = staff.insert(QStringLiteral("林雅琴"), true);
        clerk = staff.insert(QStringLiteral("李晓雯"), false);
        const SaveResult saved = temp.store().customers().registerCustomer(
            QStringLiteral("王芳"), QStringLiteral("13912345678"));
        REQUIRE(saved.ok());
        customer = *saved.id;
        CustomerArchive archive = *readValue(temp.store().customers().load(customer));
        archive.customer.address = QStringLiteral("杭州市西湖区文三路 88 号");
        archive.customer.consentProfile = true; // an address is kept only with it
        REQUIRE(temp.store().customers().save(archive).ok());
    }
    void asClerk()
    {
        REQUIRE(temp.store().shift().begin(Session{clerk, QStringLiteral("李晓雯"), Role::Clerk}));
    }
    void asManager()
    {
        REQUIRE(temp.store().shift().begin(Session{manager, QStringLiteral("林雅琴"), Role::Manager}));
    }
    int reveals()
    {
        AuditFilter filter;
        filter.action = AuditAction::RevealPhone;
        return AuditTrail(temp.store().database()).count(filter);
    }
};

bool tabShown(QTabWidget *tabs, const QString &objectName)
{
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->widget(i)->objectName() == objectName)
            return tabs->isTabVisible(i);
    FAIL("no tab " << objectName.toStdString());
    return false;
}

} // namespace

TEST_CASE("A clerk sees masked numbers and reveals one on the card, which the trail records", "[gui][roles]")
{
    Shop shop;
    shop.asClerk();
    MainWindow window(shop.temp.store());
    window.show();
    window.counterPage()->showCustomer(shop.customer);
    auto *phone = child<QLabel>(&window, QStringLiteral("phoneLabel"));
    auto *address = child<QLabel>(&window, QStringLiteral("addressLabel"));
    auto *reveal = child<QToolButton>(&window, QStringLiteral("revealButton"));
    REQUIRE(phone);
    REQUIRE(address);
    REQUIRE(reveal);
    CHECK(phone->text() == QStringLiteral("139****5678"));
    CHECK(address->isHidden());
    REQUIRE(reveal->isVisible());

    // The archive list masks the number too.
    window.showPage(window.archivePage());
    auto *list = child<QTableView>(&window, QStringLiteral("archiveView"));
    REQUIRE(list);
    REQUIRE(waitFor([&] { return list->model()->rowCount() == 1; }));
    CHECK(list->model()->index(0, ArchiveModel::PhoneColumn).data().toString()
        == QStringLiteral("139****5678"));
    CHECK(child<QPushButton>(window.archivePage(), QStringLiteral("exportButton"))->isHidden());
    CHECK(child<QPushButton>(window.archivePage(), QStringLiteral("importButton"))->isHidden());

    // The customer asks: the clerk reveals, and the trail has it before the number shows.
    window.showPage(window.counterPage());
    CHECK(shop.reveals() == 0); // a clerk cannot read the trail...
    QTest::mouseClick(reveal, Qt::LeftButton);
    CHECK(phone->text() == QStringLiteral("139 1234 5678"));
    CHECK(address->isVisible());
    CHECK(address->text().contains(QStringLiteral("文三路")));
    CHECK_FALSE(reveal->isVisible());
    shop.asManager(); // ...the manager can
    CHECK(shop.reveals() == 1);
}

TEST_CASE("The manager sees whole numbers, every page and the accounts; a clerk does not", "[gui][roles]")
{
    Shop shop;
    shop.asManager();
    MainWindow window(shop.temp.store());
    window.show();
    window.counterPage()->showCustomer(shop.customer);
    CHECK(child<QLabel>(&window, QStringLiteral("phoneLabel"))->text() == QStringLiteral("139 1234 5678"));
    CHECK_FALSE(child<QToolButton>(&window, QStringLiteral("revealButton"))->isVisible());
    auto *navigation = child<QListWidget>(&window, QStringLiteral("navigationList"));
    REQUIRE(navigation);
    const int tiersRow = 4;
    CHECK_FALSE(navigation->item(tiersRow)->isHidden());
    auto *tabs = child<QTabWidget>(window.settingsPage(), QStringLiteral("settingsTabs"));
    REQUIRE(tabs);
    CHECK(tabShown(tabs, QStringLiteral("accountsPage")));
    CHECK(tabShown(tabs, QStringLiteral("auditPage")));
    CHECK(tabShown(tabs, QStringLiteral("holidaysPage")));
    CHECK(child<QGroupBox>(&window, QStringLiteral("storeGroupBox"))->isEnabled());
    auto *managerOnly = child<QLabel>(window.settingsPage(), QStringLiteral("managerOnlyLabel"));
    REQUIRE(managerOnly);
    CHECK_FALSE(managerOnly->isVisibleTo(window.settingsPage()));

    // A clerk takes over (PIN): the window follows at once.
    window.showPage(window.tiersPage());
    shop.asClerk();
    CHECK(navigation->item(tiersRow)->isHidden());
    CHECK(navigation->currentRow() == 0);
    CHECK_FALSE(tabShown(tabs, QStringLiteral("accountsPage")));
    CHECK_FALSE(tabShown(tabs, QStringLiteral("auditPage")));
    CHECK_FALSE(tabShown(tabs, QStringLiteral("templatesTab")));
    CHECK_FALSE(tabShown(tabs, QStringLiteral("holidaysPage")));
    CHECK_FALSE(child<QGroupBox>(&window, QStringLiteral("storeGroupBox"))->isEnabled());
    CHECK(managerOnly->isVisibleTo(window.settingsPage())); // and says why it is greyed out
    CHECK(child<QLabel>(&window, QStringLiteral("phoneLabel"))->text() == QStringLiteral("139****5678"));
    CHECK(child<QToolButton>(&window, QStringLiteral("revealButton"))->isVisibleTo(&window));
}

TEST_CASE("The manager adds a clerk's account in Settings", "[gui][roles]")
{
    Shop shop;
    AccountService accounts(shop.temp.store().database(), shop.temp.clock());
    REQUIRE(accounts
                .createFirstManager(
                    QStringLiteral("陈店长"), QStringLiteral("lin"), QStringLiteral("atelier-lin"))
                .ok());
    const LoginResult login = accounts.login(QStringLiteral("lin"), QStringLiteral("atelier-lin"));
    REQUIRE(login.session);
    REQUIRE(shop.temp.store().shift().begin(*login.session));
    SettingsPage page(shop.temp.store());
    page.show();
    AccountsPage *list = page.accountsPage();
    auto *table = child<QTableWidget>(list, QStringLiteral("accountsTable"));
    // Every member of staff is listed; the two on the staff list before accounts have no login.
    REQUIRE(table->rowCount() == 3);
    CHECK(table->findItems(QStringLiteral("—"), Qt::MatchExactly).size() == 2);

    const ModalWatch modal = whenModalOpens([](QWidget *dialog) {
        typeText(child<QLineEdit>(dialog, QStringLiteral("accountLoginEdit")), QStringLiteral("li"));
        child<QLineEdit>(dialog, QStringLiteral("accountNameEdit"))->setText(QStringLiteral("李晓雯"));
        typeText(
            child<QLineEdit>(dialog, QStringLiteral("accountPasswordEdit")), QStringLiteral("counter-li-1"));
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
    });
    QTest::mouseClick(child<QPushButton>(list, QStringLiteral("addAccountButton")), Qt::LeftButton);
    REQUIRE(modal.ran());
    // 李晓雯 was on the staff list: she gets the login, not a second row.
    REQUIRE(
        waitFor([&] { return table->findItems(QStringLiteral("li"), Qt::MatchExactly).size() == 1; }, 20000));
    CHECK(table->rowCount() == 3);
    CHECK(child<QLabel>(list, QStringLiteral("accountsStatusLabel"))
              ->text()
              .contains(QStringLiteral("李晓雯")));
    CHECK(accounts.login(QStringLiteral("li"), QStringLiteral("counter-li-1")).session->role == Role::Clerk);
}

TEST_CASE("A clerk edits a customer without seeing or losing the number and address", "[gui][roles]")
{
    Shop shop;
    shop.asClerk();
    {
        CustomerEditorDialog dialog(shop.temp.store(), shop.customer);
        dialog.show();
        auto *phone = child<QLineEdit>(&dialog, QStringLiteral("phoneLineEdit"));
        auto *address = child<QLineEdit>(&dialog, QStringLiteral("addressLineEdit"));
        CHECK(phone->text() == QStringLiteral("139****5678"));
        CHECK(phone->isReadOnly());
        CHECK(address->text().isEmpty());
        CHECK(child<QToolButton>(&dialog, QStringLiteral("revealContactButton"))->isVisible());
        typeText(child<QLineEdit>(&dialog, QStringLiteral("occupationLineEdit")), QStringLiteral("教师"));
        QTest::mouseClick(
            child<QDialogButtonBox>(&dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save),
            Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);
    }
    const Customer saved = readValue(shop.temp.store().customers().load(shop.customer))->customer;
    CHECK(saved.occupation == QStringLiteral("教师"));
    CHECK(saved.phone.digits() == QStringLiteral("13912345678"));
    CHECK(saved.address == QStringLiteral("杭州市西湖区文三路 88 号"));

    // The customer asks to change the number: revealed (audited), then editable.
    CustomerEditorDialog dialog(shop.temp.store(), shop.customer);
    dialog.show();
    QTest::mouseClick(child<QToolButton>(&dialog, QStringLiteral("revealContactButton")), Qt::LeftButton);
    auto *phone = child<QLineEdit>(&dialog, QStringLiteral("phoneLineEdit"));
    CHECK_FALSE(phone->isReadOnly());
    CHECK(phone->text() == QStringLiteral("139 1234 5678"));
    CHECK(child<QLineEdit>(&dialog, QStringLiteral("addressLineEdit"))
              ->text()
              .contains(QStringLiteral("文三路")));
    shop.asManager();
    CHECK(shop.reveals() == 1);
}

TEST_CASE("The manager gives a member of staff without a login a counter PIN", "[gui][roles][pin]")
{
    Shop shop;
    AccountService accounts(
        shop.temp.store().database(), shop.temp.clock(), PasswordHasher(PasswordHasher::testCost()));
    REQUIRE(accounts
                .createFirstManager(
                    QStringLiteral("陈店长"), QStringLiteral("chen"), QStringLiteral("atelier-chen"))
                .ok());
    const LoginResult login = accounts.login(QStringLiteral("chen"), QStringLiteral("atelier-chen"));
    REQUIRE(login.session);
    REQUIRE(shop.temp.store().shift().begin(*login.session));
    MainWindow window(shop.temp.store());
    window.show();
    auto *combo = child<QComboBox>(&window, QStringLiteral("clerkCombo"));
    const int clerkRow = combo->findData(qlonglong(shop.clerk));
    REQUIRE(clerkRow > 0);
    CHECK(combo->itemText(clerkRow).contains(QStringLiteral("no PIN")));

    auto *list = window.findChild<AccountsPage *>();
    REQUIRE(list);
    auto *table = child<QTableWidget>(list, QStringLiteral("accountsTable"));
    const QList<QTableWidgetItem *> found = table->findItems(QStringLiteral("李晓雯"), Qt::MatchExactly);
    REQUIRE(found.size() == 1);
    table->selectRow(found.first()->row());
    // She does not log in: no password to reset, but a PIN to set.
    CHECK_FALSE(child<QPushButton>(list, QStringLiteral("resetPasswordButton"))->isEnabled());
    auto *setPin = child<QPushButton>(list, QStringLiteral("setPinButton"));
    REQUIRE(setPin->isEnabled());
    const ModalWatch modal = whenModalOpens([](QWidget *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>();
        REQUIRE(edit);
        typeText(edit, QStringLiteral("5791"));
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
    });
    QTest::mouseClick(setPin, Qt::LeftButton);
    REQUIRE(modal.ran());
    REQUIRE(waitFor(
        [&] {
            return child<QLabel>(list, QStringLiteral("accountsStatusLabel"))
                ->text()
                .contains(QStringLiteral("PIN was set"));
        },
        20000));
    // The counter's picker offers her now, and her PIN opens the counter.
    REQUIRE(waitFor(
        [&] { return combo->itemText(combo->findData(qlonglong(shop.clerk))) == QStringLiteral("李晓雯"); }));
    CHECK(accounts.switchByPin(shop.clerk, QStringLiteral("5791")).session.has_value());
}
