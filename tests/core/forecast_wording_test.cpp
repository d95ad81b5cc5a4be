#include "core/forecast_wording.h"

#include <QLocale>

#include <catch2/catch.hpp>

using namespace atelier;

namespace {

const QDate today(2026, 6, 15);

// A repeat buyer with a usual interval of 35 days, last seen `daysAgo` days ago.
CustomerPrediction regular(double alive, int daysAgo, Money value = Money::fromYuan(1238))
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CustomerPrediction p;
    p.customer = 7;
    p.asOf = today.addDays(-1);
    p.repeat = {4, 30, 40};
    p.daysSincePurchase = daysAgo;
    p.medianIntervalDays = 35;
    p.forecast.probabilityAlive = alive;
    p.forecast.expectedPurchases90Days = 1.4;
    p.forecast.expectedValue12Months = value;
    p.forecast.nextPurchase = today.addDays(-daysAgo + 35);
    return p;
}

} // namespace

TEST_CASE("A regular whose usual day is ahead is likely to return within that time")
{
    const CustomerPrediction p = regular(0.9, 14); // next purchase in 21 days
    CHECK(ForecastWording::lines(p, today)
        == QStringList{QStringLiteral("Likely to return within ~3 weeks"),
            QStringLiteral("Expected to spend about ¥1,240 in the next 12 months")});
}

TEST_CASE("Soon is said in days, later in weeks, much later in months")
{
    CHECK(ForecastWording::within(1) == QStringLiteral("within a day"));
    CHECK(ForecastWording::within(5) == QStringLiteral("within ~5 days"));
    CHECK(ForecastWording::within(20) == QStringLiteral("within ~3 weeks"));
    CHECK(ForecastWording::within(75) == QStringLiteral("within ~2 months"));
}

TEST_CASE("A regular past her usual day is due since that day, with her usual interval")
{
    const CustomerPrediction p = regular(0.8, 48); // due 13 days ago: 2 June
    CHECK(ForecastWording::rhythm(p, today) == QStringLiteral("Due since 2 June (usually every 35 days)"));
    CHECK(ForecastWording::lines(p, today).size() == 2); // no chance line: not in doubt
    CHECK(ForecastWording::rhythm(regular(0.8, 35), today)
        == QStringLiteral("Due about today (usually every 35 days)"));
}

TEST_CASE("Without a usual interval a likely customer's chance is said instead")
{
    CustomerPrediction p = regular(0.87, 14);
    p.forecast.nextPurchase = QDate();
    p.medianIntervalDays.reset();
    CHECK(
        ForecastWording::lines(p, today).first() == QStringLiteral("Probably still a customer (87% chance)"));
}

TEST_CASE("Below the at-risk threshold the chance is said calmly, with the rhythm when she is still likely")
{
    const CustomerPrediction p = regular(0.2, 14);
    CHECK(ForecastWording::lines(p, today).first()
        == QStringLiteral("At risk: 20% chance she is still a customer"));
    // Between likelyFrom and atRiskBelow both are true: she may come, and she may have gone.
    const QStringList both = ForecastWording::lines(regular(0.55, 14), today);
    CHECK(both.at(0) == QStringLiteral("Likely to return within ~3 weeks"));
    CHECK(both.at(1) == QStringLiteral("At risk: 55% chance she is still a customer"));
}

TEST_CASE("Below the lapsed threshold she is probably lapsed and no return is promised")
{
    const CustomerPrediction p = regular(0.08, 200, Money::fromFen(4560));
    const QStringList words = ForecastWording::lines(p, today);
    CHECK(words.first() == QStringLiteral("Probably lapsed: 8% chance she is still a customer"));
    CHECK(words.last() == QStringLiteral("Expected to spend about ¥46 in the next 12 months"));
    CHECK(ForecastWording::rhythm(p, today).isEmpty());
}

TEST_CASE("A customer who bought on one day only is too early to say")
{
    CustomerPrediction p = regular(1.0, 3);
    p.repeat = {0, 0, 3};
    p.medianIntervalDays.reset();
    p.forecast.nextPurchase = QDate();
    CHECK(ForecastWording::lines(p, today) == QStringList{QStringLiteral("Bought once: too early to say")});
}

TEST_CASE("Amounts are rounded and chances never say 0% or 100%")
{
    CHECK(ForecastWording::roughAmount(Money::fromFen(123'849)) == QStringLiteral("¥1,240"));
    CHECK(ForecastWording::roughAmount(Money::fromFen(4'449)) == QStringLiteral("¥44"));
    CHECK(ForecastWording::percent(0.001) == QStringLiteral("1%"));
    CHECK(ForecastWording::percent(0.9999) == QStringLiteral("99%"));
    CHECK(ForecastWording::value(regular(0.9, 14, Money::fromFen(40))).isEmpty());
}

TEST_CASE("Each list is explained with its thresholds")
{
    CHECK(ForecastWording::explain(PredictionList::ValuableAtRisk).contains(QStringLiteral("below 60%")));
    CHECK(ForecastWording::explain(PredictionList::ValuableAtRisk).contains(QStringLiteral("top 20%")));
    CHECK(ForecastWording::explain(PredictionList::LikelyThisWeek).contains(QStringLiteral("coming 7 days")));
    CHECK(ForecastWording::explain(PredictionList::LikelyThisWeek).contains(QStringLiteral("last 3 days")));
    CHECK(ForecastWording::explain(PredictionList::Lapsed).contains(QStringLiteral("less than a 20%")));
}
