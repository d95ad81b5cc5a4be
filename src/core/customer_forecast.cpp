#include "core/customer_forecast.h"

#include <cmath>

namespace atelier {

CustomerForecast::CustomerForecast(const PredictionModel &model)
    : m_model(model)
{
    const double daysPerMonth = 365.25 / 12;
    m_horizons.push_back(soonDays / daysPer(model.unit));
    for (int month = 1; month <= horizonMonths; ++month) {
        m_horizons.push_back(month * daysPerMonth / daysPer(model.unit));
        m_discounts.push_back(std::pow(1 + model.annualDiscountRate, -month / 12.0));
    }
}

const CustomerForecast::WhileAlive &CustomerForecast::whileAlive(const RepeatSummary &customer)
{
    const auto key = std::make_pair(customer.x, customer.T);
    const auto found = m_byXAndT.find(key);
    if (found != m_byXAndT.end())
        return found->second;
    // One call for the 90 days and the twelve month ends: they share the series' terms.
    const std::vector<double> upTo
        = BgNbd::expectedPurchasesWhileAlive(m_model.purchases, customer, m_horizons);
    WhileAlive terms;
    terms.soon = upTo.front();
    double before = 0;
    for (std::size_t month = 0; month < m_discounts.size(); ++month) {
        terms.discountedPurchases += (upTo[month + 1] - before) * m_discounts[month];
        before = upTo[month + 1];
    }
    return m_byXAndT.emplace(key, terms).first->second;
}

CustomerForecastResult CustomerForecast::forecast(const PurchaseHistorySummary &customer)
{
    CustomerForecastResult result;
    result.probabilityAlive = BgNbd::probabilityAlive(m_model.purchases, customer.repeat);
    const WhileAlive &terms = whileAlive(customer.repeat);
    result.expectedPurchases90Days = result.probabilityAlive * terms.soon;
    const double averageFen = GammaGamma::expectedAverageValue(m_model.spend, customer.spend);
    result.expectedAverageValue = Money::fromFen(std::llround(averageFen));
    result.expectedValue12Months
        = Money::fromFen(std::llround(averageFen * result.probabilityAlive * terms.discountedPurchases));
    result.nextPurchase = customer.cycle.expectedNext;
    return result;
}

CustomerForecastResult CustomerForecast::forecast(
    const RepeatSummary &repeat, Money averageValue, const QDate &nextPurchase)
{
    CustomerForecastResult result;
    result.probabilityAlive = BgNbd::probabilityAlive(m_model.purchases, repeat);
    const WhileAlive &terms = whileAlive(repeat);
    result.expectedPurchases90Days = result.probabilityAlive * terms.soon;
    result.expectedAverageValue = averageValue;
    result.expectedValue12Months = Money::fromFen(std::llround(
        static_cast<double>(averageValue.fen()) * result.probabilityAlive * terms.discountedPurchases));
    result.nextPurchase = nextPurchase;
    return result;
}

} // namespace atelier
