// bench_reports DB [YYYY-MM]: times each manager report (the period and the one before, as the
// Reports page asks for them) on the demo store; five runs each, median and worst as markdown rows.
// Budget: < 1 s a report (computed on a worker thread, so the window never waits for it).
// Run `atelier-cli nightly --db DB --as-of 2026-06-30` first for tiers and segments to count.
#include "bench_support.h"

#include "services/reports.h"
#include "services/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <utility>

using namespace atelier;

namespace {

// A benchmark measures reads that work; a failed one stops it with its sentence.
template <typename T> T readValue(ReadResult<T> result)
{
    if (!result.ok()) {
        std::fprintf(stderr, "read failed: %s\n", qPrintable(result.error));
        std::exit(1);
    }
    return std::move(*result.value);
}

void time(const char *what, const std::function<qint64()> &read)
{
    QList<double> ms;
    qint64 figure = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        figure = read();
        ms << double(timer.nsecsElapsed()) / 1e6;
    }
    std::printf("| %s | %lld | %.0f ms | %.0f ms |\n", what, static_cast<long long>(figure),
        bench::median(ms), bench::percentile(ms, 100));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_reports DATABASE [YYYY-MM]\n");
        return 2;
    }
    Store store;
    bench::openDemoStore(store, QString::fromLocal8Bit(argv[1]));
    const std::optional<ReportPeriod> month
        = ReportPeriod::parseMonth(argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("2026-06"));
    if (!month) {
        std::fprintf(stderr, "the month must be YYYY-MM\n");
        return 2;
    }
    Reports reports(store.database());
    std::printf("| report (%s and the month before) | a figure | median | worst |\n|---|---|---|---|\n",
        qPrintable(month->label()));
    time("customers (new customers)",
        [&] { return qint64(readValue(reports.customers(*month)).current.newCustomers); });
    time("sales (orders)", [&] { return qint64(readValue(reports.sales(*month)).current.orders); });
    time("loyalty (points outstanding)",
        [&] { return readValue(reports.loyalty(*month)).current.pointsOutstanding; });
    time("service (follow-ups due)",
        [&] { return qint64(readValue(reports.service(*month)).current.followUpsDue); });
    time("staff (clerks)", [&] { return qint64(readValue(reports.staff(*month)).current.rows.size()); });
    time("all five (the Reports page's worker)",
        [&] { return qint64(readValue(reports.all(*month)).sales.current.items); });
    const ReportPeriod year{QDate(month->from.year(), 1, 1), month->to};
    time("sales, January to the month (a long custom period)",
        [&] { return qint64(readValue(reports.sales(year)).current.orders); });
    return 0;
}
