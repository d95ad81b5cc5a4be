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

#include <map>

#include <spdlog/spdlog.h>

namespace atelier {

namespace {

constexpr int chartBandDays = 30;
constexpr int chartMaxDays = 720;

// What moves with the day, computed as of the forecasts' day from what a stored row keeps
// (core/prediction.h): her age T, P(alive) and the expectations. One model per fit, so that a list's
// rows share the remembered terms.
class DayFigures
{
public:
    // `asOf`: the forecasts' day (a found row carries it; a list asks the store once).
    DayFigures(PredictionRepository &store, double annualDiscountRate, const QDate &asOf)
        : m_store(store)
        , m_discount(annualDiscountRate)
        , m_asOf(asOf)
    {
    }

    // The expectations with the exact P(alive); `forecast` keeps the stored one, to the percent, which
    // is what the lists are drawn by and show. False when the row's fit is not stored (fits are only
    // ever added, so not expected).
    bool fill(qint64 fit, RepeatSummary &repeat, const QDate &firstPurchase, CustomerForecastResult &forecast)
    {
        auto found = m_models.find(fit);
        if (found == m_models.end()) {
            std::optional<Model> model;
            if (const std::optional<PredictionFit> stored = m_store.fit(fit))
                model.emplace(Model{stored->unit,
                    CustomerForecast({stored->unit, stored->purchases, stored->spend, m_discount})});
            found = m_models.emplace(fit, std::move(model)).first;
        }
        if (!found->second || !m_asOf.isValid())
            return false;
        repeat.T = double(firstPurchase.daysTo(m_asOf)) / daysPer(found->second->unit);
        const double stored = forecast.probabilityAlive;
        forecast
            = found->second->forecast.forecast(repeat, forecast.expectedAverageValue, forecast.nextPurchase);
        forecast.probabilityAlive = stored;
        return true;
    }

    void fill(CustomerPrediction &p)
    {
        p.asOf = m_asOf;
        p.daysSincePurchase = int(p.lastPurchase.daysTo(m_asOf));
        fill(p.fit, p.repeat, p.firstPurchase, p.forecast);
    }

private:
    struct Model
    {
        TimeUnit unit;
        CustomerForecast forecast;
    };
    PredictionRepository &m_store;
    double m_discount;
    QDate m_asOf;
    std::map<qint64, std::optional<Model>> m_models;
};

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
    StoreFit result = fitModels(customers, unit);
    result.customers = std::move(customers);
    return result;
}

StoreFit PredictionService::fitModels(const StoreSummaries &customers, TimeUnit unit)
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
        prediction.firstPurchase = summary.firstPurchase;
        prediction.lastPurchase = summary.lastPurchase;
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
    return finishForecasts(startForecasts(asOf, summaries(asOf, nightlyUnit)), nightlyRun);
}

ForecastWork PredictionService::startForecasts(const QDate &asOf, const StoreSales &sales)
{
    StoreSummaries customers;
    customers.reserve(sales.size());
    for (const CustomerSales &each : sales) {
        if (!each.purchases.empty())
            customers.emplace_back(
                each.activity.customer, summarizePurchases(each.purchases, asOf, nightlyUnit));
    }
    return startForecasts(asOf, std::move(customers));
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

ForecastWork PredictionService::startForecasts(const QDate &asOf, StoreSummaries customers)
{
    ForecastWork work;
    work.asOf = asOf;
    work.customers = std::make_shared<const StoreSummaries>(std::move(customers));
    work.last = PredictionRepository(m_db.connection()).latestFit();
    if (work.last && work.last->unit != nightlyUnit)
        work.last.reset(); // its parameters are in another unit than tonight's summaries
    if (RefitRule::due(work.last, asOf, int(work.customers->size())))
        // Arithmetic on the summaries only: it may run while the caller writes to the database.
        work.fit = std::async(
            std::launch::async, [customers = work.customers] { return fitModels(*customers, nightlyUnit); });
    return work;
}

ForecastRefresh PredictionService::finishForecasts(ForecastWork work, qint64 nightlyRun)
{
    ForecastRefresh refresh;
    QElapsedTimer timer;
    timer.start();
    PredictionRepository store(m_db.connection());
    const QDate asOf = work.asOf;
    const StoreSummaries &customers = *work.customers;
    refresh.buyers = int(customers.size());
    const std::optional<PredictionFit> &last = work.last;
    if (!work.fit.valid()) {
        // The usual night: the habits of the store have not moved enough to pay for a fit.
        refresh.scoredWith = last;
        refresh.refitSkipped = true;
        spdlog::info("prediction: scoring with the fit of {} (refitted weekly)",
            last->asOf.toString(Qt::ISODate).toStdString());
    } else {
        StoreFit tonight = work.fit.get();
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
        // Rows keep only what changes when a customer buys or the store refits: on a night that keeps
        // the fit, the few who bought and those whose P(alive) moved by a percent are written.
        refresh.written = store.replaceForecasts(tonight, asOf);
        spdlog::info("prediction: scored in {} ms, {} rows written in {} ms", scoring, refresh.written,
            timer.elapsed());
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
    return tryRead<std::optional<CustomerPrediction>>("customer forecast", [&] {
        PredictionRepository store(m_db.connection());
        std::optional<CustomerPrediction> prediction = store.find(customer);
        if (prediction)
            DayFigures(store, StoreSettings(m_db).annualDiscountRate(), prediction->asOf).fill(*prediction);
        return prediction;
    });
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
        PredictionRepository store(m_db.connection());
        result.rows = store.list(which, today, limit);
        DayFigures day(store, StoreSettings(m_db).annualDiscountRate(), store.forecastDay());
        for (PredictedCustomer &row : result.rows) {
            CustomerForecastResult figures;
            figures.probabilityAlive = row.probabilityAlive;
            figures.expectedAverageValue = row.expectedAverageValue;
            figures.nextPurchase = row.nextPurchase;
            if (!day.fill(row.fit, row.repeat, row.firstPurchase, figures))
                continue; // the expectations read 0
            row.expectedPurchases90Days = figures.expectedPurchases90Days;
            row.expectedValue12Months = figures.expectedValue12Months;
        }
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
