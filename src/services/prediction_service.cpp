#include "services/prediction_service.h"

#include "core/clock.h"
#include "services/access.h"
#include "services/store_settings.h"
#include "services/try_read.h"
#include "storage/database.h"
#include "storage/prediction_repository.h"
#include "storage/purchase_history_query.h"
#include "storage/storage_error.h"

#include <QElapsedTimer>

#include <spdlog/spdlog.h>

namespace atelier {

namespace {

constexpr int chartBandDays = 30;
constexpr int chartMaxDays = 720;

} // namespace

PredictionService::PredictionService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

StoreFit PredictionService::fitHistory(const QDate &asOf, TimeUnit unit)
{
    StoreFit result = fitSummaries(summaries(asOf, unit), unit);
    result.fit.asOf = asOf;
    result.fit.fittedAt = m_clock.now();
    return result;
}

ReadResult<StoreFit> PredictionService::fitStore(const QDate &asOf, TimeUnit unit)
{
    return tryRead<StoreFit>("prediction sales", [&] { return fitHistory(asOf, unit); });
}

StoreFit PredictionService::fitSummaries(StoreSummaries customers, TimeUnit unit)
{
    std::vector<RepeatSummary> repeat;
    std::vector<SpendSummary> spend;
    repeat.reserve(customers.size());
    spend.reserve(customers.size());
    for (const auto &[customer, summary] : customers) {
        repeat.push_back(summary.repeat);
        spend.push_back(summary.spend);
    }
    StoreFit result;
    result.customers = std::move(customers);
    result.fit.unit = unit;
    result.fit.customers = int(repeat.size());
    const BgNbdFit purchases = BgNbd::fit(repeat);
    result.fit.purchases = purchases.parameters;
    result.fit.logLikelihood = purchases.logLikelihood;
    result.purchasesProblem = purchases.problem;
    const GammaGammaFit values = GammaGamma::fit(spend);
    result.fit.spend = values.parameters;
    result.fit.spendLogLikelihood = values.logLikelihood;
    result.fit.spendCustomers = values.customers;
    result.spendProblem = values.problem;
    return result;
}

std::vector<CustomerPrediction> PredictionService::forecast(
    const PredictionFit &fit, const StoreSummaries &customers, const QDate &asOf, double annualDiscountRate)
{
    CustomerForecast model({fit.unit, fit.purchases, fit.spend, annualDiscountRate});
    std::vector<CustomerPrediction> result;
    result.reserve(customers.size());
    for (const auto &[customer, summary] : customers) {
        CustomerPrediction prediction;
        prediction.customer = customer;
        prediction.fit = fit.id;
        prediction.asOf = asOf;
        prediction.repeat = summary.repeat;
        prediction.daysSincePurchase = summary.daysSinceLastPurchase;
        prediction.forecast = model.forecast(summary);
        prediction.medianIntervalDays = summary.cycle.medianIntervalDays;
        result.push_back(prediction);
    }
    if (model.unscorable() > 0)
        spdlog::warn("prediction: {} expectations were not numbers and count as 0", model.unscorable());
    return result;
}

ForecastRefresh PredictionService::refresh(const QDate &asOf, qint64 nightlyRun)
{
    return refresh(asOf, nightlyRun, summaries(asOf, nightlyUnit));
}

ForecastRefresh PredictionService::refresh(const QDate &asOf, qint64 nightlyRun, const StoreSales &sales)
{
    StoreSummaries customers;
    customers.reserve(sales.size());
    for (const CustomerSales &each : sales) {
        if (!each.purchases.empty())
            customers.emplace_back(
                each.activity.customer, summarizePurchases(each.purchases, asOf, nightlyUnit));
    }
    return refresh(asOf, nightlyRun, std::move(customers));
}

StoreSummaries PredictionService::summaries(const QDate &asOf, TimeUnit unit)
{
    StoreSummaries customers;
    PurchaseHistoryQuery(asOf).run(
        m_db.connection(), [&](CustomerId customer, const std::vector<PurchaseDay> &purchases) {
            customers.emplace_back(customer, summarizePurchases(purchases, asOf, unit));
        });
    return customers;
}

ForecastRefresh PredictionService::refresh(const QDate &asOf, qint64 nightlyRun, StoreSummaries customers)
{
    ForecastRefresh refresh;
    QElapsedTimer timer;
    timer.start();
    PredictionRepository store(m_db.connection());
    refresh.buyers = int(customers.size());
    std::optional<PredictionFit> last = store.latestFit();
    if (last && last->unit != nightlyUnit)
        last.reset(); // its parameters are in another unit than tonight's summaries
    if (!RefitRule::due(last, asOf, refresh.buyers)) {
        // The usual night: the habits of the store have not moved enough to pay for a fit.
        refresh.scoredWith = last;
        refresh.refitSkipped = true;
        spdlog::info("prediction: scoring with the fit of {} (refitted weekly)",
            last->asOf.toString(Qt::ISODate).toStdString());
    } else {
        StoreFit tonight = fitSummaries(customers, nightlyUnit);
        tonight.fit.asOf = asOf;
        tonight.fit.fittedAt = m_clock.now();
        const PredictionFit &f = tonight.fit;
        spdlog::info("prediction: fit as of {} on {} customers: r {:.4g}, alpha {:.4g}, a {:.4g}, b {:.4g}; "
                     "spend on {}: p {:.4g}, q {:.4g}, gamma {:.4g}",
            asOf.toString(Qt::ISODate).toStdString(), f.customers, f.purchases.r, f.purchases.alpha,
            f.purchases.a, f.purchases.b, f.spendCustomers, f.spend.p, f.spend.q, f.spend.gamma);
        if (tonight.ok()) {
            tonight.fit.nightlyRun = nightlyRun;
            tonight.fit.id = store.addFit(tonight.fit);
            refresh.refitted = true;
            refresh.scoredWith = tonight.fit;
        } else {
            refresh.problem = tonight.problem();
            refresh.scoredWith = last;
            // The reason is a sentence about the data as a whole; it names nobody.
            spdlog::warn("prediction: tonight's fit not used ({}); scoring with {}",
                tonight.problem().toStdString(),
                last ? "the fit of " + last->asOf.toString(Qt::ISODate).toStdString()
                     : std::string("nothing: no fit has succeeded yet"));
        }
    }
    refresh.fitMs = timer.restart();
    if (refresh.scoredWith) {
        const double discount = StoreSettings(m_db).annualDiscountRate();
        const std::vector<CustomerPrediction> tonight
            = forecast(*refresh.scoredWith, customers, asOf, discount);
        const qint64 scoring = timer.restart();
        // Every forecast moves with the day (its age and P(alive) do): replaced as a whole, which on
        // SQLite is cheaper than updating 100 000 rows and their P(alive) index in place.
        store.clearForecasts();
        for (const CustomerPrediction &prediction : tonight)
            store.write(prediction);
        spdlog::info("prediction: scored in {} ms, written in {} ms", scoring, timer.elapsed());
        refresh.customers = int(customers.size());
    } else {
        store.clearForecasts();
    }
    refresh.scoreMs = timer.elapsed();
    spdlog::info("prediction: {} customers, fit {} ms ({}), scoring {} ms", refresh.customers, refresh.fitMs,
        refresh.refitted ? "new" : "kept", refresh.scoreMs);
    return refresh;
}

ReadResult<std::optional<CustomerPrediction>> PredictionService::forecastFor(CustomerId customer)
{
    return tryRead<std::optional<CustomerPrediction>>(
        "customer forecast", [&] { return PredictionRepository(m_db.connection()).find(customer); });
}

ReadResult<std::optional<PredictionFit>> PredictionService::latestFit()
{
    return tryRead<std::optional<PredictionFit>>(
        "prediction fit", [&] { return PredictionRepository(m_db.connection()).latestFit(); });
}

ForecastList PredictionService::list(PredictionList which, const QDate &today, int limit)
{
    ForecastList result;
    result.error = Access::refusal(m_db, Permission::SeeForecastLists);
    if (!result.error.isEmpty())
        return result;
    try {
        result.rows = PredictionRepository(m_db.connection()).list(which, today, limit);
    } catch (const StorageError &error) {
        spdlog::error("forecast list could not be read: {}", error.detail().toStdString());
        result.error = readFailureText(error);
    }
    return result;
}

ReadResult<std::vector<CustomerId>> PredictionService::listIds(PredictionList which, const QDate &today)
{
    if (const QString refusal = Access::refusal(m_db, Permission::SeeForecastLists); !refusal.isEmpty())
        return {std::nullopt, refusal};
    return tryRead<std::vector<CustomerId>>(
        "forecast list", [&] { return PredictionRepository(m_db.connection()).listIds(which, today); });
}

ReadResult<std::vector<AliveByRecency>> PredictionService::aliveByRecency()
{
    if (const QString refusal = Access::refusal(m_db, Permission::SeeForecastLists); !refusal.isEmpty())
        return {std::nullopt, refusal};
    return tryRead<std::vector<AliveByRecency>>("forecast chart",
        [&] { return PredictionRepository(m_db.connection()).aliveByRecency(chartBandDays, chartMaxDays); });
}

} // namespace atelier
