#include "core/forecast_wording.h"

#include "core/display_format.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace atelier {

namespace {

int wholePercent(double probability)
{
    return static_cast<int>(std::lround(probability * 100));
}

} // namespace

QStringList ForecastWording::lines(const CustomerPrediction &prediction, const QDate &today)
{
    if (prediction.repeat.x <= 0)
        return {tr("Bought once: too early to say")};
    QStringList result;
    const QString when = rhythm(prediction, today);
    if (!when.isEmpty())
        result << when;
    const QString likely = chance(prediction, !when.isEmpty());
    if (!likely.isEmpty())
        result << likely;
    const QString spend = value(prediction);
    if (!spend.isEmpty())
        result << spend;
    return result;
}

QString ForecastWording::rhythm(const CustomerPrediction &prediction, const QDate &today)
{
    const QDate next = prediction.forecast.nextPurchase;
    if (!next.isValid() || prediction.forecast.probabilityAlive < PredictionThresholds::likelyFrom)
        return {};
    const int ahead = today.daysTo(next);
    if (ahead > 0)
        return tr("Likely to return %1").arg(within(ahead));
    // Her usual day has come: said as a date, so the clerk can mention it lightly.
    const QString since
        = ahead == 0 ? tr("Due about today") : tr("Due since %1").arg(DisplayFormat::dayInSentence(next));
    if (!prediction.medianIntervalDays)
        return since;
    // Written out without "(s)" plurals: the card is read aloud-ish, and the intervals are never 1 day in
    // practice (a purchase day is a day).
    const int interval = *prediction.medianIntervalDays;
    return interval == 1 ? tr("%1 (usually every day)").arg(since)
                         : tr("%1 (usually every %2 days)").arg(since).arg(interval);
}

QString ForecastWording::chance(const CustomerPrediction &prediction, bool saidRhythm)
{
    const double alive = prediction.forecast.probabilityAlive;
    const QString share = percent(alive);
    if (alive < PredictionThresholds::lapsedBelow)
        return tr("Probably lapsed: %1 chance she is still a customer").arg(share);
    if (alive < PredictionThresholds::atRiskBelow)
        return tr("At risk: %1 chance she is still a customer").arg(share);
    if (saidRhythm)
        return {};
    return tr("Probably still a customer (%1 chance)").arg(share);
}

QString ForecastWording::value(const CustomerPrediction &prediction)
{
    const Money expected = prediction.forecast.expectedValue12Months;
    if (expected.fen() < 100)
        return {};
    return tr("Expected to spend about %1 in the next 12 months").arg(roughAmount(expected));
}

QString ForecastWording::roughAmount(Money amount)
{
    // A forecast is not a bill: fen and single yuan would only pretend to be precise.
    const std::int64_t yuan = std::llround(static_cast<double>(amount.fen()) / 100.0);
    const std::int64_t step = std::abs(yuan) < 100 ? 1 : 10;
    const std::int64_t rounded = std::llround(static_cast<double>(yuan) / static_cast<double>(step)) * step;
    return DisplayFormat::threshold(Money::fromYuan(rounded));
}

QString ForecastWording::within(int days)
{
    days = std::max(days, 1);
    // Weeks start at 2 and months at 2: only "a day" needs a singular.
    if (days == 1)
        return tr("within a day");
    if (days < 14)
        return tr("within ~%1 days").arg(days);
    if (days < 60)
        return tr("within ~%1 weeks").arg(std::lround(days / 7.0));
    return tr("within ~%1 months").arg(std::lround(days / (365.25 / 12)));
}

QString ForecastWording::percent(double probability)
{
    const int whole = std::clamp(wholePercent(probability), 1, 99);
    return tr("%1%").arg(whole);
}

QString ForecastWording::title(PredictionList list)
{
    switch (list) {
    case PredictionList::ValuableAtRisk:
        return tr("Valuable customers at risk");
    case PredictionList::LikelyThisWeek:
        return tr("Likely to buy this week");
    case PredictionList::Lapsed:
        return tr("Lapsed");
    }
    return {};
}

QString ForecastWording::explain(PredictionList list)
{
    switch (list) {
    case PredictionList::ValuableAtRisk:
        return tr("The top %1 of customers by spend whose chance of still being a customer has dropped "
                  "below %2 (but not below %3): worth a call before they drift away. Highest spend first.")
            .arg(tr("%1%").arg(wholePercent(PredictionThresholds::valuableTopShare)),
                tr("%1%").arg(wholePercent(PredictionThresholds::atRiskBelow)),
                tr("%1%").arg(wholePercent(PredictionThresholds::lapsedBelow)));
    case PredictionList::LikelyThisWeek:
        return tr("Customers whose usual interval between purchases brings them back in the coming %1 "
                  "days (or brought them in the last %2 days), with at least a %3 chance of still being "
                  "a customer. Soonest first.")
            .arg(PredictionThresholds::weekAhead + 1)
            .arg(PredictionThresholds::overdueDays)
            .arg(tr("%1%").arg(wholePercent(PredictionThresholds::likelyFrom)));
    case PredictionList::Lapsed:
        return tr("Customers with less than a %1 chance of still being a customer: probably gone, a "
                  "win-back list. Highest spend first.")
            .arg(tr("%1%").arg(wholePercent(PredictionThresholds::lapsedBelow)));
    }
    return {};
}

} // namespace atelier
