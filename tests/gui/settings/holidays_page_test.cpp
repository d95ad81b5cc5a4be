#include "gui/settings/holidays_page.h"
#include "gui/settings/settings_page.h"
#include "services/holiday_calendar.h"
#include "services/store.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include "gui_test_helpers.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::child;
using atelier::testing::readValue;
using atelier::testing::TempStore;

namespace {

void fillForm(HolidaysPage *page, const QString &day, const QString &nameZh, const QString &nameEn)
{
    for (const auto &[name, text] :
        {std::pair{QStringLiteral("dayLineEdit"), day}, std::pair{QStringLiteral("nameZhLineEdit"), nameZh},
            std::pair{QStringLiteral("nameEnLineEdit"), nameEn}}) {
        auto *edit = child<QLineEdit>(page, name);
        edit->clear();
        atelier::testing::typeText(edit, text);
    }
}

} // namespace

TEST_CASE(
    "The Holidays tab: a year's holidays, add one, an impossible date refused, remove one", "[gui][holidays]")
{
    TempStore temp;
    SettingsPage settings(temp.store());
    settings.show();
    auto *page = settings.findChild<HolidaysPage *>(QStringLiteral("holidaysPage"));
    REQUIRE(page);
    auto *tabs = child<QTabWidget>(&settings, QStringLiteral("settingsTabs"));
    const int tab = tabs->indexOf(page);
    REQUIRE(tab >= 0);
    CHECK(tabs->tabText(tab) == QStringLiteral("Holidays"));
    CHECK(tabs->isTabVisible(tab)); // no one logged in: the store is being set up, as by its manager
    tabs->setCurrentIndex(tab);
    int questions = 0;
    page->setConfirm([&](const QString &) {
        ++questions;
        return true;
    });

    auto *table = child<QTableWidget>(page, QStringLiteral("holidaysTable"));
    auto *year = child<QSpinBox>(page, QStringLiteral("yearSpinBox"));
    auto *message = child<QLabel>(page, QStringLiteral("holidayMessageLabel"));
    CHECK(year->value() == 2026);
    REQUIRE(table->rowCount() == 8);
    CHECK(table->item(0, 0)->text() == QStringLiteral("2026-02-17"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("春节"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("Spring Festival"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("Yes"));

    // Add the store's own holiday, greetings off.
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("newHolidayButton")), Qt::LeftButton);
    fillForm(page, QStringLiteral("2026-06-16"), QStringLiteral("店庆"), QStringLiteral("Store anniversary"));
    child<QCheckBox>(page, QStringLiteral("greetCheckBox"))->setChecked(false);
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("saveHolidayButton")), Qt::LeftButton);
    CHECK(message->text() == QStringLiteral("Saved."));
    REQUIRE(table->rowCount() == 9);
    const QList<Holiday> saved = readValue(temp.store().holidays().ofYear(2026));
    const auto own = std::find_if(
        saved.begin(), saved.end(), [](const Holiday &h) { return h.nameZh == QStringLiteral("店庆"); });
    REQUIRE(own != saved.end());
    CHECK(own->code == HolidayCode::Other);
    CHECK_FALSE(own->greet);
    CHECK(table->item(int(own - saved.begin()), 3)->text() == QStringLiteral("No"));

    // An impossible date is refused, naming the field; nothing is stored and the year stays.
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("newHolidayButton")), Qt::LeftButton);
    fillForm(page, QStringLiteral("2027-02-30"), QStringLiteral("会员日"), QStringLiteral("Members' day"));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("saveHolidayButton")), Qt::LeftButton);
    CHECK(message->text().startsWith(QStringLiteral("Date:")));
    CHECK(message->text().contains(QStringLiteral("2027-02-30")));
    CHECK(child<QLabel>(page, QStringLiteral("dayCaption"))->styleSheet().contains(QStringLiteral("bold")));
    CHECK(year->value() == 2026);
    CHECK(readValue(temp.store().holidays().ofYear(2027)).size() == 8);

    // Another year shows its own holidays.
    year->setValue(2027);
    CHECK(table->rowCount() == 8);
    CHECK(table->item(0, 0)->text() == QStringLiteral("2027-02-06"));
    year->setValue(2026);

    // Remove the store's holiday: select its row, confirm.
    table->selectRow(int(own - saved.begin()));
    CHECK(child<QLineEdit>(page, QStringLiteral("nameEnLineEdit"))->text()
        == QStringLiteral("Store anniversary"));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("removeHolidayButton")), Qt::LeftButton);
    CHECK(questions == 1);
    CHECK(message->text() == QStringLiteral("Removed."));
    CHECK(table->rowCount() == 8);
    CHECK(readValue(temp.store().holidays().ofYear(2026)).size() == 8);
}
