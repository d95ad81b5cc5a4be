#include "storage/prediction_repository.h"

#include "core/stored_time.h"
#include "storage/batch_write.h"
#include "storage/inserted_id.h"
#include "storage/raw_statement.h"
#include "storage/sql.h"

#include <QSqlQuery>

#include <cmath>
#include <limits>
#include <unordered_map>

namespace atelier {

namespace {

const QString fitColumns = QStringLiteral("id, fitted_at, as_of, unit, customers, r, alpha, a, b, "
                                          "log_likelihood, spend_customers, spend_p, spend_q, "
                                          "spend_gamma, spend_log_likelihood, nightly_run_id");

const QString forecastColumns
    = QStringLiteral("customer_id, fit_id, repeat_purchases, t_x, first_purchase_day, last_purchase_day, "
                     "p_alive, average_value_fen, median_interval_days, next_purchase");

// QSqlQuery with the accessor names RawStatement has, so one reader serves both.
struct QueryRow
{
    const QSqlQuery &query;
    bool isNull(int column) const { return query.value(column).isNull(); }
    qint64 integer(int column) const { return query.value(column).toLongLong(); }
    double real(int column) const { return query.value(column).toDouble(); }
    QString text(int column) const { return query.value(column).toString(); }
};

// A row of forecastColumns from `first` on. The day's figures (T, the days since the last purchase,
// the expectations) are not stored: PredictionService computes them as of the forecasts' day.
template <typename Row> CustomerPrediction forecastFrom(const Row &row, int first = 0)
{
    CustomerPrediction p;
    p.customer = row.integer(first);
    p.fit = row.integer(first + 1);
    p.repeat.x = double(row.integer(first + 2));
    p.repeat.tx = row.real(first + 3);
    p.firstPurchase = QDate::fromJulianDay(row.integer(first + 4));
    p.lastPurchase = QDate::fromJulianDay(row.integer(first + 5));
    p.forecast.probabilityAlive = row.real(first + 6);
    p.forecast.expectedAverageValue = Money::fromFen(row.integer(first + 7));
    if (!row.isNull(first + 8))
        p.medianIntervalDays = int(row.integer(first + 8));
    p.forecast.nextPurchase = dateFromStoredText(row.text(first + 9));
    return p;
}

// Equal in everything a forecast row keeps: a night writes only the rows where this is false.
bool storedAlike(const CustomerPrediction &a, const CustomerPrediction &b)
{
    return a.fit == b.fit && a.repeat.x == b.repeat.x && a.repeat.tx == b.repeat.tx
        && a.firstPurchase == b.firstPurchase && a.lastPurchase == b.lastPurchase
        && storedProbabilityAlive(a.forecast.probabilityAlive)
        == storedProbabilityAlive(b.forecast.probabilityAlive)
        && a.forecast.expectedAverageValue == b.forecast.expectedAverageValue
        && a.medianIntervalDays == b.medianIntervalDays && a.forecast.nextPurchase == b.forecast.nextPurchase;
}

// Who is on a list, and in which order: the WHERE and ORDER BY that follow the list's FROM
// (customer_predictions p LEFT JOIN customer_scores s), with their values. The spend floor of
// ValuableAtRisk is the spend of the customer at the edge of the top fifth.
struct ListCondition
{
    QString clause;
    QVariantList values;
};

ListCondition listCondition(const QSqlDatabase &db, PredictionList which, const QDate &today)
{
    switch (which) {
    case PredictionList::ValuableAtRisk: {
        // The edge's place is counted here: a fraction cast to an integer in SQL is truncated by SQLite
        // and rounded by PostgreSQL.
        const qint64 scored
            = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM customer_scores")).toLongLong();
        return {QStringLiteral("p.p_alive < ? AND p.p_alive >= ? AND s.spend_fen > 0 AND s.spend_fen >= "
                               "(SELECT spend_fen FROM customer_scores ORDER BY spend_fen DESC LIMIT 1 "
                               " OFFSET ?) ORDER BY s.spend_fen DESC NULLS LAST, p.customer_id"),
            {PredictionThresholds::atRiskBelow, PredictionThresholds::lapsedBelow,
                qlonglong(double(scored) * PredictionThresholds::valuableTopShare)}};
    }
    case PredictionList::LikelyThisWeek:
        return {QStringLiteral("p.p_alive >= ? AND p.next_purchase >= ? AND p.next_purchase <= ? "
                               "ORDER BY p.next_purchase, p.p_alive DESC, p.customer_id"),
            {PredictionThresholds::likelyFrom,
                toStoredText(today.addDays(-PredictionThresholds::overdueDays)),
                toStoredText(today.addDays(PredictionThresholds::weekAhead))}};
    case PredictionList::Lapsed:
        // Customers not scored yet last, as SQLite sorts NULL by default (PostgreSQL first).
        return {QStringLiteral("p.p_alive < ? ORDER BY s.spend_fen DESC NULLS LAST, p.customer_id"),
            {PredictionThresholds::lapsedBelow}};
    }
    return {};
}

QSqlQuery runList(const QSqlDatabase &db, const QString &select, PredictionList which, const QDate &today,
    std::optional<int> limit)
{
    ListCondition condition = listCondition(db, which, today);
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
    return readFit(QStringLiteral("ORDER BY id DESC LIMIT 1"), {});
}

std::optional<PredictionFit> PredictionRepository::fit(qint64 id)
{
    return readFit(QStringLiteral("WHERE id = ?"), {id});
}

std::optional<PredictionFit> PredictionRepository::readFit(const QString &which, const QVariantList &values)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT ") + fitColumns + QStringLiteral(" FROM prediction_fits ") + which, values);
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
            + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {toStoredText(fit.fittedAt), toStoredText(fit.asOf), toCode(fit.unit), fit.customers, fit.purchases.r,
            fit.purchases.alpha, fit.purchases.a, fit.purchases.b, fit.logLikelihood, fit.spendCustomers,
            fit.spend.p, fit.spend.q, fit.spend.gamma, fit.spendLogLikelihood,
            fit.nightlyRun > 0 ? QVariant(fit.nightlyRun) : QVariant()});
    return sql::insertedId(query);
}

void PredictionRepository::clearForecasts()
{
    sql::execute(m_db, QStringLiteral("DELETE FROM customer_predictions"));
    sql::execute(m_db, QStringLiteral("DELETE FROM forecast_day"));
}

int PredictionRepository::replaceForecasts(const std::vector<CustomerPrediction> &tonight, const QDate &asOf)
{
    std::unordered_map<CustomerId, CustomerPrediction> stored;
    {
        RawStatement query(
            m_db, QStringLiteral("SELECT ") + forecastColumns + QStringLiteral(" FROM customer_predictions"));
        while (query.next())
            stored.emplace(query.integer(0), forecastFrom(query));
    }
    // Written together: on a server one set-based statement each (BatchWrite), not one a customer.
    BatchWrite write(m_db, QStringLiteral("customer_predictions"), forecastColumns, BatchWrite::Kind::Upsert);
    int written = 0;
    for (const CustomerPrediction &prediction : tonight) {
        const auto found = stored.find(prediction.customer);
        if (found == stored.end() || !storedAlike(found->second, prediction)) {
            bindRow(write, prediction);
            write.add();
            ++written;
        }
        if (found != stored.end())
            stored.erase(found);
    }
    write.flush();
    // Left over: customers with no purchase as of tonight any more (refunded in full, or erased).
    BatchWrite remove(m_db, QStringLiteral("customer_predictions"), QStringLiteral("customer_id"),
        BatchWrite::Kind::Delete);
    for (const auto &[customer, prediction] : stored) {
        remove.bind(1, customer);
        remove.add();
    }
    remove.flush();
    sql::execute(m_db, QStringLiteral("DELETE FROM forecast_day"));
    sql::run(
        m_db, QStringLiteral("INSERT INTO forecast_day (id, as_of) VALUES (1, ?)"), {toStoredText(asOf)});
    return written;
}

QDate PredictionRepository::forecastDay()
{
    return dateFromStoredText(
        sql::scalar(m_db, QStringLiteral("SELECT as_of FROM forecast_day WHERE id = 1")).toString());
}

void PredictionRepository::bindRow(BatchWrite &write, const CustomerPrediction &p)
{
    write.bind(1, p.customer);
    write.bind(2, p.fit);
    write.bind(3, qint64(std::llround(p.repeat.x)));
    write.bindReal(4, p.repeat.tx);
    write.bind(5, p.firstPurchase.toJulianDay());
    write.bind(6, p.lastPurchase.toJulianDay());
    write.bindReal(7, storedProbabilityAlive(p.forecast.probabilityAlive));
    write.bind(8, qint64(p.forecast.expectedAverageValue.fen()));
    if (p.medianIntervalDays)
        write.bind(9, qint64(*p.medianIntervalDays));
    else
        write.bindNull(9);
    if (p.forecast.nextPurchase.isValid())
        write.bindUtf8(10, toStoredText(p.forecast.nextPurchase));
    else
        write.bindNull(10);
}

std::optional<CustomerPrediction> PredictionRepository::find(CustomerId customer)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT ") + forecastColumns
            + QStringLiteral(", (SELECT as_of FROM forecast_day WHERE id = 1) FROM customer_predictions "
                             "WHERE customer_id = ?"),
        {customer});
    if (!query.next())
        return std::nullopt;
    CustomerPrediction p = forecastFrom(QueryRow{query});
    p.asOf = dateFromStoredText(query.value(10).toString());
    return p;
}

int PredictionRepository::forecastCount()
{
    return sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM customer_predictions")).toInt();
}

std::vector<PredictedCustomer> PredictionRepository::list(PredictionList which, const QDate &today, int limit)
{
    QSqlQuery query = runList(m_db,
        QStringLiteral("SELECT c.name, c.phone, COALESCE(s.spend_fen, 0), s.last_purchase, p.")
            + QString(forecastColumns).replace(QStringLiteral(", "), QStringLiteral(", p.")),
        which, today, limit);
    std::vector<PredictedCustomer> rows;
    while (query.next()) {
        const CustomerPrediction p = forecastFrom(QueryRow{query}, 4);
        PredictedCustomer row;
        row.customer = p.customer;
        row.name = query.value(0).toString();
        row.phone = query.value(1).toString();
        row.spend = Money::fromFen(query.value(2).toLongLong());
        row.lastPurchase = dateFromStoredText(query.value(3).toString());
        row.fit = p.fit;
        row.repeat = p.repeat;
        row.firstPurchase = p.firstPurchase;
        row.expectedAverageValue = p.forecast.expectedAverageValue;
        row.probabilityAlive = p.forecast.probabilityAlive;
        row.nextPurchase = p.forecast.nextPurchase;
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
    const QDate day = forecastDay();
    if (!day.isValid())
        return {};
    // The last band takes everyone beyond it (CASE: SQLite has no LEAST, PostgreSQL no scalar MIN).
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT CASE WHEN d < ? THEN d ELSE ? END AS band, COUNT(*), AVG(p_alive) "
                       "FROM (SELECT (? - last_purchase_day) / ? AS d, p_alive FROM customer_predictions "
                       "WHERE repeat_purchases > 0) AS r GROUP BY band ORDER BY band"),
        {lastBand, lastBand, day.toJulianDay(), bandDays});
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
