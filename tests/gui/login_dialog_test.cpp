#include "gui_test_helpers.h"

#include "gui/idle_lock.h"
#include "gui/login_dialog.h"
#include "gui/main_window.h"
#include "gui/pin_dialog.h"
#include "services/account_service.h"
#include "services/counter_shift.h"
#include "services/store.h"
#include "services/store_settings.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace atelier;
using namespace atelier::testing;

namespace {

QPushButton *okButton(LoginDialog &dialog)
{
    return child<QDialogButtonBox>(&dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
}

void fill(LoginDialog &dialog, const QString &field, const QString &text)
{
    auto *edit = child<QLineEdit>(&dialog, field);
    edit->clear();
    typeText(edit, text);
}

QString message(LoginDialog &dialog)
{
    return child<QLabel>(&dialog, QStringLiteral("messageLabel"))->text();
}

} // namespace

TEST_CASE("the first start creates the manager's account from the login screen", "[gui][accounts]")
{
    TempStore t;
    LoginDialog dialog(t.store(), LoginDialog::Mode::FirstManager);
    dialog.show();
    child<QLineEdit>(&dialog, QStringLiteral("nameEdit"))->setText(QStringLiteral("林雅琴"));
    fill(dialog, QStringLiteral("loginEdit"), QStringLiteral("lin"));
    fill(dialog, QStringLiteral("passwordEdit"), QStringLiteral("store-2026"));
    fill(dialog, QStringLiteral("repeatEdit"), QStringLiteral("store-2025"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    CHECK(message(dialog).contains(QStringLiteral("differ")));
    CHECK_FALSE(dialog.isChecking());

    fill(dialog, QStringLiteral("repeatEdit"), QStringLiteral("store-2026"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    // The check runs on a worker: the dialog is still here, busy, and answers events.
    CHECK(dialog.isChecking());
    CHECK(child<QProgressBar>(&dialog, QStringLiteral("busyBar"))->isVisible());
    REQUIRE(waitFor([&] { return dialog.result() == QDialog::Accepted; }, 20000));
    REQUIRE(dialog.session());
    CHECK(dialog.session()->role == Role::Manager);
    CHECK(dialog.session()->name == QStringLiteral("林雅琴"));
    CHECK(sql::scalar(
              t.store().database().connection(), QStringLiteral("SELECT count(*) FROM staff_credentials"))
              .toInt()
        == 1);
}

TEST_CASE(
    "wrong passwords make the login screen wait, then the right one lets the clerk in", "[gui][accounts]")
{
    TempStore t;
    AccountService accounts(t.store().database(), t.clock(), PasswordHasher(PasswordHasher::testCost()));
    REQUIRE(
        accounts
            .createFirstManager(QStringLiteral("林雅琴"), QStringLiteral("lin"), QStringLiteral("store-2026"))
            .ok());
    LoginDialog dialog(t.store(), LoginDialog::Mode::Login);
    dialog.show();
    CHECK_FALSE(child<QLineEdit>(&dialog, QStringLiteral("nameEdit"))->isVisible());
    for (int attempt = 1; attempt <= 4; ++attempt) {
        fill(dialog, QStringLiteral("loginEdit"), QStringLiteral("lin"));
        fill(dialog, QStringLiteral("passwordEdit"), QStringLiteral("guess-%1").arg(attempt));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        REQUIRE(waitFor([&] { return !dialog.isChecking(); }, 20000));
        CHECK_FALSE(dialog.session());
        CHECK(message(dialog).contains(QStringLiteral("wrong")));
        if (attempt < 3)
            CHECK(okButton(dialog)->isEnabled());
    }
    // The fourth wrong password: the button waits out 2 s, counting down.
    CHECK_FALSE(okButton(dialog)->isEnabled());
    t.clock().set(t.clock().now().addSecs(5));
    REQUIRE(waitFor([&] { return okButton(dialog)->isEnabled(); }, 10000));
    fill(dialog, QStringLiteral("passwordEdit"), QStringLiteral("store-2026"));
    QTest::keyClick(child<QLineEdit>(&dialog, QStringLiteral("passwordEdit")), Qt::Key_Return);
    REQUIRE(waitFor([&] { return dialog.result() == QDialog::Accepted; }, 20000));
    CHECK(dialog.session()->role == Role::Manager);
}

TEST_CASE(
    "the counter PC locks after a while without input, and input pushes the lock back", "[gui][accounts]")
{
    QWidget window;
    window.show();
    IdleLock lock(10);
    QSignalSpy locked(&lock, &IdleLock::locked);
    lock.setInterval(300);
    // A clerk typing every 100 ms keeps it open.
    for (int i = 0; i < 6; ++i) {
        QTest::qWait(100);
        QTest::keyClick(&window, Qt::Key_A);
    }
    CHECK(locked.isEmpty());
    REQUIRE(locked.wait(2000));
    CHECK(locked.size() == 1);
    // While the login screen is up it does not lock again.
    QTest::qWait(500);
    CHECK(locked.size() == 1);
    lock.resume();
    REQUIRE(locked.wait(2000));
}

TEST_CASE("the lock time is a store setting with a sane range", "[gui][accounts]")
{
    TempStore t;
    CHECK(t.store().settings().lockAfterMinutes() == StoreSettings::defaultLockAfterMinutes);
    CHECK(t.store().settings().setLockAfterMinutes(3).ok());
    CHECK(t.store().settings().lockAfterMinutes() == 3);
    CHECK_FALSE(t.store().settings().setLockAfterMinutes(-1).ok());
    CHECK_FALSE(t.store().settings().setLockAfterMinutes(100000).ok());
    CHECK(t.store().settings().lockAfterMinutes() == 3);
}

TEST_CASE("taking over the counter asks for the clerk's PIN", "[gui][accounts]")
{
    TempStore t;
    AccountService accounts(t.store().database(), t.clock(), PasswordHasher(PasswordHasher::testCost()));
    REQUIRE(
        accounts
            .createFirstManager(QStringLiteral("林雅琴"), QStringLiteral("lin"), QStringLiteral("store-2026"))
            .ok());
    const Session manager = *accounts.login(QStringLiteral("lin"), QStringLiteral("store-2026")).session;
    const StaffId li = *accounts
                            .addAccount(manager, QStringLiteral("李晓雯"), QStringLiteral("li"),
                                QStringLiteral("counter-li-1"), Role::Clerk)
                            .staffId;
    REQUIRE(accounts.setPin(manager, li, QStringLiteral("2468")).ok());
    MainWindow window(t.store());
    window.show();
    auto *combo = child<QComboBox>(&window, QStringLiteral("clerkCombo"));
    const int row = combo->findData(qlonglong(li));
    REQUIRE(row > 0);

    auto choose = [&](const QString &pin) {
        combo->setCurrentIndex(row);
        emit combo->activated(row); // what a click on the item sends
        PinDialog *dialog = nullptr;
        REQUIRE(waitFor([&] { return (dialog = window.findChild<PinDialog *>()) != nullptr; }));
        typeText(child<QLineEdit>(dialog, QStringLiteral("pinEdit")), pin);
        QPointer<PinDialog> open(dialog);
        dialog->accept();
        // A right PIN closes (and deletes) the dialog.
        REQUIRE(waitFor([&] { return open.isNull() || !open->isChecking(); }, 20000));
        return open.data();
    };
    PinDialog *wrong = choose(QStringLiteral("1357"));
    REQUIRE(wrong);
    CHECK(child<QLabel>(wrong, QStringLiteral("messageLabel"))->text().contains(QStringLiteral("wrong")));
    CHECK(t.store().shift().clerkId() != li);
    QPointer<PinDialog> gone(wrong);
    wrong->reject();
    REQUIRE(waitFor([&] { return gone.isNull(); })); // the dialog deletes itself
    CHECK(combo->currentData().toLongLong() != li); // the picker shows who really is there

    choose(QStringLiteral("2468"));
    REQUIRE(waitFor([&] { return t.store().shift().clerkId() == li; }, 5000));
}

TEST_CASE("the manager sets the lock time in Settings", "[gui][accounts][settings]")
{
    TempStore t;
    MainWindow window(t.store());
    QSignalSpy changed(&window, &MainWindow::lockTimeChanged);
    auto *spin = child<QSpinBox>(&window, QStringLiteral("lockAfterSpinBox"));
    REQUIRE(spin);
    CHECK(spin->value() == StoreSettings::defaultLockAfterMinutes);
    spin->setValue(0); // "Never"
    QTest::mouseClick(child<QPushButton>(&window, QStringLiteral("saveButton")), Qt::LeftButton);
    CHECK(t.store().settings().lockAfterMinutes() == 0);
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).toInt() == 0);

    // "Never" stops the lock; a time starts it again.
    IdleLock lock(0);
    QSignalSpy locked(&lock, &IdleLock::locked);
    QObject::connect(&window, &MainWindow::lockTimeChanged, &lock, &IdleLock::setMinutes);
    CHECK_FALSE(locked.wait(300));
    lock.setInterval(100);
    CHECK(locked.wait(2000));
}
