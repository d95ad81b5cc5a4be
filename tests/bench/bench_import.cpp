// bench_import [GZ [ROUNDS]]: the sales import of the online-retail file (541 909 lines) on a fresh
// store, against the sqlite3 shell's `.import --csv` of the same decompressed file into a plain table
// on a fresh file. ROUNDS (default 5) of each, alternating, medians and their ratio. The budget: under
// 20 s and within 3x. Both sides read the same decompressed file; the decompression is not timed.
// Wall time is the budget; CPU time (user + system, from getrusage) is printed too, because on the
// shared 2-core machine the wall time of either side swings with the other jobs.
#include "bench_support.h"

#include "services/sales_import.h"
#include "services/store.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace atelier;

namespace {

double cpuMs(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    auto ms = [](const timeval &t) {
        return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

void row(const char *what, const char *detail, QList<double> values)
{
    std::sort(values.begin(), values.end());
    std::printf("| %s | %s | median %.0f ms (%.0f–%.0f) |\n", what, detail, bench::median(values),
        values.first(), values.last());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString gz = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                : QStringLiteral("../shared/data/online-retail/online_retail_lines.csv.gz");
    const int rounds = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 5;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("online_retail.csv"));
    QProcess zcat;
    zcat.setStandardOutputFile(csv);
    zcat.start(QStringLiteral("zcat"), {gz});
    if (!zcat.waitForFinished(120000) || zcat.exitCode() != 0) {
        std::fprintf(stderr, "cannot decompress %s\n", qPrintable(gz));
        return 2;
    }
    const auto mapping
        = ImportMapping::parse(QStringLiteral("invoice=InvoiceNo,style=StockCode,quantity=Quantity,date="
                                              "InvoiceDate,price=UnitPrice,customer=CustomerID"))
              .mapping;
    SystemClock clock;
    QList<double> importMs, shellMs, importCpu, shellCpu, ratios;
    SalesImportResult last;
    for (int round = 0; round < rounds; ++round) {
        {
            Store store(&clock);
            if (!store.open(dir.filePath(QStringLiteral("store%1.db").arg(round)))) {
                std::fprintf(stderr, "cannot open the store\n");
                return 1;
            }
            SalesImport importer(store.database(), clock);
            SalesImportRequest request;
            request.path = csv;
            request.mapping = *mapping;
            const double cpu = cpuMs(RUSAGE_SELF);
            QElapsedTimer timer;
            timer.start();
            last = importer.run(request);
            importMs << double(timer.nsecsElapsed()) / 1e6;
            importCpu << cpuMs(RUSAGE_SELF) - cpu;
            if (last.outcome != SalesImportResult::Outcome::Imported)
                return 1;
        }
        QProcess sqlite;
        const double cpu = cpuMs(RUSAGE_CHILDREN);
        QElapsedTimer timer;
        timer.start();
        sqlite.start(QStringLiteral("sqlite3"),
            {dir.filePath(QStringLiteral("plain%1.db").arg(round)),
                QStringLiteral(".import --csv %1 raw").arg(csv)});
        if (!sqlite.waitForFinished(120000) || sqlite.exitCode() != 0)
            return 1;
        shellMs << double(timer.nsecsElapsed()) / 1e6;
        shellCpu << cpuMs(RUSAGE_CHILDREN) - cpu;
        ratios << importMs.last() / shellMs.last();
        std::fprintf(stderr, "round %d: import %.0f ms (cpu %.0f), shell %.0f ms (cpu %.0f)\n", round + 1,
            importMs.last(), importCpu.last(), shellMs.last(), shellCpu.last());
    }
    std::printf("| sales import | %lld rows, %lld lines, %lld returns, %lld rejected |\n", last.rowsRead,
        last.linesImported, last.returnsImported, qint64(last.rejected.size()));
    row("sales import, wall", "", importMs);
    row("sqlite3 .import --csv, wall", "same file, plain table", shellMs);
    row("sales import, cpu", "user + system", importCpu);
    row("sqlite3 .import --csv, cpu", "user + system", shellCpu);
    std::printf("| ratio of medians, wall | import / shell | %.2f |\n",
        bench::median(importMs) / bench::median(shellMs));
    std::printf("| ratio of medians, cpu | import / shell | %.2f |\n",
        bench::median(importCpu) / bench::median(shellCpu));
    std::printf("| median of per-round ratios, wall | | %.2f |\n", bench::median(ratios));
    return 0;
}
