#include "gui/main_window.h"
#include "gui/pin_dialog.h"
#include "gui_test_helpers.h"
#include "services/account_service.h"
#include "services/counter_shift.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/staff_repository.h"
#include "support/temp_store.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPointer>
#include <QStandardItemModel>

#include <catch2/catch.hpp>

using namespace atelier;
using namespace atelier::testing;

namespace {

bool selectable(QComboBox *combo, int row)
{
    auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    return model && model->item(row)->isEnabled();
}

} // namespace

TEST_CASE(
    "Only staff with a PIN can be chosen at the counter, and choosing asks for it", "[gui][service][pin]")
{
    TempStore temp;
    AccountService accounts(
        temp.store().database(), temp.clock(), PasswordHasher(PasswordHasher::testCost()));
    REQUIRE(
        accounts
            .createFirstManager(QStringLiteral("林雅琴"), QStringLiteral("lin"), QStringLiteral("store-2026"))
            .ok());
    const Session manager = *accounts.login(QStringLiteral("lin"), QStringLiteral("store-2026")).session;
    StaffRepository staff(temp.store().database().connection());
    const StaffId wang = staff.insert(QStringLiteral("王佳怡"), false);
    const StaffId chen = staff.insert(QStringLiteral("陈思琪"), false);
    REQUIRE(accounts.setPin(manager, chen, QStringLiteral("3579")).ok());
    MainWindow window(temp.store());
    window.show();
    auto *combo = child<QComboBox>(&window, QStringLiteral("clerkCombo"));
    REQUIRE(combo);
    CHECK(combo->currentIndex() == 0); // nobody chosen yet
    REQUIRE(combo->count() == 4);

    // 王佳怡 has no PIN: listed, saying so, but not selectable.
    const int wangRow = combo->findData(qlonglong(wang));
    REQUIRE(wangRow > 0);
    CHECK_FALSE(selectable(combo, wangRow));
    CHECK(combo->itemText(wangRow).contains(QStringLiteral("no PIN")));
    const int chenRow = combo->findData(qlonglong(chen));
    CHECK(selectable(combo, chenRow));
    CHECK(combo->itemText(chenRow) == QStringLiteral("陈思琪"));

    // Choosing 陈思琪 asks for her PIN; without it she is not at the counter.
    combo->setCurrentIndex(chenRow);
    emit combo->activated(chenRow); // what a click on the item sends
    PinDialog *dialog = nullptr;
    REQUIRE(waitFor([&] { return (dialog = window.findChild<PinDialog *>()) != nullptr; }));
    CHECK_FALSE(temp.store().shift().clerkId().has_value());
    typeText(child<QLineEdit>(dialog, QStringLiteral("pinEdit")), QStringLiteral("3579"));
    QPointer<PinDialog> open(dialog);
    dialog->accept();
    REQUIRE(waitFor([&] { return temp.store().shift().clerkId() == chen; }, 20000));

    // The manager sets 王佳怡's PIN: the picker offers her at once.
    REQUIRE(accounts.setPin(manager, wang, QStringLiteral("2468")).ok());
    REQUIRE(waitFor([&] { return selectable(combo, combo->findData(qlonglong(wang))); }));
    CHECK(combo->itemText(combo->findData(qlonglong(wang))) == QStringLiteral("王佳怡"));
    CHECK(combo->currentData().toLongLong() == chen); // still showing who is there

    // Someone else begins a shift elsewhere (a later login): the picker follows.
    temp.store().shift().begin(wang);
    CHECK(combo->currentData().toLongLong() == wang);
    temp.store().shift().end();
    CHECK(combo->currentIndex() == 0);
}
