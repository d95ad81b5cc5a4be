// bench_export DB: times the archive CSV export of every customer (what `atelier-cli export
// customers` does), five times, and the XLSX export of every customer in all columns (`--format
// xlsx`), three times, and prints the medians.
#include "bench_support.h"

#include "services/archive_service.h"
#include "services/customer_export.h"
#include "services/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace atelier;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_export DATABASE\n");
        return 2;
    }
    Store store;
    bench::openDemoStore(store, QString::fromLocal8Bit(argv[1]));
    QTemporaryDir dir;
    QList<double> ms;
    int rows = 0;
    qint64 bytes = 0;
    for (int run = 0; run < 5; ++run) {
        QSaveFile file(dir.filePath(QStringLiteral("customers.csv")));
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        QElapsedTimer timer;
        timer.start();
        const ExportResult result = store.archive().exportCsv(file, {});
        if (!result.ok() || !file.commit())
            return 1;
        ms << double(timer.nsecsElapsed()) / 1e6;
        rows = result.rows;
        bytes = QFileInfo(file.fileName()).size();
    }
    std::printf("| export customers | %d rows, %.1f MB | median %.0f ms | min %.0f ms | max %.0f ms |\n",
        rows, double(bytes) / 1e6, bench::median(ms), bench::percentile(ms, 0), bench::percentile(ms, 100));

    const QString xlsx = dir.filePath(QStringLiteral("customers.xlsx"));
    const QList<ExportColumn> columns = ExportColumns::defaults(ExportSource::Archive);
    QList<double> xlsxMs;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const ExportResult result
            = CustomerExport(store.database()).write(xlsx, ExportFormat::Xlsx, ArchiveFilter{}, columns);
        if (!result.ok())
            return 1;
        xlsxMs << double(timer.nsecsElapsed()) / 1e6;
        rows = result.rows;
        bytes = QFileInfo(xlsx).size();
    }
    std::printf(
        "| export customers --format xlsx | %d rows, %d columns, %.1f MB | median %.0f ms | min %.0f ms | "
        "max %.0f ms |\n",
        rows, int(columns.size()), double(bytes) / 1e6, bench::median(xlsxMs), bench::percentile(xlsxMs, 0),
        bench::percentile(xlsxMs, 100));
    return 0;
}
