#include "bench_support.h"

#include "services/demo_store.h"
#include "services/store.h"

#include <QDate>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace atelier::bench {

void openDemoStore(Store &store, const QString &path)
{
    // Only the numbers on stdout: the store's info lines would break the markdown table.
    spdlog::set_level(spdlog::level::warn);
    // A server's database is made with `createdb` and filled with `atelier-cli demo` beforehand.
    const bool fresh = !Store::isServerLocation(path) && !QFileInfo::exists(path);
    if (!store.open(path)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(store.errorString()));
        std::exit(2);
    }
    if (!fresh)
        return;
    std::fprintf(stderr, "generating a 100000-customer demo store in %s...\n", qPrintable(path));
    DemoStoreGenerator::Options options;
    options.customers = 100000;
    options.seed = 1;
    options.endDate = QDate(2026, 6, 30);
    const DemoStoreGenerator::Result result = DemoStoreGenerator::generate(store.database(), options);
    if (!result.ok()) {
        std::fprintf(stderr, "demo store failed: %s\n", qPrintable(result.error));
        std::exit(1);
    }
}

double median(QList<double> values)
{
    return percentile(std::move(values), 50);
}

void printTimes(const char *what, const std::function<int()> &read, int runs)
{
    QList<double> ms;
    int rows = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        rows = read();
        ms << msSince(timer);
    }
    std::printf("| %s | %d | %.0f ms | %.0f ms |\n", what, rows, median(ms), percentile(ms, 100));
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<qsizetype>(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

} // namespace atelier::bench
