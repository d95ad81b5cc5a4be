#pragma once

#include "core/bg_nbd.h"
#include "core/gamma_gamma.h"
#include "core/money.h"
#include "core/purchase_history.h"

#include <QDate>

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace atelier {

// The fitted models a forecast uses, and the rate that discounts next year's money.
struct PredictionModel
{
    TimeUnit unit = TimeUnit::Week;
    BgNbdParameters purchases;
    GammaGammaParameters spend;
    double annualDiscountRate = defaultAnnualDiscountRate;

    static constexpr double defaultAnnualDiscountRate = 0.10;
};

// What the models say about one customer, as of a day.
struct CustomerForecastResult
{
    double probabilityAlive = 1; // still a customer (has not silently stopped coming)
    double expectedPurchases90Days = 0; // purchase days expected in the next 90 days
    Money expectedAverageValue; // of her next purchases (Gamma-Gamma)
    Money expectedValue12Months; // discounted value of her purchases in the next 12 months
    QDate nextPurchase; // her usual interval after the last purchase; invalid under three purchase days
};

// Scores customers with fitted models. The expected value of the next 12 months is
//   E[M | x, z̄] · Σ_{m=1..12} (E[X(m months)] − E[X(m−1 months)]) / (1 + d)^(m/12)
// with E[X(t)] the BG/NBD expectation (equation 10), E[M] the Gamma-Gamma expected purchase value
// and d the annual discount rate: each month's expected purchases are valued at the end of that
// month. A month is 365.25 / 12 days.
//
// E[X(t)] is P(alive) times a term that depends only on x and T, and many customers share x and T
// (everyone who bought once on the same day), so that term is remembered per (x, T): scoring a
// 100 000-customer store evaluates ₂F₁ a few hundred thousand times instead of 1.3 million.
class CustomerForecast
{
public:
    explicit CustomerForecast(const PredictionModel &model);

    CustomerForecastResult forecast(const PurchaseHistorySummary &customer);
    // The same from what a stored forecast keeps: her x, t_x and T, the expected value of her next
    // purchases and her next expected day.
    CustomerForecastResult forecast(
        const RepeatSummary &repeat, Money averageValue, const QDate &nextPurchase);
    // Expectations that came out as no number and were taken as 0 (none with a sensible fit).
    int unscorable() const { return m_unscorable; }

    static constexpr int horizonMonths = 12;
    static constexpr int soonDays = 90;

private:
    struct WhileAlive
    {
        double soon = 0; // 90 days
        double discountedPurchases = 0; // the 12 monthly increments, discounted
    };
    const WhileAlive &whileAlive(const RepeatSummary &customer);

    PredictionModel m_model;
    std::vector<double> m_horizons; // 90 days, then the twelve month ends, in the model's unit
    std::vector<double> m_discounts;
    std::map<std::pair<double, double>, WhileAlive> m_byXAndT;
    int m_unscorable = 0;
};

} // namespace atelier
