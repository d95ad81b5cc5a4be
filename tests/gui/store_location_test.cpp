#include "gui/server_unreachable_dialog.h"
#include "gui/settings/database_page.h"
#include "gui/settings/settings_page.h"
#include "gui/store_location_chooser.h"
#include "gui/store_location_dialog.h"
#include "services/data_location.h"
#include "services/store_location_choice.h"
#include "support/temp_store.h"

#include "gui_test_helpers.h"
#include "scoped_settings_folder.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::child;
using atelier::testing::ScopedSettingsFolder;
using atelier::testing::TempStore;
using atelier::testing::typeText;

namespace {

const QString keptKey = QStringLiteral("store/location");
// Nothing listens on port 1: the connection is refused at once, as by a server that is down.
const QString closedPort = QStringLiteral("postgresql://atelier@127.0.0.1:1/atelier");

// On the round button itself: a click right of the words misses a radio button.
void choose(QWidget *parent, const char *radio)
{
    auto *button = child<QRadioButton>(parent, QLatin1String(radio));
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

void chooseServer(QWidget *parent, const QString &location)
{
    choose(parent, "serverRadio");
    auto *edit = child<QLineEdit>(parent, QStringLiteral("locationEdit"));
    REQUIRE(edit->isEnabled());
    edit->clear();
    typeText(edit, location);
}

QString shown(QWidget *parent, const char *label)
{
    auto *found = child<QLabel>(parent, QLatin1String(label));
    return found && found->isVisible() ? found->text() : QString();
}

} // namespace

TEST_CASE("First start: on this computer keeps the default file", "[gui][location]")
{
    ScopedSettingsFolder settings;
    // A server chosen earlier on this computer: choosing this computer takes it back.
    QSettings().setValue(keptKey, QStringLiteral("postgresql://atelier@shop-server/atelier"));
    StoreLocationDialog dialog(StoreLocationChoice::kept());
    dialog.show();
    REQUIRE(child<QRadioButton>(&dialog, QStringLiteral("serverRadio"))->isChecked());
    choose(&dialog, "thisComputerRadio");
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("okButton")), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(QSettings().contains(keptKey));
    CHECK(StoreLocationChoice::effective({}) == defaultDatabasePath());
    CHECK(StoreLocationChoice::effective(QStringLiteral("/tmp/other.sqlite"))
        == QStringLiteral("/tmp/other.sqlite"));
}

TEST_CASE("First start: a server is kept for this computer", "[gui][location]")
{
    ScopedSettingsFolder settings;
    StoreLocationDialog dialog;
    dialog.show();
    CHECK(child<QRadioButton>(&dialog, QStringLiteral("thisComputerRadio"))->isChecked());
    chooseServer(&dialog, QStringLiteral("postgresql://atelier@shop-server/atelier"));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("okButton")), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(
        QSettings().value(keptKey).toString() == QStringLiteral("postgresql://atelier@shop-server/atelier"));
    CHECK(StoreLocationChoice::effective({}) == QStringLiteral("postgresql://atelier@shop-server/atelier"));
    CHECK(StoreLocationChoice::effective(QStringLiteral("/tmp/x.sqlite")) == QStringLiteral("/tmp/x.sqlite"));
}

TEST_CASE(
    "First start: a server location that cannot be used is refused and nothing is kept", "[gui][location]")
{
    ScopedSettingsFolder settings;
    StoreLocationDialog dialog;
    dialog.show();

    SECTION("no database named")
    {
        chooseServer(&dialog, QStringLiteral("postgresql://shop-server"));
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("okButton")), Qt::LeftButton);
        CHECK(shown(&dialog, "resultLabel").contains(QStringLiteral("names no database")));
    }
    SECTION("a file's path where the server goes")
    {
        chooseServer(&dialog, QStringLiteral("/home/shop/atelier.sqlite"));
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("okButton")), Qt::LeftButton);
        CHECK(shown(&dialog, "resultLabel").contains(QStringLiteral("postgresql://")));
    }
    SECTION("a password in it, with the advice to use a password file")
    {
        chooseServer(&dialog, QStringLiteral("postgresql://atelier:s3cret@shop-server/atelier"));
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("okButton")), Qt::LeftButton);
        const QString refusal = shown(&dialog, "resultLabel");
        CHECK(refusal.contains(QStringLiteral("password file")));
        CHECK_FALSE(refusal.contains(QStringLiteral("s3cret")));
        // Test connection refuses it the same way, before any connection is tried.
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("testButton")), Qt::LeftButton);
        CHECK_FALSE(dialog.chooser()->isTesting());
        CHECK(shown(&dialog, "resultLabel").contains(QStringLiteral("password file")));
    }
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(QSettings().contains(keptKey));
}

TEST_CASE("Test connection to a server that is not there reports it within the timeout", "[gui][location]")
{
    ScopedSettingsFolder settings;
    StoreLocationDialog dialog;
    dialog.show();
    chooseServer(&dialog, closedPort);
    QSignalSpy tested(dialog.chooser(), &StoreLocationChooser::tested);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("testButton")), Qt::LeftButton);
    // The click came back at once: the connection is tried on a worker.
    CHECK(clock.elapsed() < 1000);
    CHECK(dialog.chooser()->isTesting());
    CHECK(shown(&dialog, "resultLabel").contains(QStringLiteral("127.0.0.1")));
    REQUIRE(tested.wait(6000));
    CHECK(clock.elapsed() < 6000);
    CHECK(tested.at(0).at(0).toBool() == false);
    const QString result = shown(&dialog, "resultLabel");
    CHECK(result.contains(QStringLiteral("127.0.0.1")));
    CHECK(result.contains(QStringLiteral("Cannot reach")));
    CHECK_FALSE(QSettings().contains(keptKey));
}

TEST_CASE("Settings → Database: where the data is, and a change kept for the next start", "[gui][location]")
{
    ScopedSettingsFolder settings;
    TempStore temp;
    SettingsPage settingsPage(temp.store());
    settingsPage.show();
    auto *page = settingsPage.findChild<DatabasePage *>(QStringLiteral("databasePage"));
    REQUIRE(page);
    auto *tabs = child<QTabWidget>(&settingsPage, QStringLiteral("settingsTabs"));
    REQUIRE(tabs->isTabVisible(tabs->indexOf(page)));
    tabs->setCurrentWidget(page);
    CHECK(shown(page, "currentLabel").contains(QStringLiteral("on this computer")));
    int restartsOffered = 0;
    page->setOfferRestart([&restartsOffered]() { ++restartsOffered; });

    SECTION("a server is kept and shown without a password")
    {
        chooseServer(page, QStringLiteral("postgresql://atelier@shop-server:5433/atelier"));
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("keepButton")), Qt::LeftButton);
        CHECK(QSettings().value(keptKey).toString()
            == QStringLiteral("postgresql://atelier@shop-server:5433/atelier"));
        CHECK(restartsOffered == 1);
        CHECK(shown(page, "databaseMessageLabel").contains(QStringLiteral("next start")));
        const QString next = shown(page, "nextStartLabel");
        CHECK(next.contains(QStringLiteral("database “atelier” on shop-server:5433")));
    }
    SECTION("a password is refused and the kept location stays")
    {
        QSettings().setValue(keptKey, QStringLiteral("postgresql://atelier@shop-server/atelier"));
        page->reload();
        chooseServer(page, QStringLiteral("postgresql://atelier:s3cret@shop-server/atelier"));
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("keepButton")), Qt::LeftButton);
        CHECK(shown(page, "resultLabel").contains(QStringLiteral("password file")));
        CHECK(QSettings().value(keptKey).toString()
            == QStringLiteral("postgresql://atelier@shop-server/atelier"));
        CHECK(restartsOffered == 0);
        for (QLabel *label : page->findChildren<QLabel *>())
            CHECK_FALSE(label->text().contains(QStringLiteral("s3cret")));
    }
}

TEST_CASE("Start with the server out of reach: Try again works on a worker and says what happened",
    "[gui][location]")
{
    ServerUnreachableDialog dialog(closedPort, QStringLiteral("Cannot reach the server."));
    dialog.show();
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("tryAgainButton")), Qt::LeftButton);
    CHECK(clock.elapsed() < 1000);
    CHECK(child<QProgressBar>(&dialog, QStringLiteral("busyBar"))->isVisible());
    CHECK_FALSE(child<QPushButton>(&dialog, QStringLiteral("tryAgainButton"))->isEnabled());
    REQUIRE(atelier::testing::waitFor(
        [&]() { return child<QPushButton>(&dialog, QStringLiteral("tryAgainButton"))->isEnabled(); }, 6000));
    CHECK(clock.elapsed() < 6000);
    CHECK(dialog.isVisible()); // still out of reach: the choice stays with the clerk
    CHECK_FALSE(child<QProgressBar>(&dialog, QStringLiteral("busyBar"))->isVisible());
    CHECK(shown(&dialog, "problemLabel").contains(QStringLiteral("127.0.0.1")));
}
