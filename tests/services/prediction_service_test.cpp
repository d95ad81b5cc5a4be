#include "core/session.h"
#include "core/stored_time.h"
#include "services/customer_service.h"
#include "services/demo_store.h"
#include "services/nightly_job.h"
#include "services/prediction_service.h"
#include "services/sale_service.h"
#include "services/service_settings.h"
#include "services/store_settings.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/prediction_repository.h"
#include "storage/purchase_history_query.h"
#include "storage/sql.h"
#include "support/loyalty_store.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <map>

using namespace atelier;
using atelier::testing::TempStore;

namespace {

const QDate lastSalesDay(2026, 6, 14);

struct Shop
{
    TempStore t;

    Database &db() { return t.store().database(); }

    CustomerId customer(const char *phone)
    {
        return *t.store().customers().registerCustomer(QStringLiteral("顾客"), QString::fromLatin1(phone)).id;
    }

    SaleLineId buy(CustomerId who, const QDate &day, int hour, Money price)
    {
        return testing::recordSaleAt(
            t.store(), who, QDateTime(day, QTime(hour, 0), QTimeZone(8 * 3600)), price);
    }

    void demo(int customers)
    {
        DemoStoreGenerator::Options options;
        options.customers = customers;
        options.years = 2;
        options.seed = 11;
        options.endDate = lastSalesDay;
        REQUIRE(DemoStoreGenerator::generate(db(), options).ok());
        t.clock().set(QDateTime(lastSalesDay.addDays(1), QTime(2, 0), QTimeZone(8 * 3600)));
    }

    std::map<CustomerId, std::vector<PurchaseDay>> history(const QDate &asOf)
    {
        std::map<CustomerId, std::vector<PurchaseDay>> result;
        PurchaseHistoryQuery(asOf).run(
            db().connection(), [&](CustomerId customer, const std::vector<PurchaseDay> &purchases) {
                result[customer] = purchases;
            });
        return result;
    }

    int count(const char *table)
    {
        return sql::scalar(
            db().connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
            .toInt();
    }
};

} // namespace

TEST_CASE("the purchase history counts purchases as the nightly run does", "[services][predict]")
{
    Shop shop;
    const CustomerId ann = shop.customer("13700000001");
    const CustomerId bea = shop.customer("13700000002");
    shop.buy(ann, QDate(2026, 3, 1), 11, Money::fromYuan(100));
    shop.buy(ann, QDate(2026, 3, 1), 16, Money::fromYuan(50)); // the same day again
    const SaleLineId returned = shop.buy(ann, QDate(2026, 4, 1), 12, Money::fromYuan(80));
    shop.buy(ann, QDate(2026, 5, 1), 12, Money::fromYuan(30));
    shop.buy(ann, QDate(2026, 7, 1), 12, Money::fromYuan(30)); // after the as-of day
    shop.t.clock().set(QDateTime(QDate(2026, 4, 3), QTime(12, 0), QTimeZone(8 * 3600)));
    REQUIRE(shop.t.store().sales().recordReturn(returned, 1, QStringLiteral("size")).ok());
    shop.buy(bea, QDate(2026, 6, 1), 12, Money::fromYuan(60));

    const auto history = shop.history(QDate(2026, 6, 14));
    REQUIRE(history.size() == 2);
    // Ann: two sales on 1 March, the 1 April sale refunded whole (no purchase), 1 May; not July.
    const std::vector<PurchaseDay> &purchases = history.at(ann);
    REQUIRE(purchases.size() == 3);
    const PurchaseHistorySummary summary = summarizePurchases(purchases, QDate(2026, 6, 14), TimeUnit::Day);
    CHECK(summary.repeat.x == 1);
    CHECK(summary.repeat.tx == 61);
    CHECK(summary.repeat.T == 105);
    CHECK(summary.spend.zbar == 3000);
    CHECK(history.at(bea).size() == 1);

    // As of a day before the refund, the April sale still counts.
    CHECK(
        summarizePurchases(shop.history(QDate(2026, 4, 2)).at(ann), QDate(2026, 4, 2), TimeUnit::Day).repeat.x
        == 1);
    CHECK(shop.history(QDate(2026, 4, 2)).at(ann).size() == 3);
}

TEST_CASE("the nightly refresh fits, scores and stores every buying customer", "[services][predict]")
{
    Shop shop;
    shop.demo(1500);
    PredictionService service(shop.db(), shop.t.clock());

    const ForecastRefresh refresh = service.refresh(lastSalesDay, 0);
    REQUIRE(refresh.refitted);
    CHECK(refresh.problem.isEmpty());
    REQUIRE(refresh.scoredWith);
    CHECK(refresh.scoredWith->unit == TimeUnit::Week);
    CHECK(refresh.scoredWith->spendCustomers > 0);
    CHECK(refresh.customers == int(shop.history(lastSalesDay).size()));
    CHECK(shop.count("customer_predictions") == refresh.customers);
    CHECK(shop.count("prediction_fits") == 1);

    // Every stored forecast is a number a card can show, and agrees with the core on that customer.
    const QSqlDatabase db = shop.db().connection();
    CHECK(sql::scalar(db,
              QStringLiteral("SELECT COUNT(*) FROM customer_predictions WHERE p_alive < 0 OR p_alive > 1 "
                             "OR average_value_fen < 0 OR t_x < 0 OR first_purchase_day > last_purchase_day"))
              .toInt()
        == 0);
    const auto history = shop.history(lastSalesDay);
    const auto &[someone, purchases] = *std::next(history.begin(), 17);
    const PurchaseHistorySummary summary = summarizePurchases(purchases, lastSalesDay, TimeUnit::Week);
    const std::optional<CustomerPrediction> stored = testing::readValue(service.forecastFor(someone));
    REQUIRE(stored);
    // P(alive) is kept to the percent, as the lists show it.
    CHECK(stored->forecast.probabilityAlive
        == Approx(BgNbd::probabilityAlive(refresh.scoredWith->purchases, summary.repeat)).margin(0.005));
    CHECK(stored->asOf == lastSalesDay);
    CHECK(stored->repeat.T == summary.repeat.T);
    CHECK(stored->daysSincePurchase == summary.daysSinceLastPurchase);
    CHECK(stored->forecast.nextPurchase == summary.cycle.expectedNext);
    CHECK(stored->repeat.x == summary.repeat.x);

    // The spend model speaks fen: its store mean p γ / (q − 1) is near the repeat buyers' mean z̄
    // (a fit stuck at the edge of its range, as γ once was in fen, is far from it).
    double zbarSum = 0;
    int repeatBuyers = 0;
    for (const auto &[customer, days] : history) {
        const PurchaseHistorySummary s = summarizePurchases(days, lastSalesDay, TimeUnit::Week);
        if (s.spend.x > 0) {
            zbarSum += s.spend.zbar;
            ++repeatBuyers;
        }
    }
    const GammaGammaParameters &spend = refresh.scoredWith->spend;
    CHECK(spend.p * spend.gamma / (spend.q - 1) == Approx(zbarSum / repeatBuyers).epsilon(0.3));
}

TEST_CASE("a fit that fails keeps the last good fit and says why", "[services][predict]")
{
    Shop shop;
    shop.demo(400);
    PredictionService service(shop.db(), shop.t.clock());
    const ForecastRefresh good = service.refresh(lastSalesDay, 0);
    REQUIRE(good.refitted);

    // As of the first day of sales nobody has bought twice: the fit cannot be made.
    const QDate firstDay = dateFromStoredText(
        sql::scalar(shop.db().connection(), QStringLiteral("SELECT MIN(sold_at) FROM sales")).toString());
    const ForecastRefresh early = service.refresh(firstDay, 0);
    CHECK_FALSE(early.refitted);
    CHECK(early.problem.contains(QStringLiteral("Nobody has bought twice")));
    REQUIRE(early.scoredWith);
    CHECK(early.scoredWith->id == good.scoredWith->id);
    CHECK(testing::readValue(service.latestFit())->id == good.scoredWith->id);
    CHECK(shop.count("prediction_fits") == 1);
    CHECK(early.customers > 0);
    CHECK(shop.count("customer_predictions") == early.customers);
}

TEST_CASE("a store with no fit ever has no forecasts, and the nightly run says why", "[services][predict]")
{
    Shop shop;
    const CustomerId ann = shop.customer("13700000001");
    shop.buy(ann, QDate(2026, 6, 1), 12, Money::fromYuan(100));
    const NightlyRun run
        = NightlyJob(shop.db(), shop.t.clock()).run(lastSalesDay, NightlyRun::StartedBy::Manual);
    CHECK(run.result == NightlyRun::Result::Ok);
    CHECK(run.message.contains(QStringLiteral("No forecasts yet")));
    CHECK(shop.count("customer_predictions") == 0);
    CHECK_FALSE(testing::readValue(PredictionService(shop.db(), shop.t.clock()).forecastFor(ann)));
}

TEST_CASE("the forecasts are valued with the discount rate of the settings", "[services][predict]")
{
    Shop shop;
    shop.demo(400);
    NightlyJob job(shop.db(), shop.t.clock());
    job.setBackupAfterRun(false);
    REQUIRE(job.run(lastSalesDay, NightlyRun::StartedBy::Manual).result == NightlyRun::Result::Ok);
    PredictionService service(shop.db(), shop.t.clock());
    const auto total = [&] {
        qint64 fen = 0;
        for (const auto &[customer, purchases] : shop.history(lastSalesDay))
            fen += testing::readValue(service.forecastFor(customer))->forecast.expectedValue12Months.fen();
        return fen;
    };
    const qint64 atTen = total();
    CHECK(atTen > 0);
    // The expectations are computed where they are read: a new rate counts at once.
    REQUIRE(StoreSettings(shop.db()).setAnnualDiscountRate(0).ok());
    CHECK(total() > atTen);
    CHECK_FALSE(StoreSettings(shop.db()).setAnnualDiscountRate(0.8).ok());
    CHECK(StoreSettings(shop.db()).annualDiscountRate() == 0);
}

TEST_CASE("the manager's lists hold who the thresholds say", "[services][predict]")
{
    Shop shop;
    shop.demo(1500);
    NightlyJob job(shop.db(), shop.t.clock());
    job.setBackupAfterRun(false);
    REQUIRE(job.run(lastSalesDay, NightlyRun::StartedBy::Manual).result == NightlyRun::Result::Ok);
    PredictionService service(shop.db(), shop.t.clock());
    const QDate today = lastSalesDay.addDays(1);

    const ForecastList lapsed = service.list(PredictionList::Lapsed, today, 100000);
    REQUIRE(lapsed.error.isEmpty());
    REQUIRE_FALSE(lapsed.rows.empty());
    for (const PredictedCustomer &row : lapsed.rows)
        CHECK(row.probabilityAlive < PredictionThresholds::lapsedBelow);

    const ForecastList atRisk = service.list(PredictionList::ValuableAtRisk, today, 100000);
    CHECK_FALSE(atRisk.rows.empty());
    for (const PredictedCustomer &row : atRisk.rows) {
        CHECK(row.probabilityAlive >= PredictionThresholds::lapsedBelow);
        CHECK(row.probabilityAlive < PredictionThresholds::atRiskBelow);
    }
    for (std::size_t i = 1; i < atRisk.rows.size(); ++i)
        CHECK(atRisk.rows[i - 1].spend >= atRisk.rows[i].spend);

    const ForecastList week = service.list(PredictionList::LikelyThisWeek, today, 100000);
    CHECK_FALSE(week.rows.empty());
    for (const PredictedCustomer &row : week.rows) {
        CHECK(row.nextPurchase >= today.addDays(-PredictionThresholds::overdueDays));
        CHECK(row.nextPurchase <= today.addDays(PredictionThresholds::weekAhead));
        CHECK(row.probabilityAlive >= PredictionThresholds::likelyFrom);
    }
    CHECK(testing::readValue(service.listIds(PredictionList::LikelyThisWeek, today)).size()
        == week.rows.size());
    CHECK(service.list(PredictionList::Lapsed, today, 5).rows.size() == 5);

    // The chart: P(alive) falls with the days since the last purchase.
    const std::vector<AliveByRecency> bands = testing::readValue(service.aliveByRecency());
    REQUIRE(bands.size() > 3);
    CHECK(bands.front().fromDays == 0);
    CHECK(bands.front().meanProbabilityAlive > bands.back().meanProbabilityAlive);

    // A clerk gets none of it.
    shop.db().setRole(Role::Clerk);
    CHECK_FALSE(service.list(PredictionList::Lapsed, today, 10).error.isEmpty());
    CHECK(service.list(PredictionList::Lapsed, today, 10).rows.empty());
    CHECK(service.listIds(PredictionList::Lapsed, today).error
        == service.list(PredictionList::Lapsed, today, 10).error);
    CHECK_FALSE(service.aliveByRecency().ok());
    CHECK(testing::readValue(
        service.forecastFor(lapsed.rows.front().customer))); // the card's forecast is for everyone
}

TEST_CASE("the calendar's wake-up and the forecast's next purchase come from the same rhythm",
    "[services][predict]")
{
    Shop shop;
    shop.demo(1500);
    NightlyJob job(shop.db(), shop.t.clock());
    job.setBackupAfterRun(false);
    REQUIRE(job.run(lastSalesDay, NightlyRun::StartedBy::Manual).result == NightlyRun::Result::Ok);
    const int lead = ServiceSettings(shop.db()).rules().wakeUpLeadDays;
    QSqlQuery wakeUps = sql::run(shop.db().connection(),
        QStringLiteral(
            "SELECT f.customer_id, f.due_on, p.next_purchase, p.median_interval_days "
            "FROM follow_up_tasks f LEFT JOIN customer_predictions p ON p.customer_id = f.customer_id "
            "WHERE f.purpose = 'purchase_cycle' AND f.run_id IS NOT NULL"));
    int checked = 0;
    while (wakeUps.next()) {
        INFO("customer " << wakeUps.value(0).toLongLong());
        REQUIRE_FALSE(wakeUps.value(2).isNull());
        CHECK(dateFromStoredText(wakeUps.value(1).toString()).addDays(lead)
            == dateFromStoredText(wakeUps.value(2).toString()));
        CHECK(wakeUps.value(3).toInt() > 0);
        ++checked;
    }
    CHECK(checked > 0);
}

TEST_CASE("forecasts that cannot be read say so instead of looking absent", "[services][predict]")
{
    Shop shop;
    shop.demo(400);
    PredictionService service(shop.db(), shop.t.clock());
    REQUIRE(service.refresh(lastSalesDay, 0).refitted);
    const CustomerId someone = shop.history(lastSalesDay).begin()->first;
    REQUIRE(testing::readValue(service.forecastFor(someone)));

    sql::execute(shop.db().connection(),
        QStringLiteral("ALTER TABLE customer_predictions RENAME TO customer_predictions_gone"));
    const ReadResult<std::optional<CustomerPrediction>> card = service.forecastFor(someone);
    CHECK_FALSE(card.ok());
    CHECK_FALSE(card.error.isEmpty());
    CHECK_FALSE(service.listIds(PredictionList::Lapsed, lastSalesDay).ok());
    CHECK_FALSE(service.aliveByRecency().ok());
    const ForecastList list = service.list(PredictionList::Lapsed, lastSalesDay, 10);
    CHECK(list.rows.empty());
    CHECK_FALSE(list.error.isEmpty());

    // Coupons redeemed by the demo's sales refer to them, so the table cannot simply go: it moves away.
    sql::execute(shop.db().connection(), QStringLiteral("ALTER TABLE sales RENAME TO sales_elsewhere"));
    const ReadResult<StoreFit> fit = service.fitStore(lastSalesDay, TimeUnit::Week);
    CHECK_FALSE(fit.ok());
    CHECK_FALSE(fit.error.isEmpty());
}

TEST_CASE("a night that does not need a new fit scores with the stored one", "[services][predict]")
{
    Shop shop;
    shop.demo(400);
    PredictionService service(shop.db(), shop.t.clock());
    const ForecastRefresh first = service.refresh(lastSalesDay, 0);
    REQUIRE(first.refitted);

    const ForecastRefresh next = service.refresh(lastSalesDay.addDays(1), 0);
    CHECK_FALSE(next.refitted);
    CHECK(next.refitSkipped);
    CHECK(next.problem.isEmpty());
    REQUIRE(next.scoredWith);
    CHECK(next.scoredWith->id == first.scoredWith->id);
    CHECK(shop.count("prediction_fits") == 1);
    // Every buying customer is scored again, as of tonight.
    CHECK(next.customers == first.customers);
    CHECK(shop.count("customer_predictions") == next.customers);
    CHECK(PredictionRepository(shop.db().connection()).forecastDay() == lastSalesDay.addDays(1));
    // Only the rows that changed are written: nobody bought, so those whose P(alive) moved a percent.
    CHECK(first.written == first.customers);
    CHECK(next.written < next.customers / 5);

    // A week later the models are fitted again.
    const ForecastRefresh week = service.refresh(lastSalesDay.addDays(7), 0);
    CHECK(week.refitted);
    CHECK(shop.count("prediction_fits") == 2);
}

TEST_CASE("a night that writes only the changed forecasts reads as if it had scored everyone",
    "[services][predict]")
{
    Shop shop;
    shop.demo(400);
    PredictionService service(shop.db(), shop.t.clock());
    REQUIRE(service.refresh(lastSalesDay, 0).refitted);
    const QDate tomorrow = lastSalesDay.addDays(1);
    const CustomerId buyer = shop.history(lastSalesDay).begin()->first;
    const double repeatsBefore = testing::readValue(service.forecastFor(buyer))->repeat.x;
    shop.buy(buyer, tomorrow, 11, Money::fromYuan(300));

    const ForecastRefresh next = service.refresh(tomorrow, 0);
    REQUIRE(next.refitSkipped);
    CHECK(next.written >= 1); // at least the buyer's row
    CHECK(next.written < next.customers / 5);
    CHECK(testing::readValue(service.forecastFor(buyer))->repeat.x == repeatsBefore + 1);

    // Everyone's figures as of tomorrow, scored afresh, are what the stored rows read as.
    StoreSummaries all;
    for (const auto &[customer, purchases] : shop.history(tomorrow))
        all.emplace_back(customer, summarizePurchases(purchases, tomorrow, PredictionService::nightlyUnit));
    const std::vector<CustomerPrediction> everyone = PredictionService::forecast(
        *next.scoredWith, all, tomorrow, StoreSettings(shop.db()).annualDiscountRate());
    REQUIRE(everyone.size() == all.size());
    for (const CustomerPrediction &full : everyone) {
        INFO("customer " << full.customer);
        const std::optional<CustomerPrediction> read = testing::readValue(service.forecastFor(full.customer));
        REQUIRE(read);
        CHECK(read->asOf == tomorrow);
        CHECK(read->repeat.x == full.repeat.x);
        CHECK(read->repeat.tx == full.repeat.tx);
        CHECK(read->repeat.T == Approx(full.repeat.T));
        CHECK(read->daysSincePurchase == full.daysSincePurchase);
        CHECK(read->forecast.probabilityAlive == Approx(full.forecast.probabilityAlive).margin(0.005));
        CHECK(read->forecast.expectedPurchases90Days == Approx(full.forecast.expectedPurchases90Days));
        // The value of her next purchases is kept to the fen.
        CHECK(std::abs(read->forecast.expectedValue12Months.fen() - full.forecast.expectedValue12Months.fen())
            <= 10);
        CHECK(read->forecast.nextPurchase == full.forecast.nextPurchase);
        CHECK(read->medianIntervalDays == full.medianIntervalDays);
    }
}

TEST_CASE("a nightly run that keeps the fit scores with it and says so", "[services][predict][nightly]")
{
    Shop shop;
    shop.demo(400);
    NightlyJob job(shop.db(), shop.t.clock());
    job.setBackupAfterRun(false);
    const NightlyRun first = job.run(lastSalesDay, NightlyRun::StartedBy::Manual);
    REQUIRE(first.result == NightlyRun::Result::Ok);
    CHECK(first.message.isEmpty()); // fitted tonight: nothing to say
    const NightlyRun next = job.run(lastSalesDay.addDays(1), NightlyRun::StartedBy::Manual);
    REQUIRE(next.result == NightlyRun::Result::Ok);
    CHECK(next.message.startsWith(QStringLiteral("Forecasts scored with the fit of ")));
    CHECK(shop.count("prediction_fits") == 1);
    CHECK(shop.count("customer_predictions") > 0);
}

TEST_CASE("forecasts stored before rows kept only what changes read the same after the migration",
    "[services][predict][migrations][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    const int before = 16; // the version before 017_nightly_writes
    REQUIRE(Migrator::latestVersion() > before);
    {
        Database old;
        REQUIRE(old.openAtVersion(path, before));
        for (const char *statement :
            {"INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES (1, 'x', '13900000000', "
             "'2025-06-01T10:00:00+08:00', '2025-06-01T10:00:00+08:00')",
                "INSERT INTO prediction_fits (id, fitted_at, as_of, unit, customers, r, alpha, a, b, "
                "log_likelihood, spend_customers, spend_p, spend_q, spend_gamma, spend_log_likelihood) "
                "VALUES "
                "(1, '2026-06-15T02:00:00+08:00', '2026-06-14', 'week', 1, 0.5, 10, 0.6, 2.5, -1, 1, 6, 4, "
                "15000, -1)",
                "INSERT INTO customer_predictions (customer_id, fit_id, as_of, repeat_purchases, t_x, age, "
                "days_since_purchase, p_alive, expected_90d, expected_value_fen, average_value_fen, "
                "median_interval_days, next_purchase) VALUES (1, 1, '2026-06-14', 2, 10, 20, 30, 0.8123, "
                "0.5, "
                "1000, 30000, 70, '2026-07-14')"})
            sql::execute(old.connection(), QString::fromLatin1(statement));
    }
    Database db;
    REQUIRE(db.open(path));
    PredictionRepository store(db.connection());
    CHECK(store.forecastDay() == QDate(2026, 6, 14));
    const std::optional<CustomerPrediction> kept = store.find(1);
    REQUIRE(kept);
    CHECK(kept->asOf == QDate(2026, 6, 14));
    CHECK(kept->firstPurchase == QDate(2026, 6, 14).addDays(-140)); // 20 weeks
    CHECK(kept->lastPurchase == QDate(2026, 6, 14).addDays(-30));
    CHECK(kept->repeat.x == 2);
    CHECK(kept->repeat.tx == 10);
    CHECK(kept->forecast.probabilityAlive == Approx(0.81));
    CHECK(kept->forecast.expectedAverageValue == Money::fromFen(30000));
    CHECK(kept->medianIntervalDays == 70);
    CHECK(kept->forecast.nextPurchase == QDate(2026, 7, 14));
}
