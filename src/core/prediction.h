#pragma once

#include "core/bg_nbd.h"
#include "core/customer.h"
#include "core/customer_forecast.h"
#include "core/gamma_gamma.h"
#include "core/money.h"
#include "core/purchase_history.h"

#include <QDate>
#include <QDateTime>

#include <cmath>
#include <optional>

namespace atelier {

// A fit of both models on the store's history, as kept in prediction_fits. Only fits that succeeded
// are kept; the newest is the one customers are scored with.
struct PredictionFit
{
    qint64 id = 0;
    QDateTime fittedAt;
    QDate asOf;
    TimeUnit unit = TimeUnit::Week;
    int customers = 0;
    BgNbdParameters purchases;
    double logLikelihood = 0;
    int spendCustomers = 0; // repeat buyers the spend model used
    GammaGammaParameters spend;
    double spendLogLikelihood = 0;
    qint64 nightlyRun = 0; // 0: fitted outside a nightly run
};

// One customer's forecast. The nightly run stores what changes only when she buys or the store
// refits: her purchase days, x and t_x, P(alive) to the percent (as the lists show and filter it), her
// next purchases' value, her usual interval. Its age T, the days since her last purchase and the
// expectations move with every day: they are computed as of the forecasts' day where they are read
// (PredictionService), so that a night rewrites only the rows that changed.
struct CustomerPrediction
{
    CustomerId customer = 0;
    qint64 fit = 0;
    QDate asOf; // the day of the forecasts (the last nightly run's)
    RepeatSummary repeat; // in the fit's unit
    QDate firstPurchase;
    QDate lastPurchase;
    int daysSincePurchase = 0;
    CustomerForecastResult forecast;
    std::optional<int> medianIntervalDays;
};

// P(alive) as stored and listed: to the percent, as the lists show it.
inline double storedProbabilityAlive(double probability)
{
    return std::round(probability * 100) / 100;
}

// The manager's lists. Each is a question a manager asks, with a fixed answer (docs/prediction.md):
// - ValuableAtRisk: among the top fifth of customers by spend, those with a chance of still being a
//   customer from atRiskBelow down to lapsedBelow: worth a call before they go;
// - LikelyThisWeek: her usual interval says her next purchase falls in the coming seven days (or
//   fell in the last three), and she is probably still a customer;
// - Lapsed: probably gone (below lapsedBelow): a win-back list.
enum class PredictionList
{
    ValuableAtRisk,
    LikelyThisWeek,
    Lapsed,
};

// When the nightly run fits the purchase models again instead of scoring with the stored fit
// (docs/prediction.md): a store's buying habits move slowly, and a fit costs more than the rest of the
// prediction step. Scoring happens every night either way.
struct RefitRule
{
    static constexpr int everyDays = 7; // a fit a week old is fitted again
    static constexpr double buyersGrowth = 0.05; // ...or sooner, when 5 % more customers have bought

    // Whether tonight fits again, given the stored fit (none: never fitted, or in another unit).
    static bool due(const std::optional<PredictionFit> &last, const QDate &asOf, int buyers)
    {
        if (!last)
            return true;
        const qint64 age = last->asOf.daysTo(asOf);
        return age < 0 || age >= everyDays || buyers > last->customers * (1 + buyersGrowth);
    }
};

struct PredictionThresholds
{
    static constexpr double atRiskBelow = 0.6;
    static constexpr double lapsedBelow = 0.2;
    static constexpr double likelyFrom = 0.5;
    static constexpr double valuableTopShare = 0.2;
    static constexpr int weekAhead = 6; // today + 6 days: the coming seven days
    static constexpr int overdueDays = 3;
};

// A row of a manager's list: who, and why they are on it.
struct PredictedCustomer
{
    CustomerId customer = 0;
    QString name;
    QString phone;
    Money spend; // net spend to date (the last nightly run's)
    QDate lastPurchase;
    qint64 fit = 0;
    RepeatSummary repeat; // with T as of the forecasts' day
    QDate firstPurchase;
    Money expectedAverageValue;
    double probabilityAlive = 1;
    double expectedPurchases90Days = 0;
    Money expectedValue12Months;
    QDate nextPurchase;
};

// P(alive) against recency for the store: the customers whose last purchase lies in one band of days
// and their mean chance of still being a customer.
struct AliveByRecency
{
    int fromDays = 0; // days since the last purchase, from (inclusive) …
    int toDays = 0; // … to (exclusive)
    int customers = 0;
    double meanProbabilityAlive = 0;
};

} // namespace atelier
