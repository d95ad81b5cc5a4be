#pragma once

#include "core/customer_sales.h"
#include "core/prediction.h"
#include "core/read_result.h"

#include <QCoreApplication>
#include <QString>

#include <future>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace atelier {

class Clock;
class Database;

// Each buying customer's history summarised for the models, in customer id order.
using StoreSummaries = std::vector<std::pair<CustomerId, PurchaseHistorySummary>>;

// Both models fitted on the store's history: the fit (not stored) or why there is none.
struct StoreFit
{
    PredictionFit fit;
    QString purchasesProblem; // empty: BG/NBD fitted; otherwise why not, in words
    QString spendProblem; // empty: Gamma-Gamma fitted (tried either way)
    StoreSummaries customers;
    bool ok() const { return purchasesProblem.isEmpty() && spendProblem.isEmpty(); }
    QString problem() const { return purchasesProblem.isEmpty() ? spendProblem : purchasesProblem; }
};

// What a nightly refresh did.
struct ForecastRefresh
{
    bool refitted = false; // tonight's fit succeeded and was stored
    bool refitSkipped = false; // RefitRule: the stored fit was recent enough to score with
    QString problem; // why tonight's fit was not used, in words (the last good fit scored instead)
    std::optional<PredictionFit> scoredWith; // none: no fit has ever succeeded; nothing was scored
    int buyers = 0; // customers with a purchase as of the day
    int customers = 0; // scored (0 without a fit)
    int written = 0; // forecast rows written: those that changed (core/prediction.h)
    qint64 fitMs = 0;
    qint64 scoreMs = 0;
};

// A night's forecasting between its two halves (PredictionService::startForecasts): the customers'
// summaries, the fit in use so far, and tonight's fit when RefitRule asked for one, computing on
// another core while the night writes its scores, tiers and points.
struct ForecastWork
{
    QDate asOf;
    std::shared_ptr<const StoreSummaries> customers;
    std::optional<PredictionFit> last; // the stored fit, if it is in tonight's unit
    std::future<StoreFit> fit; // valid only when tonight refits
};

// A manager's list, or why it cannot be shown.
struct ForecastList
{
    std::vector<PredictedCustomer> rows;
    QString error;
};

// Prediction for the store (docs/prediction.md): fits the BG/NBD and Gamma-Gamma models on the
// sales, scores every buying customer, and answers the card, the manager's lists and atelier-cli.
class PredictionService
{
    Q_DECLARE_TR_FUNCTIONS(PredictionService)
public:
    PredictionService(Database &db, const Clock &clock);

    // The unit the nightly run fits in.
    static constexpr TimeUnit nightlyUnit = TimeUnit::Week;

    // Reads the history as of the end of `asOf` and fits both models; writes nothing. When the sales
    // cannot be read nothing is fitted and the result says why, in words (the log has the detail).
    ReadResult<StoreFit> fitStore(const QDate &asOf, TimeUnit unit);
    // Both models on summaries given as they are (atelier-cli predict --summary).
    static StoreFit fitSummaries(StoreSummaries customers, TimeUnit unit);
    // The same without keeping the summaries in the result.
    static StoreFit fitModels(const StoreSummaries &customers, TimeUnit unit);
    // Forecasts with a fit; writes nothing.
    static std::vector<CustomerPrediction> forecast(const PredictionFit &fit, const StoreSummaries &customers,
        const QDate &asOf, double annualDiscountRate);

    // The nightly step, inside the caller's transaction: fits as of `asOf`; if the fit fails, keeps
    // the last good one (and says why in `problem`, logged without personal data); scores every
    // buying customer with the fit in use and replaces the stored forecasts. Throws StorageError.
    // Tonight's fit is made only when RefitRule says it pays; otherwise the stored one scores.
    ForecastRefresh refresh(const QDate &asOf, qint64 nightlyRun);
    // The same in two halves, from the night's one reading of the sales (NightlyJob): the first reads
    // the stored fit and, when a refit is due, starts it on another thread (the fit reads no database);
    // the second waits for it, stores it, scores and writes, inside the caller's transaction.
    ForecastWork startForecasts(const QDate &asOf, const StoreSales &sales);
    ForecastRefresh finishForecasts(ForecastWork work, qint64 nightlyRun);

    // The card's forecast (any role: the clerk serving her sees it too).
    ReadResult<std::optional<CustomerPrediction>> forecastFor(CustomerId customer);
    ReadResult<std::optional<PredictionFit>> latestFit();

    // The manager's lists and chart (Permission::SeeForecastLists).
    ForecastList list(PredictionList which, const QDate &today, int limit);
    ReadResult<std::vector<CustomerId>> listIds(PredictionList which, const QDate &today);
    ReadResult<std::vector<AliveByRecency>> aliveByRecency();

private:
    StoreSummaries summaries(const QDate &asOf, TimeUnit unit);
    ForecastWork startForecasts(const QDate &asOf, StoreSummaries customers);

    // fitStore's work; throws StorageError (the nightly run's transaction wants it to).
    StoreFit fitHistory(const QDate &asOf, TimeUnit unit);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
