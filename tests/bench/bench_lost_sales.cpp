// bench_lost_sales DB: times the lost-sales report (Reports → Lost sales, `atelier-cli lost-sales`) for
// the demo's last year, and the arrival preview of its most asked-for style and size, on the
// 100 000-customer demo store (seed 1, until 2026-06-30). Eleven runs each; prints the median and the
// worst as markdown rows. Budget (issue 23): the report for a year < 1 s.
#include "bench_support.h"

#include "services/lost_sales.h"
#include "services/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <functional>

using namespace atelier;

namespace {

void time(const char *what, const std::function<int()> &read)
{
    QList<double> ms;
    int size = 0;
    for (int run = 0; run < 11; ++run) {
        QElapsedTimer timer;
        timer.start();
        size = read();
        ms << bench::msSince(timer);
    }
    std::printf(
        "| %s | %d | %.1f ms | %.1f ms |\n", what, size, bench::median(ms), bench::percentile(ms, 100));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_lost_sales DATABASE\n");
        return 2;
    }
    Store store;
    bench::openDemoStore(store, QString::fromLocal8Bit(argv[1]));
    LostSales &lostSales = store.lostSales();
    const ReportPeriod year{QDate(2025, 7, 1), QDate(2026, 6, 30)};
    std::printf("| read | rows | median | worst |\n|---|---|---|---|\n");
    int lostInYear = 0;
    for (const LostSaleCount &row : bench::readValue(lostSales.report(year)))
        lostInYear += row.count;
    time("lost-sales report, a year", [&] { return int(bench::readValue(lostSales.report(year)).size()); });
    time("lost-sales report, a year, one reason",
        [&] { return int(bench::readValue(lostSales.report(year, LostSaleReason::Price)).size()); });
    const QList<LostSaleCount> rows = bench::readValue(lostSales.report(year));
    if (!rows.isEmpty()) {
        Arrival top;
        (rows.first().isCategory ? top.category : top.styleNumber) = rows.first().wanted;
        top.size = rows.first().size;
        time("arrival preview, most asked-for",
            [&] { return bench::readValue(lostSales.preview(top)).customers; });
    }
    std::printf(
        "\n%d lost sales in the year, %lld report rows\n", lostInYear, static_cast<long long>(rows.size()));
    return 0;
}
