// bench_loyalty_report DB: times the Tiers page's reads on a store the nightly job has scored (run
// `atelier-cli nightly --db DB --as-of 2026-06-30` first, on a copy: opening migrates the file).
// Each read five times; prints the median and the worst as markdown rows. Budget: < 300 ms a read
// on the GUI thread; the export runs on a worker (budget as the archive export, < 2 s).
#include "bench_support.h"

#include "services/loyalty_report.h"
#include "services/store.h"

#include <QBuffer>
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
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        size = read();
        ms << double(timer.nsecsElapsed()) / 1e6;
    }
    std::printf(
        "| %s | %d | %.0f ms | %.0f ms |\n", what, size, bench::median(ms), bench::percentile(ms, 100));
}

// Rows of a page, -1 when it could not be read.
template <typename Row> int rowsOf(const ReadResult<KeysetPage<Row>> &read)
{
    return read.ok() ? int(read.value->rows.size()) : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_loyalty_report DATABASE\n");
        return 2;
    }
    Store store;
    bench::openDemoStore(store, QString::fromLocal8Bit(argv[1]));
    LoyaltyReport &report = store.loyaltyReport();
    const ReadResult<std::optional<NightlyRun>> lastRun = report.lastSuccessfulRun();
    if (!lastRun.ok()) {
        std::fprintf(stderr, "the last run could not be read: %s\n", qPrintable(lastRun.error));
        return 1;
    }
    const std::optional<NightlyRun> run = *lastRun.value;
    if (!run) {
        std::fprintf(stderr, "no successful nightly run: run atelier-cli nightly first\n");
        return 1;
    }
    const LoyaltyFilter all;
    const LoyaltyFilter blackVip{Tier::Black, StoreSegment::Vip, std::nullopt};
    const LoyaltyFilter memberNone{Tier::None, StoreSegment::None, std::nullopt};
    const LoyaltyFilter dormant{std::nullopt, StoreSegment::Dormant, std::nullopt};
    const LoyaltyFilter champions{std::nullopt, std::nullopt, NamedSegment::Champions};

    time("distribution (grid + named segments)", [&] {
        const ReadResult<LoyaltyDistribution> read = report.distribution();
        return read.ok() ? read.value->totalCustomers() : -1;
    });
    time("count: all customers", [&] { return report.count(all).value.value_or(-1); });
    time("count: Black × VIP", [&] { return report.count(blackVip).value.value_or(-1); });
    time("count: Member × no purchase", [&] { return report.count(memberNone).value.value_or(-1); });
    time("first page: all customers", [&] { return rowsOf(report.page(all, std::nullopt, 200)); });
    time("first page: Black × VIP", [&] { return rowsOf(report.page(blackVip, std::nullopt, 200)); });
    time("first page: Dormant column", [&] { return rowsOf(report.page(dormant, std::nullopt, 200)); });
    time("first page: Champions", [&] { return rowsOf(report.page(champions, std::nullopt, 200)); });
    time("first page: Member × no purchase",
        [&] { return rowsOf(report.page(memberNone, std::nullopt, 200)); });
    // Where the list is after scrolling through half of the customers.
    const std::optional<PageCursor> middle
        = report.page(all, std::nullopt, report.count(all).value.value_or(0) / 2).value->next;
    time("page in the middle of all customers", [&] { return rowsOf(report.page(all, middle, 200)); });
    time("movement count of the last run",
        [&] { return report.movementCount(run->id, MovementDirection::Any).value.value_or(-1); });
    time("movement first page",
        [&] { return rowsOf(report.movementPage(run->id, MovementDirection::Any, std::nullopt, 200)); });
    time("segment moves of the last run", [&] {
        const ReadResult<QList<SegmentMove>> read = report.segmentMoves(run->asOf);
        return read.ok() ? int(read.value->size()) : -1;
    });
    time("CSV export of all customers (worker thread)", [&] {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        return report.exportCsv(buffer, all).rows;
    });
    return 0;
}
