// bench_points_expiry DB [YYYY-MM-DD]: times PointsRepository::expiryCandidates (the nightly run's
// one aggregate pass over the points ledger) as of the day given (default 2026-07-01, the day after
// the demo store's last sale), five times, and prints the median.
#include "bench_support.h"

#include "services/store.h"
#include "storage/database.h"
#include "storage/points_repository.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace atelier;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_points_expiry DATABASE [YYYY-MM-DD]\n");
        return 2;
    }
    const QDate asOf
        = argc > 2 ? QDate::fromString(QString::fromLatin1(argv[2]), Qt::ISODate) : QDate(2026, 7, 1);
    if (!asOf.isValid()) {
        std::fprintf(stderr, "not a date: %s\n", argv[2]);
        return 2;
    }
    Store store;
    bench::openDemoStore(store, QString::fromLocal8Bit(argv[1]));
    const qint64 rows
        = sql::scalar(store.database().connection(), QStringLiteral("SELECT count(*) FROM points_ledger"))
              .toLongLong();
    PointsRepository ledger(store.database().connection());
    QList<double> ms;
    std::size_t candidates = 0;
    qint64 points = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const std::vector<ExpiryCandidate> found = ledger.expiryCandidates(asOf);
        ms << double(timer.nsecsElapsed()) / 1e6;
        candidates = found.size();
        points = 0;
        for (const ExpiryCandidate &c : found)
            points += c.lapsed - c.takenOut;
    }
    std::printf(
        "| expiry candidates as of %s | %lld ledger rows | %zu customers, %lld points | median %.0f ms "
        "| min %.0f ms | max %.0f ms |\n",
        qPrintable(asOf.toString(Qt::ISODate)), static_cast<long long>(rows), candidates,
        static_cast<long long>(points), bench::median(ms), bench::percentile(ms, 0),
        bench::percentile(ms, 100));
    return 0;
}
