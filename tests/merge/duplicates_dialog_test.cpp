// The manager's duplicates dialog, driven like a manager: suggestion → preview → merge → undo.
#include "gui/archive/archive_page.h"
#include "gui/archive/duplicates_dialog.h"
#include "gui_test_helpers.h"
#include "merge_fixture.h"
#include "services/store.h"
#include "storage/database.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace atelier;
using namespace atelier::testing;

namespace {

ModalWatch answerYes()
{
    return whenModalOpens([](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        REQUIRE(box);
        box->button(QMessageBox::Yes)->click();
    });
}

} // namespace

TEST_CASE("only a manager sees Find duplicates on the archive page", "[merge][gui]")
{
    TempStore temp;
    {
        ArchivePage page(temp.store());
        CHECK_FALSE(child<QPushButton>(&page, QStringLiteral("findDuplicatesButton"))->isHidden());
    }
    temp.store().database().setRole(Role::Clerk);
    ArchivePage page(temp.store());
    CHECK(child<QPushButton>(&page, QStringLiteral("findDuplicatesButton"))->isHidden());
}

TEST_CASE("a manager merges a suggested pair and undoes it", "[merge][gui]")
{
    TempStore temp;
    Store &store = temp.store();
    const auto birthday = [](CustomerArchive &a) {
        a.customer.birthday = QDate(1990, 5, 1);
        a.customer.consentProfile = true;
    };
    const CustomerId first
        = addCustomer(store, QStringLiteral("王芳"), QStringLiteral("13800001111"), birthday);
    const CustomerId second
        = addCustomer(store, QStringLiteral("王芳"), QStringLiteral("13900002222"), [&](CustomerArchive &a) {
              birthday(a);
              a.customer.email = QStringLiteral("fang@example.com");
          });
    giveEverything(store, second, QStringLiteral("度假"), 200);
    REQUIRE(rowsOf(store, QStringLiteral("sales"), second) == 2);

    DuplicatesDialog dialog(store);
    dialog.show();
    REQUIRE(waitFor([&] { return !dialog.isSearching(); }));
    REQUIRE(dialog.pairCount() == 1);
    auto *pairs = child<QTableWidget>(&dialog, QStringLiteral("pairsTable"));
    CHECK(pairs->item(0, 2)->text().contains(QStringLiteral("birthday")));

    pairs->selectRow(0);
    auto *preview = child<QTableWidget>(&dialog, QStringLiteral("previewTable"));
    REQUIRE(preview->rowCount() > 3);
    bool emailFromOther = false;
    for (int row = 0; row < preview->rowCount(); ++row) {
        if (preview->item(row, 3)
            && preview->item(row, 3)->text().startsWith(QStringLiteral("fang@example.com")))
            emailFromOther = preview->item(row, 3)->font().bold();
    }
    CHECK(emailFromOther);
    auto *keepFirst = child<QRadioButton>(&dialog, QStringLiteral("keepFirstRadio"));
    CHECK(keepFirst->isChecked());

    auto *mergeButton = child<QPushButton>(&dialog, QStringLiteral("mergeButton"));
    REQUIRE(mergeButton->isEnabled());
    const ModalWatch mergeAsked = answerYes();
    QTest::mouseClick(mergeButton, Qt::LeftButton);
    REQUIRE(mergeAsked.ran());
    auto *recent = child<QTableWidget>(&dialog, QStringLiteral("recentTable"));
    REQUIRE(waitFor([&] { return recent->rowCount() == 1 && !dialog.isSearching(); }));
    CHECK(dialog.pairCount() == 0);
    CHECK(rowsOf(store, QStringLiteral("customers"), second, QStringLiteral("id")) == 0);
    CHECK(rowsOf(store, QStringLiteral("sales"), first) == 2);

    recent->selectRow(0);
    auto *undoButton = child<QPushButton>(&dialog, QStringLiteral("undoButton"));
    REQUIRE(undoButton->isEnabled());
    const ModalWatch undoAsked = answerYes();
    QTest::mouseClick(undoButton, Qt::LeftButton);
    REQUIRE(undoAsked.ran());
    REQUIRE(waitFor(
        [&] { return rowsOf(store, QStringLiteral("customers"), second, QStringLiteral("id")) == 1; }));
    CHECK(rowsOf(store, QStringLiteral("sales"), second) == 2);
    CHECK(rowsOf(store, QStringLiteral("sales"), first) == 0);
    REQUIRE(waitFor([&] { return !dialog.isSearching() && dialog.pairCount() == 1; }));
    CHECK(recent->item(0, 4)->text() == QStringLiteral("undone"));
}

TEST_CASE("recent merges that cannot be read are said to be unreadable, not none", "[merge][gui]")
{
    TempStore temp;
    dropTable(temp.store(), QStringLiteral("customer_merges"));
    CHECK_FALSE(temp.store().merge().recentMerges().ok());
    DuplicatesDialog dialog(temp.store());
    dialog.show();
    REQUIRE(waitFor([&] { return !dialog.isSearching(); }));
    auto *error = child<QLabel>(&dialog, QStringLiteral("recentErrorLabel"));
    REQUIRE(error);
    CHECK(error->isVisible());
    CHECK(error->text().startsWith(QStringLiteral("The recent merges could not be read.")));
    CHECK(child<QTableWidget>(&dialog, QStringLiteral("recentTable"))->rowCount() == 0);
}
