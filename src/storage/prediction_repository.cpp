#include "storage/prediction_repository.h"

#include "core/stored_time.h"
#include "storage/raw_statement.h"
#include "storage/sql.h"

#include <QSqlQuery>

#include <limits>

namespace atelier {

namespace {

const QString fitColumns = QStringLiteral("id, fitted_at, as_of, unit, customers, r, alpha, a, b, "
                                          "log_likelihood, spend_customers, spend_p, spend_q, "
                                          "spend_gamma, spend_log_likelihood, nightly_run_id");

const QString forecastColumns = QStringLiteral(
    "customer_id, fit_id, as_of, repeat_purchases, t_x, age, days_since_purchase, p_alive, expected_90d, "
    "expected_value_fen, average_value_fen, median_interval_days, next_purchase");

// Who is on a list, and in which order: the WHERE and ORDER BY that follow the list's FROM
// (customer_predictions p LEFT JOIN customer_scores s), with their values. The spend floor of
// ValuableAtRisk is the spend of the customer at the edge of the top fifth.
struct ListCondition
{
    QString clause;
    QVariantList values;
};

ListCondition listCondition(PredictionList which, const QDate &today)
{
    switch (which) {
    case PredictionList::ValuableAtRisk:
        return {QStringLiteral("p.p_alive < ? AND p.p_alive >= ? AND s.spend_fen > 0 AND s.spend_fen >= "
                               "(SELECT spend_fen FROM customer_scores ORDER BY spend_fen DESC LIMIT 1 "
                               " OFFSET (SELECT CAST(COUNT(*) * ? AS INTEGER) FROM customer_scores)) "
                               "ORDER BY s.spend_fen DESC, p.customer_id"),
            {PredictionThresholds::atRiskBelow, PredictionThresholds::lapsedBelow,
                PredictionThresholds::valuableTopShare}};
    case PredictionList::LikelyThisWeek:
        return {QStringLiteral("p.p_alive >= ? AND p.next_purchase >= ? AND p.next_purchase <= ? "
                               "ORDER BY p.next_purchase, p.p_alive DESC, p.customer_id"),
            {PredictionThresholds::likelyFrom,
                toStoredText(today.addDays(-PredictionThresholds::overdueDays)),
                toStoredText(today.addDays(PredictionThresholds::weekAhead))}};
    case PredictionList::Lapsed:
        return {QStringLiteral("p.p_alive < ? ORDER BY s.spend_fen DESC, p.customer_id"),
            {PredictionThresholds::lapsedBelow}};
    }
    return {};
}

QSqlQuery runList(const QSqlDatabase &db, const QString &select, PredictionList which, const QDate &today,
    std::optional<int> limit)
{
    ListCondition condition = listCondition(which, today);
    if (limit)
        condition.values << *limit;
    return sql::run(db,
        select
            + QStringLiteral(" FROM customer_predictions p JOIN customers c ON c.id = p.customer_id "
                             "LEFT JOIN customer_scores s ON s.customer_id = p.customer_id WHERE ")
            + condition.clause + (limit ? QStringLiteral(" LIMIT ?") : QString()),
        condition.values);
}

} // namespace

PredictionRepository::PredictionRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

PredictionRepository::~PredictionRepository() = default;

std::optional<PredictionFit> PredictionRepository::latestFit()
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT ") + fitColumns
            + QStringLiteral(" FROM prediction_fits ORDER BY id DESC LIMIT 1"));
    if (!query.next())
        return std::nullopt;
    PredictionFit fit;
    fit.id = query.value(0).toLongLong();
    fit.fittedAt = timeFromStoredText(query.value(1).toString());
    fit.asOf = dateFromStoredText(query.value(2).toString());
    fit.unit = timeUnitFromCode(query.value(3).toString()).value_or(TimeUnit::Week);
    fit.customers = query.value(4).toInt();
    fit.purchases = {query.value(5).toDouble(), query.value(6).toDouble(), query.value(7).toDouble(),
        query.value(8).toDouble()};
    fit.logLikelihood = query.value(9).toDouble();
    fit.spendCustomers = query.value(10).toInt();
    fit.spend = {query.value(11).toDouble(), query.value(12).toDouble(), query.value(13).toDouble()};
    fit.spendLogLikelihood = query.value(14).toDouble();
    fit.nightlyRun = query.value(15).toLongLong();
    return fit;
}

qint64 PredictionRepository::addFit(const PredictionFit &fit)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("INSERT INTO prediction_fits (") + fitColumns.section(u',', 1).trimmed()
            + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {toStoredText(fit.fittedAt), toStoredText(fit.asOf), toCode(fit.unit), fit.customers, fit.purchases.r,
            fit.purchases.alpha, fit.purchases.a, fit.purchases.b, fit.logLikelihood, fit.spendCustomers,
            fit.spend.p, fit.spend.q, fit.spend.gamma, fit.spendLogLikelihood,
            fit.nightlyRun > 0 ? QVariant(fit.nightlyRun) : QVariant()});
    return query.lastInsertId().toLongLong();
}

void PredictionRepository::clearForecasts()
{
    sql::execute(m_db, QStringLiteral("DELETE FROM customer_predictions"));
}

void PredictionRepository::write(const CustomerPrediction &p)
{
    if (!m_write)
        m_write = std::make_unique<RawStatement>(m_db,
            QStringLiteral("INSERT OR REPLACE INTO customer_predictions (") + forecastColumns
                + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_write->bind(1, p.customer);
    m_write->bind(2, p.fit);
    m_write->bind(3, toStoredText(p.asOf));
    m_write->bind(4, qint64(p.repeat.x));
    m_write->bindReal(5, p.repeat.tx);
    m_write->bindReal(6, p.repeat.T);
    m_write->bind(7, qint64(p.daysSincePurchase));
    m_write->bindReal(8, p.forecast.probabilityAlive);
    m_write->bindReal(9, p.forecast.expectedPurchases90Days);
    m_write->bind(10, qint64(p.forecast.expectedValue12Months.fen()));
    m_write->bind(11, qint64(p.forecast.expectedAverageValue.fen()));
    if (p.medianIntervalDays)
        m_write->bind(12, qint64(*p.medianIntervalDays));
    else
        m_write->bindNull(12);
    m_write->bind(13, sql::optionalDate(p.forecast.nextPurchase));
    m_write->exec();
}

std::optional<CustomerPrediction> PredictionRepository::find(CustomerId customer)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT ") + forecastColumns
            + QStringLiteral(" FROM customer_predictions WHERE customer_id = ?"),
        {customer});
    if (!query.next())
        return std::nullopt;
    CustomerPrediction p;
    p.customer = query.value(0).toLongLong();
    p.fit = query.value(1).toLongLong();
    p.asOf = dateFromStoredText(query.value(2).toString());
    p.repeat = {query.value(3).toDouble(), query.value(4).toDouble(), query.value(5).toDouble()};
    p.daysSincePurchase = query.value(6).toInt();
    p.forecast.probabilityAlive = query.value(7).toDouble();
    p.forecast.expectedPurchases90Days = query.value(8).toDouble();
    p.forecast.expectedValue12Months = Money::fromFen(query.value(9).toLongLong());
    p.forecast.expectedAverageValue = Money::fromFen(query.value(10).toLongLong());
    if (!query.value(11).isNull())
        p.medianIntervalDays = query.value(11).toInt();
    p.forecast.nextPurchase = dateFromStoredText(query.value(12).toString());
    return p;
}

int PredictionRepository::forecastCount()
{
    return sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM customer_predictions")).toInt();
}

std::vector<PredictedCustomer> PredictionRepository::list(PredictionList which, const QDate &today, int limit)
{
    QSqlQuery query = runList(m_db,
        QStringLiteral("SELECT p.customer_id, c.name, c.phone, COALESCE(s.spend_fen, 0), s.last_purchase, "
                       "p.p_alive, p.expected_90d, p.expected_value_fen, p.next_purchase"),
        which, today, limit);
    std::vector<PredictedCustomer> rows;
    while (query.next()) {
        PredictedCustomer row;
        row.customer = query.value(0).toLongLong();
        row.name = query.value(1).toString();
        row.phone = query.value(2).toString();
        row.spend = Money::fromFen(query.value(3).toLongLong());
        row.lastPurchase = dateFromStoredText(query.value(4).toString());
        row.probabilityAlive = query.value(5).toDouble();
        row.expectedPurchases90Days = query.value(6).toDouble();
        row.expectedValue12Months = Money::fromFen(query.value(7).toLongLong());
        row.nextPurchase = dateFromStoredText(query.value(8).toString());
        rows.push_back(row);
    }
    return rows;
}

std::vector<CustomerId> PredictionRepository::listIds(PredictionList which, const QDate &today)
{
    QSqlQuery query = runList(m_db, QStringLiteral("SELECT p.customer_id"), which, today, std::nullopt);
    std::vector<CustomerId> ids;
    while (query.next())
        ids.push_back(query.value(0).toLongLong());
    return ids;
}

std::vector<AliveByRecency> PredictionRepository::aliveByRecency(int bandDays, int maxDays)
{
    const int lastBand = maxDays / bandDays;
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT MIN(days_since_purchase / ?, ?) AS band, COUNT(*), AVG(p_alive) "
                       "FROM customer_predictions WHERE repeat_purchases > 0 GROUP BY band ORDER BY band"),
        {bandDays, lastBand});
    std::vector<AliveByRecency> bands;
    while (query.next()) {
        const int band = query.value(0).toInt();
        AliveByRecency row;
        row.fromDays = band * bandDays;
        row.toDays = band == lastBand ? std::numeric_limits<int>::max() : (band + 1) * bandDays;
        row.customers = query.value(1).toInt();
        row.meanProbabilityAlive = query.value(2).toDouble();
        bands.push_back(row);
    }
    return bands;
}

} // namespace atelier
