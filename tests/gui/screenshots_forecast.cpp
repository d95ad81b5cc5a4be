#include "screenshots_forecast.h"

#include "core/prediction.h"
#include "gui/counter/counter_page.h"
#include "gui/main_window.h"
#include "gui/prediction/prediction_page.h"
#include "services/demo_store.h"
#include "services/nightly_job.h"
#include "services/prediction_service.h"
#include "services/store.h"
#include "support/temp_store.h"

#include <QDir>
#include <QTest>

#include <cstdio>
#include <memory>

namespace atelier::testing {

namespace {

const QDate lastSalesDay(2026, 6, 14); // TempStore's today is 15 June

void save(QWidget *widget, const QString &folder, const QString &name)
{
    QTest::qWait(150);
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        std::fprintf(stderr, "could not save %s\n", qPrintable(path));
}

} // namespace

TempStore *forecastStore()
{
    static std::unique_ptr<TempStore> made;
    if (made)
        return made.get();
    made = std::make_unique<TempStore>();
    DemoStoreGenerator::Options options;
    options.customers = 1500;
    options.years = 2;
    options.seed = 7;
    options.endDate = lastSalesDay;
    if (!DemoStoreGenerator::generate(made->store().database(), options).ok())
        return nullptr;
    NightlyJob job(made->store().database(), made->clock());
    job.setBackupAfterRun(false);
    if (job.run(lastSalesDay, NightlyRun::StartedBy::Manual).result != NightlyRun::Result::Ok)
        return nullptr;
    return made.get();
}

void shootForecast(const QString &folder, const QString &suffix)
{
    TempStore *temp = forecastStore();
    if (!temp) {
        std::fprintf(stderr, "the forecast demo store could not be made\n");
        return;
    }
    Store &store = temp->store();
    MainWindow window(store);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "forecast window not exposed\n");
    window.showPage(window.forecastsPage());
    window.forecastsPage()->setCurrentList(PredictionList::ValuableAtRisk);
    if (!QTest::qWaitFor([&window] { return !window.forecastsPage()->isReading(); }, 20000))
        std::fprintf(stderr, "the forecast lists were not read in time\n");
    save(&window, folder, QStringLiteral("forecasts_") + suffix);

    // A regular who is due: the card says when she usually comes and what she may spend.
    const std::vector<CustomerId> likely = PredictionService(store.database(), temp->clock())
                                               .listIds(PredictionList::LikelyThisWeek, temp->clock().today())
                                               .value.value_or(std::vector<CustomerId>{});
    if (likely.empty())
        return;
    window.showPage(window.counterPage());
    window.counterPage()->showCustomer(likely.front());
    save(&window, folder, QStringLiteral("card_forecast_") + suffix);
}

} // namespace atelier::testing
