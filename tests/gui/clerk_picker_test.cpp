#include "gui/main_window.h"
#include "gui_test_helpers.h"
#include "services/counter_shift.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/staff_repository.h"
#include "support/temp_store.h"

#include <QComboBox>

#include <catch2/catch.hpp>

using namespace atelier;
using namespace atelier::testing;

TEST_CASE("Choosing the clerk at the counter begins their shift", "[gui][service]")
{
    TempStore temp;
    StaffRepository staff(temp.store().database().connection());
    const StaffId wang = staff.insert(QStringLiteral("王佳怡"), false);
    const StaffId chen = staff.insert(QStringLiteral("陈思琪"), false);
    MainWindow window(temp.store());
    auto *combo = child<QComboBox>(&window, QStringLiteral("clerkCombo"));
    REQUIRE(combo);
    CHECK(combo->currentIndex() == 0); // nobody chosen yet
    REQUIRE(combo->count() == 3);

    const int wangRow = combo->findData(qlonglong(wang));
    REQUIRE(wangRow > 0);
    combo->setCurrentIndex(wangRow);
    emit combo->activated(wangRow); // what a click on the item sends
    CHECK(temp.store().shift().clerkId() == wang);

    // Someone else begins a shift elsewhere (a later login): the picker follows.
    temp.store().shift().begin(chen);
    CHECK(combo->currentData().toLongLong() == chen);
    temp.store().shift().end();
    CHECK(combo->currentIndex() == 0);
}
