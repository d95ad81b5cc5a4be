// bench_export DB: times the archive CSV export of every customer (what `atelier-cli export
// customers` does), five times, the XLSX export of every customer in all columns (`--format
// xlsx`), three times, and in two columns (`--columns name,phone`: only those are read), three
// times, and prints the medians.
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
    const auto timeXlsx = [&](const QList<ExportColumn> &columns, const char *what) {
        QList<double> xlsxMs;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            const ExportResult result
                = CustomerExport(store.database()).write(xlsx, ExportFormat::Xlsx, ArchiveFilter{}, columns);
            if (!result.ok())
                return false;
            xlsxMs << double(timer.nsecsElapsed()) / 1e6;
            rows = result.rows;
            bytes = QFileInfo(xlsx).size();
        }
        std::printf("| %s | %d rows, %d columns, %.1f MB | median %.0f ms | min %.0f ms | max %.0f ms |\n",
            what, rows, int(columns.size()), double(bytes) / 1e6, bench::median(xlsxMs),
            bench::percentile(xlsxMs, 0), bench::percentile(xlsxMs, 100));
        return true;
    };
    if (!timeXlsx(ExportColumns::defaults(ExportSource::Archive), "export customers --format xlsx"))
        return 1;
    if (!timeXlsx(
            {ExportColumn::Name, ExportColumn::Phone}, "export customers --format xlsx --columns name,phone"))
        return 1;
    return 0;
}
