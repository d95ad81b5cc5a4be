// bench_prediction DB: the prediction models' budgets (issue 7).
//   CDNOW   both models (BG/NBD, then Gamma-Gamma) fitted on the published 2 357-customer sample, from
//           summaries already in memory: budget < 0.5 s. Seven runs.
//   store   the nightly run's prediction step on the 100 000-customer demo store, inside an immediate
//           transaction as in the run: reading the history, both fits, scoring and writing every
//           customer's forecast: budget < 5 s. Five rounds, each rolled back, so each starts alike.
#include "bench_support.h"

#include "core/clock.h"
#include "services/prediction_service.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/page_cache_scope.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <QTextStream>

#include <cstdio>

using namespace atelier;

namespace {

const QDate asOf(2026, 6, 30);

StoreSummaries cdnow(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        std::exit(1);
    }
    QTextStream in(&file);
    in.readLine();
    StoreSummaries customers;
    while (!in.atEnd()) {
        const QStringList f = in.readLine().split(u',');
        if (f.size() != 5)
            continue;
        PurchaseHistorySummary s;
        s.repeat = {f[1].toDouble(), f[2].toDouble(), f[3].toDouble()};
        s.spend = {f[1].toDouble(), f[4].toDouble()};
        customers.emplace_back(f[0].toLongLong(), s);
    }
    return customers;
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_prediction DATABASE [CDNOW_SUMMARY_CSV]\n");
        return 2;
    }
    const QString cdnowPath = argc > 2
        ? QString::fromLocal8Bit(argv[2])
        : QStringLiteral(ATELIER_SHARED_DATA "/cdnow/cdnow_customers_summary_with_transactions.csv");

    std::printf(
        "### CDNOW: both fits on 2 357 customers (weeks)\n\n| run | BG/NBD + Gamma-Gamma |\n|---|---|\n");
    const StoreSummaries sample = cdnow(cdnowPath);
    QList<double> fits;
    StoreFit last;
    for (int run = 1; run <= 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        last = PredictionService::fitSummaries(sample, TimeUnit::Week);
        fits << ms(timer);
        std::printf("| %d | %.0f ms |\n", run, fits.last());
    }
    std::printf(
        "\nMedian **%.0f ms** (budget 500 ms): r %.3f, α %.3f, a %.3f, b %.3f, LL %.1f; p %.2f, q %.2f, "
        "γ %.2f.\n\n",
        bench::median(fits), last.fit.purchases.r, last.fit.purchases.alpha, last.fit.purchases.a,
        last.fit.purchases.b, last.fit.logLikelihood, last.fit.spend.p, last.fit.spend.q,
        last.fit.spend.gamma);

    Store store;
    bench::openDemoStore(store, QString::fromLocal8Bit(argv[1]));
    Database &db = store.database();
    SystemClock clock;
    std::printf("### The nightly prediction step on the demo store (as of %s)\n\n",
        qPrintable(asOf.toString(Qt::ISODate)));
    std::printf("| round | read history | fit both | score + write | step in all |\n|---|---|---|---|---|\n");
    QList<double> reads, fitting, scoring, totals;
    ForecastRefresh refresh;
    for (int round = 1; round <= 5; ++round) {
        const PageCacheScope cache(db.connection(), 128); // as the nightly run has it
        Transaction transaction(db.connection(), Transaction::Mode::Immediate);
        // A night that fits: without a stored fit RefitRule always asks for one.
        sql::execute(db.connection(), QStringLiteral("DELETE FROM customer_predictions"));
        sql::execute(db.connection(), QStringLiteral("DELETE FROM prediction_fits"));
        QElapsedTimer timer;
        timer.start();
        refresh = PredictionService(db, clock).refresh(asOf, 0);
        totals << ms(timer);
        fitting << double(refresh.fitMs);
        scoring << double(refresh.scoreMs);
        reads << totals.last() - fitting.last() - scoring.last(); // the history and its summaries
        std::printf("| %d | %.0f ms | %.0f ms | %.0f ms | **%.0f ms** |\n", round, reads.last(),
            fitting.last(), scoring.last(), totals.last());
        // Rolled back: every round fits and writes on the same store.
    }
    if (!refresh.scoredWith) {
        std::fprintf(stderr, "no fit: %s\n", qPrintable(refresh.problem));
        return 1;
    }
    const PredictionFit &fit = *refresh.scoredWith;
    std::printf(
        "\nMedian: step **%.0f ms** (budget 5 000 ms) for %d customers; reading %.0f ms. Fit: r %.3f, "
        "α %.2f, a %.3f, b %.3f (weeks); spend p %.2f, q %.2f, γ %.0f fen on %d repeat buyers.\n",
        bench::median(totals), refresh.customers, bench::median(reads), fit.purchases.r, fit.purchases.alpha,
        fit.purchases.a, fit.purchases.b, fit.spend.p, fit.spend.q, fit.spend.gamma, fit.spendCustomers);
    return 0;
}
