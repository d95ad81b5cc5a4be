#include "gui/counter/counter_page.h"
#include "gui/main_window.h"
#include "gui/settings/settings_page.h"
#include "support/temp_store.h"

#include "scoped_settings_folder.h"

#include <catch2/catch.hpp>

#include <QScreen>
#include <QSettings>
#include <QTest>

using namespace atelier;
using atelier::testing::TempStore;

using atelier::testing::ScopedSettingsFolder;

TEST_CASE("At first start the main window fills the screen", "[gui][window]")
{
    ScopedSettingsFolder settings;
    TempStore temp;
    MainWindow window(temp.store());
    window.restorePlacement();
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.isMaximized());
    const QRect available = window.screen()->availableGeometry();
    CHECK(QTest::qWaitFor([&] { return window.frameGeometry().contains(available); }));
}

TEST_CASE("The main window comes back at the size and place it was closed at", "[gui][window]")
{
    ScopedSettingsFolder settings;
    TempStore temp;
    QRect closedAt;
    {
        MainWindow window(temp.store());
        window.restorePlacement();
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.showNormal();
        // A size of the clerk's choosing: more than the window needs, less than the screen.
        const QRect placed(
            QPoint(40, 30), window.minimumSizeHint().expandedTo(QSize(640, 480)) + QSize(24, 16));
        window.setGeometry(placed);
        REQUIRE(QTest::qWaitFor([&] { return !window.isMaximized() && window.size() == placed.size(); }));
        closedAt = window.geometry();
        window.close();
    }
    MainWindow again(temp.store());
    again.restorePlacement();
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    CHECK_FALSE(again.isMaximized());
    CHECK(again.geometry() == closedAt);
}

TEST_CASE("A main window closed maximised comes back maximised", "[gui][window]")
{
    ScopedSettingsFolder settings;
    TempStore temp;
    {
        MainWindow window(temp.store());
        window.restorePlacement();
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.isMaximized());
        window.close();
    }
    MainWindow again(temp.store());
    again.restorePlacement();
    CHECK(again.windowState().testFlag(Qt::WindowMaximized));
}

TEST_CASE("A window re-created for a language switch opens on the page its person was on", "[gui][window]")
{
    ScopedSettingsFolder settings;
    TempStore temp;
    int page = -1;
    {
        MainWindow window(temp.store());
        window.show();
        window.showPage(window.settingsPage()); // where the language is switched
        page = window.currentPage();
    }
    MainWindow again(temp.store());
    CHECK(again.counterPage()->isVisibleTo(&again)); // a new window starts at the counter
    again.showPageAt(page);
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    CHECK(again.settingsPage()->isVisible());
    CHECK_FALSE(again.counterPage()->isVisible());

    again.showPageAt(again.currentPage() + 100); // no such row: nothing changes
    CHECK(again.settingsPage()->isVisible());
}
