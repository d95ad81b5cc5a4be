#include "gui_test_helpers.h"

#include "core/display_format.h"
#include "core/export_columns.h"
#include "core/forecast_wording.h"
#include "gui/counter/card_forecast_widget.h"
#include "gui/counter/counter_page.h"
#include "gui/main_window.h"
#include "gui/prediction/forecast_list_model.h"
#include "gui/prediction/prediction_page.h"
#include "gui/settings/settings_page.h"
#include "services/counter_shift.h"
#include "services/customer_service.h"
#include "services/demo_store.h"
#include "services/nightly_job.h"
#include "services/prediction_service.h"
#include "services/store.h"
#include "services/store_settings.h"
#include "storage/database.h"
#include "storage/staff_repository.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace atelier;
using namespace atelier::testing;

namespace {

const QDate lastSalesDay(2026, 6, 14); // TempStore's today is 15 June

// A demo store of 1 500 customers with the forecasts of a nightly run, made once for all the tests
// here (a few seconds), with a manager and a clerk to take the counter.
struct ForecastShop
{
    TempStore temp;
    StaffId manager = 0;
    StaffId clerk = 0;

    ForecastShop()
    {
        DemoStoreGenerator::Options options;
        options.customers = 1500;
        options.years = 2;
        options.seed = 7;
        options.endDate = lastSalesDay;
        REQUIRE(DemoStoreGenerator::generate(temp.store().database(), options).ok());
        NightlyJob job(temp.store().database(), temp.clock());
        job.setBackupAfterRun(false);
        const NightlyRun run = job.run(lastSalesDay, NightlyRun::StartedBy::Manual);
        INFO(run.message.toStdString());
        REQUIRE(run.result == NightlyRun::Result::Ok);
        StaffRepository staff(temp.store().database().connection());
        manager = staff.insert(QStringLiteral("测试店长"), true);
        clerk = staff.insert(QStringLiteral("测试店员"), false);
    }
    Store &store() { return temp.store(); }
    PredictionService predictions() { return PredictionService(store().database(), temp.clock()); }
    void asManager()
    {
        REQUIRE(store().shift().begin(Session{manager, QStringLiteral("测试店长"), Role::Manager}));
    }
    void asClerk()
    {
        REQUIRE(store().shift().begin(Session{clerk, QStringLiteral("测试店员"), Role::Clerk}));
    }
};

std::unique_ptr<ForecastShop> sharedShop;

ForecastShop &shop()
{
    if (!sharedShop) {
        sharedShop = std::make_unique<ForecastShop>();
        // Closed while the application (and Qt SQL) still exist, not among the static destructors.
        qAddPostRoutine([] { sharedShop.reset(); });
    }
    return *sharedShop;
}

// Whether a customer belongs on a list by its rule (core/prediction.h), from her stored forecast.
bool onList(PredictionList list, const CustomerPrediction &p, const QDate &today)
{
    const double alive = p.forecast.probabilityAlive;
    switch (list) {
    case PredictionList::ValuableAtRisk:
        return alive < PredictionThresholds::atRiskBelow && alive >= PredictionThresholds::lapsedBelow;
    case PredictionList::LikelyThisWeek:
        return alive >= PredictionThresholds::likelyFrom
            && p.forecast.nextPurchase >= today.addDays(-PredictionThresholds::overdueDays)
            && p.forecast.nextPurchase <= today.addDays(PredictionThresholds::weekAhead);
    case PredictionList::Lapsed:
        return alive < PredictionThresholds::lapsedBelow;
    }
    return false;
}

// The page reads on a worker: waits until the last read is on screen.
bool settled(PredictionPage *page)
{
    return waitFor([page] { return !page->isReading(); }, 20000);
}

} // namespace

TEST_CASE("The manager's Forecasts page lists each list's customers by its rule", "[gui][forecast]")
{
    ForecastShop &s = shop();
    s.asManager();
    MainWindow window(s.store());
    window.resize(1280, 800);
    window.show();
    window.showPage(window.forecastsPage());
    PredictionPage *page = window.forecastsPage();
    REQUIRE(page->isVisible());
    QAbstractItemModelTester tester(page->model());
    auto *combo = child<QComboBox>(page, QStringLiteral("listComboBox"));
    auto *rule = child<QLabel>(page, QStringLiteral("ruleLabel"));
    auto *count = child<QLabel>(page, QStringLiteral("countLabel"));
    REQUIRE(combo);
    REQUIRE(combo->count() == 3);
    const QDate today = s.temp.clock().today();

    for (int index = 0; index < combo->count(); ++index) {
        combo->setCurrentIndex(index);
        REQUIRE(settled(page));
        const PredictionList list = page->currentList();
        INFO(combo->currentText().toStdString());
        CHECK(rule->text() == ForecastWording::explain(list));
        const int total = static_cast<int>(readValue(s.predictions().listIds(list, today)).size());
        CHECK(page->totalCount() == total);
        CHECK(page->model()->rowCount() == std::min(total, PredictionPage::rowsShown));
        REQUIRE(page->model()->rowCount() > 0);
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            const std::optional<CustomerPrediction> p
                = readValue(s.predictions().forecastFor(page->model()->customerAt(row)));
            REQUIRE(p);
            CHECK(onList(list, *p, today));
        }
        CHECK(count->text().contains(QLocale().toString(total)));
    }
    // The lapsed list is long in a two-year demo: the page shows its first rows and says so.
    page->setCurrentList(PredictionList::Lapsed);
    REQUIRE(settled(page));
    if (page->totalCount() > PredictionPage::rowsShown)
        CHECK(count->text()
            == QStringLiteral("Showing 500 of %1 customers. Export… writes them all.")
                   .arg(QLocale().toString(page->totalCount())));

    // The chart: a point per band of months, each a percentage.
    QLineSeries *series = page->aliveSeries();
    REQUIRE(series->count() > 3);
    for (const QPointF &point : series->points()) {
        CHECK(point.y() >= 0);
        CHECK(point.y() <= 100);
    }
    // Customers long gone are less likely to be customers than recent ones.
    CHECK(series->points().first().y() > series->points().last().y());
    CHECK(child<QLabel>(page, QStringLiteral("fitLabel"))
              ->text()
              .startsWith(QStringLiteral("The models in use were fitted on the purchases up to 2026-06-14")));
    // Says what its count counts: it differs from the Tiers page's customers scored.
    CHECK(child<QLabel>(page, QStringLiteral("fitLabel"))
              ->text()
              .contains(QStringLiteral("customers who had kept one")));
}

TEST_CASE("A double-click opens the customer on the counter; Export writes the whole list", "[gui][forecast]")
{
    ForecastShop &s = shop();
    s.asManager();
    MainWindow window(s.store());
    window.resize(1280, 800);
    window.show();
    window.showPage(window.forecastsPage());
    PredictionPage *page = window.forecastsPage();
    page->setCurrentList(PredictionList::ValuableAtRisk);
    REQUIRE(settled(page));
    REQUIRE(page->model()->rowCount() > 1);
    // Her spend and her last purchase as DisplayFormat writes them, like the Tiers lists.
    const QString spend = page->model()->index(1, ForecastListModel::SpendColumn).data().toString();
    CHECK(spend == DisplayFormat::amount(Money::parse(spend).value_or(Money())));
    CHECK(spend.endsWith(QStringLiteral(".00")) == (Money::parse(spend)->fen() % 100 == 0));
    const QString last = page->model()->index(1, ForecastListModel::LastPurchaseColumn).data().toString();
    CHECK(last == DisplayFormat::date(QDate::fromString(last, Qt::ISODate)));

    auto *table = child<QTableView>(page, QStringLiteral("forecastTable"));
    const QModelIndex second = page->model()->index(1, ForecastListModel::NameColumn);
    const CustomerId chosen = page->model()->customerAt(1);
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // As a hand does it: the first click selects, the second makes it a double-click.
    const QPoint where = table->visualRect(second).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, where);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, where);
    CHECK(window.counterPage()->isVisible());
    CHECK(window.counterPage()->shownCustomer() == chosen);

    window.showPage(page);
    page->setCurrentList(PredictionList::Lapsed);
    REQUIRE(settled(page));
    const std::vector<CustomerId> ids
        = readValue(s.predictions().listIds(PredictionList::Lapsed, s.temp.clock().today()));
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("lapsed.csv"));
    QSignalSpy finished(page, &PredictionPage::exportFinished);
    page->exportTo(fileName, {ExportColumn::CustomerId, ExportColumn::Name});
    REQUIRE(finished.wait(20000));
    CHECK(finished.first().first().toBool());
    QFile file(fileName);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == static_cast<int>(ids.size()) + 1);
    // In the list's order: highest spend first, as on the page.
    CHECK(lines.at(1).section(u',', 0, 0).toLongLong() == ids.front());
    CHECK(lines.last().section(u',', 0, 0).toLongLong() == ids.back());
}

TEST_CASE("A clerk does not see the Forecasts page", "[gui][forecast]")
{
    ForecastShop &s = shop();
    s.asManager();
    MainWindow window(s.store());
    window.show();
    auto *navigation = child<QListWidget>(&window, QStringLiteral("navigationList"));
    const int forecastsRow = 5;
    REQUIRE(navigation->item(forecastsRow)->text() == QStringLiteral("Forecasts"));
    CHECK_FALSE(navigation->item(forecastsRow)->isHidden());
    window.showPage(window.forecastsPage());
    s.asClerk();
    CHECK(navigation->item(forecastsRow)->isHidden());
    CHECK(navigation->currentRow() == 0);
    // The rate of the customer value is the manager's to change, like the other store settings.
    CHECK_FALSE(child<QSpinBox>(&window, QStringLiteral("discountRateSpinBox"))->isEnabled());
}

TEST_CASE("The card shows the forecast in words to the clerk, and nothing without one", "[gui][forecast]")
{
    ForecastShop &s = shop();
    const QDate today = s.temp.clock().today();
    s.asManager(); // the lists are the manager's; the card is everyone's
    const CustomerId regular = readValue(s.predictions().listIds(PredictionList::Lapsed, today)).at(0);
    s.asClerk();
    MainWindow window(s.store());
    window.show();
    const std::optional<CustomerPrediction> forecast = readValue(s.predictions().forecastFor(regular));
    REQUIRE(forecast);
    window.counterPage()->showCustomer(regular);
    auto *card = child<CardForecastWidget>(&window, QStringLiteral("cardForecastWidget"));
    REQUIRE(card);
    CHECK(card->isVisible());
    CHECK(card->text() == ForecastWording::lines(*forecast, today).join(u'\n'));
    CHECK(card->text().startsWith(QStringLiteral("Probably lapsed: ")));

    const SaveResult saved
        = s.store().customers().registerCustomer(QStringLiteral("周新客"), QStringLiteral("13000000019"));
    REQUIRE(saved.ok());
    window.counterPage()->showCustomer(*saved.id);
    CHECK_FALSE(card->isVisible());
    CHECK(card->text().isEmpty());
}

TEST_CASE("The manager sets the discount rate of the customer value in the store settings", "[gui][forecast]")
{
    TempStore temp;
    SettingsPage page(temp.store());
    page.show();
    auto *rate = child<QSpinBox>(&page, QStringLiteral("discountRateSpinBox"));
    REQUIRE(rate);
    CHECK(rate->value() == 10);
    rate->setValue(25);
    QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("saveButton")), Qt::LeftButton);
    CHECK(temp.store().settings().annualDiscountRate() == Approx(0.25));
}

TEST_CASE("Before any forecast the page says how they come", "[gui][forecast]")
{
    TempStore temp;
    PredictionPage page(temp.store());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(settled(&page));
    CHECK(child<QLabel>(&page, QStringLiteral("fitLabel"))->text()
        == QStringLiteral("No forecasts yet: the nightly run makes them once customers have bought twice."));
    CHECK(page.model()->rowCount() == 0);
    CHECK(child<QLabel>(&page, QStringLiteral("countLabel"))->text()
        == QStringLiteral("Nobody is on this list today."));
    CHECK_FALSE(child<QPushButton>(&page, QStringLiteral("exportButton"))->isEnabled());
}

TEST_CASE("Forecasts that cannot be read are said to be unreadable, not absent", "[gui][forecast]")
{
    TempStore temp;
    const SaveResult ann
        = temp.store().customers().registerCustomer(QStringLiteral("王安"), QStringLiteral("13700000001"));
    REQUIRE(ann.ok());
    dropTable(temp.store(), QStringLiteral("customer_predictions"));
    dropTable(temp.store(), QStringLiteral("prediction_fits"));

    PredictionPage page(temp.store());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(settled(&page));
    const QString fit = child<QLabel>(&page, QStringLiteral("fitLabel"))->text();
    CHECK(fit.startsWith(QStringLiteral("The forecasts could not be read.")));
    const QString count = child<QLabel>(&page, QStringLiteral("countLabel"))->text();
    CHECK(count != QStringLiteral("Nobody is on this list today."));
    CHECK_FALSE(count.isEmpty());
    CHECK_FALSE(child<QPushButton>(&page, QStringLiteral("exportButton"))->isEnabled());

    // At the counter the clerk is told the forecast is unknown, not shown a card without one.
    CardForecastWidget card(temp.store());
    card.setCustomer(*ann.id, false);
    CHECK(card.text().startsWith(QStringLiteral("The forecast could not be read.")));
}

TEST_CASE("Store settings that cannot be saved say so, and the page does not say Saved", "[gui][settings]")
{
    TempStore temp;
    SettingsPage page(temp.store());
    page.show();
    dropTable(temp.store(), QStringLiteral("settings"));
    // Unreadable settings are their defaults (logged), so the store keeps working.
    CHECK(temp.store().settings().returnWindowDays() == StoreSettings::defaultReturnWindowDays);
    CHECK_FALSE(temp.store().settings().setReturnWindowDays(30).ok());
    QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("saveButton")), Qt::LeftButton);
    const QString message = child<QLabel>(&page, QStringLiteral("messageLabel"))->text();
    CHECK_FALSE(message.isEmpty());
    CHECK(message != QStringLiteral("Saved."));
}
