#pragma once

#include "core/prediction.h"

#include <QSqlDatabase>

#include <memory>
#include <optional>
#include <vector>

namespace atelier {

class BatchWrite;

// prediction_fits and customer_predictions: the models' fits that succeeded, and each buying
// customer's latest forecast with the lists and the chart the manager reads from them.
class PredictionRepository
{
public:
    explicit PredictionRepository(QSqlDatabase db);
    ~PredictionRepository();

    std::optional<PredictionFit> latestFit();
    std::optional<PredictionFit> fit(qint64 id);
    qint64 addFit(const PredictionFit &fit);

    // The nightly run's forecasts as of `asOf`: writes the rows that differ from the stored ones in
    // what a row keeps (core/prediction.h), removes those of customers not in `tonight`, and sets the
    // forecasts' day. Returns the number of rows written.
    int replaceForecasts(const std::vector<CustomerPrediction> &tonight, const QDate &asOf);
    void clearForecasts(); // and the forecasts' day
    // The day of the stored forecasts (invalid: none yet).
    QDate forecastDay();
    // What the row keeps, with asOf the forecasts' day; the day's figures are left to the caller.
    std::optional<CustomerPrediction> find(CustomerId customer);
    int forecastCount();

    // A manager's list (core/prediction.h says who is on which), at most `limit` rows. `today`
    // places "this week".
    std::vector<PredictedCustomer> list(PredictionList which, const QDate &today, int limit);
    // Every forecast's customer id of a list, in the list's order: what an export writes.
    std::vector<CustomerId> listIds(PredictionList which, const QDate &today);

    // Mean P(alive) of the repeat buyers per band of `bandDays` days since the last purchase, up to
    // `maxDays`; older customers are in the last band. One-time buyers are left out: the model
    // cannot tell whether they have gone (drop-out happens only after a repeat purchase), so their
    // P(alive) is 1 whatever their recency.
    std::vector<AliveByRecency> aliveByRecency(int bandDays, int maxDays);

private:
    static void bindRow(BatchWrite &write, const CustomerPrediction &prediction);
    std::optional<PredictionFit> readFit(const QString &which, const QVariantList &values);

    QSqlDatabase m_db;
};

} // namespace atelier
