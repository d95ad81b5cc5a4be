#include "core/customer_forecast.h"
#include "core/prediction.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace atelier;

namespace {

// The CDNOW fits (weeks; FHL 2005 and Fader & Hardie 2013), as a store's model.
PredictionModel cdnowModel(double discount)
{
    PredictionModel model;
    model.unit = TimeUnit::Week;
    model.purchases = {0.243, 4.414, 0.793, 2.426};
    model.spend = {6.25, 3.74, 15.44};
    model.annualDiscountRate = discount;
    return model;
}

PurchaseHistorySummary summary(double x, double tx, double T, double zbar)
{
    PurchaseHistorySummary s;
    s.repeat = {x, tx, T};
    s.spend = {x, zbar};
    return s;
}

} // namespace

TEST_CASE("a forecast combines P(alive), expected purchases and expected spend", "[core][predict]")
{
    const PredictionModel model = cdnowModel(0);
    CustomerForecast forecast(model);
    const PurchaseHistorySummary customer = summary(2, 30.43, 38.86, 22.35);
    const CustomerForecastResult result = forecast.forecast(customer);

    CHECK(result.probabilityAlive == Approx(BgNbd::probabilityAlive(model.purchases, customer.repeat)));
    CHECK(result.expectedPurchases90Days
        == Approx(BgNbd::expectedPurchases(model.purchases, customer.repeat, 90 / 7.0)));
    const double average = GammaGamma::expectedAverageValue(model.spend, customer.spend);
    CHECK(result.expectedAverageValue.fen() == std::llround(average));
    // Without discounting, the 12 months' value is E[M] times the purchases expected in a year.
    const double year = BgNbd::expectedPurchases(model.purchases, customer.repeat, 365.25 / 7);
    CHECK(double(result.expectedValue12Months.fen()) == Approx(average * year).margin(1));
}

TEST_CASE("discounting lowers next year's value, month by month", "[core][predict]")
{
    const PurchaseHistorySummary customer = summary(5, 30, 38, 3000);
    const Money plain = CustomerForecast(cdnowModel(0)).forecast(customer).expectedValue12Months;
    const Money discounted = CustomerForecast(cdnowModel(0.10)).forecast(customer).expectedValue12Months;
    CHECK(discounted.fen() < plain.fen());
    // Every month's purchases lose between 0 and 10 %: the total lies between plain / 1.1 and plain.
    CHECK(double(discounted.fen()) > double(plain.fen()) / 1.1);
}

TEST_CASE("customers sharing x and T get the same terms from the remembered values", "[core][predict]")
{
    CustomerForecast forecast(cdnowModel(0.1));
    // Same x and T, different t_x: the second uses the first's remembered term.
    const PurchaseHistorySummary early = summary(3, 10, 38, 2000);
    const PurchaseHistorySummary late = summary(3, 35, 38, 2000);
    const double earlyFirst = forecast.forecast(early).expectedPurchases90Days;
    const double lateSecond = forecast.forecast(late).expectedPurchases90Days;
    CustomerForecast fresh(cdnowModel(0.1));
    CHECK(fresh.forecast(late).expectedPurchases90Days == Approx(lateSecond));
    CHECK(earlyFirst < lateSecond); // a long silence lowers P(alive)
}

TEST_CASE("a forecast for extreme customers stays finite", "[core][predict]")
{
    CustomerForecast forecast(cdnowModel(0.1));
    for (const PurchaseHistorySummary &customer :
        {summary(1000, 10, 100, 5000), summary(0, 0, 0, 0), summary(0, 0, 500, 0)}) {
        const CustomerForecastResult result = forecast.forecast(customer);
        CHECK(std::isfinite(result.probabilityAlive));
        CHECK(std::isfinite(result.expectedPurchases90Days));
        CHECK(result.expectedValue12Months.fen() >= 0);
    }
}

TEST_CASE(
    "the purchase models are fitted again weekly, or sooner when more customers bought", "[core][predict]")
{
    PredictionFit last;
    last.asOf = QDate(2026, 6, 14);
    last.customers = 1000;
    CHECK(RefitRule::due(std::nullopt, last.asOf, 1000)); // never fitted
    CHECK_FALSE(RefitRule::due(last, last.asOf, 1000)); // the same night again
    CHECK_FALSE(RefitRule::due(last, last.asOf.addDays(6), 1050)); // 5 % more is not more than 5 %
    CHECK(RefitRule::due(last, last.asOf.addDays(7), 1000)); // a week old
    CHECK(RefitRule::due(last, last.asOf.addDays(1), 1051)); // more than 5 % more buyers
    CHECK(RefitRule::due(last, last.asOf.addDays(-1), 1000)); // a run for an earlier day
}
