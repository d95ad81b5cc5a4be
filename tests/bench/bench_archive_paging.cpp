// bench_archive_paging DB: what a page of the archive list costs deep in the list. Keyset paging
// (issue 17) continues after the last row's sort key and id, so page 450 of the 100 000-customer
// demo (rows 89 801–90 000) should cost what page 1 does; with LIMIT/OFFSET SQLite stepped over
// every row before it. Walks to page 450 once per order through ArchiveService::page (the read the
// archive model makes), then times page 1 and page 450 in turns, 31 times each, and prints the
// medians as markdown rows: wall time, and the thread's CPU time, which the other jobs on a shared
// machine disturb less. Budget: page 450 within 2× page 1 (name order, no filter).
#include "bench_support.h"

#include "services/archive_service.h"
#include "services/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <ctime>
#include <optional>

using namespace atelier;

namespace {

constexpr int pageSize = 200; // as the archive model reads
constexpr int deepPage = 450;
constexpr int runs = 31;

struct Order
{
    const char *name;
    ArchiveSort sort;
    Qt::SortOrder order;
};

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

struct Timing
{
    QList<double> wall;
    QList<double> cpu;
};

// Times one read of the page after `after`; returns its rows (-1 when it failed).
int timeRead(ArchiveService &archive, const Order &o, const std::optional<PageCursor> &after, Timing &timing)
{
    QElapsedTimer timer;
    const double cpu = threadCpuMs();
    timer.start();
    const ReadResult<KeysetPage<ArchiveRow>> read = archive.page({}, o.sort, o.order, after, pageSize);
    timing.wall << double(timer.nsecsElapsed()) / 1e6;
    timing.cpu << threadCpuMs() - cpu;
    return read.ok() ? int(read.value->rows.size()) : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_archive_paging DATABASE\n");
        return 2;
    }
    Store store;
    bench::openDemoStore(store, QString::fromLocal8Bit(argv[1]));
    ArchiveService &archive = store.archive();

    std::printf(
        "| order | walk to page %d | page 1: wall median (min–max), CPU median | page %d: wall median "
        "(min–max), CPU median | page %d / page 1, wall / CPU |\n",
        deepPage, deepPage, deepPage);
    std::printf("|---|---|---|---|---|\n");
    const Order orders[] = {{"name, ascending (the budget)", ArchiveSort::Name, Qt::AscendingOrder},
        {"name, descending", ArchiveSort::Name, Qt::DescendingOrder},
        {"birth month, ascending (NULLs first)", ArchiveSort::BirthMonth, Qt::AscendingOrder},
        {"birth month, descending (NULLs last)", ArchiveSort::BirthMonth, Qt::DescendingOrder},
        {"registered, descending", ArchiveSort::CreatedAt, Qt::DescendingOrder}};
    for (const Order &o : orders) {
        // Where the list is after the manager scrolled through 449 pages.
        QElapsedTimer walk;
        walk.start();
        std::optional<PageCursor> after;
        for (int page = 1; page < deepPage; ++page) {
            const ReadResult<KeysetPage<ArchiveRow>> read
                = archive.page({}, o.sort, o.order, after, pageSize);
            if (!read.ok() || read.value->rows.size() < pageSize) {
                std::fprintf(stderr, "the list ends before page %d\n", deepPage);
                return 1;
            }
            after = read.value->next;
        }
        const double walked = double(walk.nsecsElapsed()) / 1e9;

        Timing first;
        Timing deep;
        for (int run = 0; run < runs; ++run) {
            const int firstRows = timeRead(archive, o, std::nullopt, first);
            const int deepRows = timeRead(archive, o, after, deep);
            if (firstRows != pageSize || deepRows != pageSize) {
                std::fprintf(stderr, "a page came back with %d and %d rows\n", firstRows, deepRows);
                return 1;
            }
        }
        const double a = bench::median(first.wall);
        const double b = bench::median(deep.wall);
        const double aCpu = bench::median(first.cpu);
        const double bCpu = bench::median(deep.cpu);
        std::printf(
            "| %s | %.1f s | %.2f ms (%.2f–%.2f), %.2f ms | %.2f ms (%.2f–%.2f), %.2f ms | %.2f× / %.2f× |\n",
            o.name, walked, a, bench::percentile(first.wall, 0), bench::percentile(first.wall, 100), aCpu, b,
            bench::percentile(deep.wall, 0), bench::percentile(deep.wall, 100), bCpu, b / a, bCpu / aCpu);
    }
    return 0;
}
