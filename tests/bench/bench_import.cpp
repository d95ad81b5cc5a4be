// bench_import [GZ]: the sales import of the online-retail file (541 909 lines) on a fresh store,
// against the sqlite3 shell's `.import --csv` of the same decompressed file into a plain table on a
// fresh file. Three rounds of each, medians and their ratio. The budget: under 20 s and within 3x.
#include "bench_support.h"

#include "services/sales_import.h"
#include "services/store.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace atelier;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString gz = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                : QStringLiteral("../shared/data/online-retail/online_retail_lines.csv.gz");
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
                                              "InvoiceDate,price=UnitPrice,customer=CustomerID"));
    SystemClock clock;
    QList<double> importMs;
    QList<double> shellMs;
    SalesImportResult last;
    for (int round = 0; round < 3; ++round) {
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
            QElapsedTimer timer;
            timer.start();
            last = importer.run(request);
            importMs << double(timer.nsecsElapsed()) / 1e6;
            if (last.outcome != SalesImportResult::Outcome::Imported)
                return 1;
        }
        QProcess sqlite;
        QElapsedTimer timer;
        timer.start();
        sqlite.start(QStringLiteral("sqlite3"),
            {dir.filePath(QStringLiteral("plain%1.db").arg(round)),
                QStringLiteral(".import --csv %1 raw").arg(csv)});
        if (!sqlite.waitForFinished(120000) || sqlite.exitCode() != 0)
            return 1;
        shellMs << double(timer.nsecsElapsed()) / 1e6;
    }
    const double a = bench::median(importMs);
    const double b = bench::median(shellMs);
    std::printf("| sales import | %lld rows, %lld lines, %lld returns, %lld rejected | median %.0f ms |\n",
        last.rowsRead, last.linesImported, last.returnsImported, qint64(last.rejected.size()), a);
    std::printf("| sqlite3 .import --csv | same file, plain table | median %.0f ms |\n", b);
    std::printf("| ratio | import / shell | %.2f |\n", a / b);
    return 0;
}
