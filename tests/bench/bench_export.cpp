// bench_export DB: times the archive CSV export of every customer (what `atelier-cli export
// customers` does), five times, and prints the median.
#include "bench_support.h"

#include "services/archive_service.h"
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
    return 0;
}
