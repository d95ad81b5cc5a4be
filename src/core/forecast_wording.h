#pragma once

#include "core/money.h"
#include "core/prediction.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace atelier {

// A customer's forecast in plain words, for the clerk reading the card with the customer in front
// of her: calm sentences, no model names, rounded numbers. Also the one-line rule of each manager's
// list, with the thresholds of PredictionThresholds.
class ForecastWording
{
    Q_DECLARE_TR_FUNCTIONS(ForecastWording)
public:
    // The card's lines, in the order read: when she may come back (or that she is due), how likely
    // she is still a customer when that is in doubt, and what she may spend in the next 12 months.
    // A customer who bought on one day only gets one line: too early to say.
    static QStringList lines(const CustomerPrediction &prediction, const QDate &today);

    // "Likely to return within ~3 weeks" or "Due since 2 June (usually every 35 days)"; empty when
    // her rhythm is not known (fewer than three purchase days) or she is probably not coming back.
    static QString rhythm(const CustomerPrediction &prediction, const QDate &today);
    // The chance she is still a customer, said only when it is in doubt or when nothing else is said.
    static QString chance(const CustomerPrediction &prediction, bool saidRhythm);
    // "Expected to spend about ¥1,240 in the next 12 months"; empty when the model expects nothing.
    static QString value(const CustomerPrediction &prediction);

    // "¥1,240": rounded to 10 yuan (1 yuan under ¥100), in whole yuan like a threshold.
    static QString roughAmount(Money amount);
    // "within ~5 days", "within ~3 weeks", "within ~2 months".
    static QString within(int days);
    // 0.237 → "24%"; never says 0% or 100% of a chance the model only estimates.
    static QString percent(double probability);

    // Who is on a manager's list, in one sentence.
    static QString explain(PredictionList list);
    static QString title(PredictionList list);
};

} // namespace atelier
