// bench_backup DB: times `atelier-cli backup` on a copy of DB (the file itself is never opened):
// five whole backups (online copy, integrity_check of the copy, SHA-256, rename) and prints the
// median, then times the check and the hash alone on the last copy, so the parts are visible.
#include "bench_support.h"

#include "services/backup_service.h"
#include "services/store.h"
#include "storage/backup_file.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

#include <cstdio>

using namespace atelier;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_backup DATABASE\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("store.sqlite"));
    if (!QFile::copy(QString::fromLocal8Bit(argv[1]), live)) {
        std::fprintf(stderr, "cannot copy %s\n", argv[1]);
        return 2;
    }
    Store store;
    bench::openDemoStore(store, live);
    spdlog::set_level(spdlog::level::warn);
    BackupService backups(store.database(), store.clock());
    QList<double> ms;
    QString last;
    for (int run = 0; run < 5; ++run) {
        if (!last.isEmpty())
            QFile::remove(last);
        QElapsedTimer timer;
        timer.start();
        const BackupResult result = backups.backupNow(BackupRecord::Kind::Manual);
        if (!result.ok) {
            std::fprintf(stderr, "backup failed: %s\n", qPrintable(result.error));
            return 1;
        }
        ms << double(timer.nsecsElapsed()) / 1e6;
        last = result.path;
    }
    const double mb = double(QFileInfo(last).size()) / 1e6;
    std::printf("| backup (copy + integrity_check + SHA-256) | %.1f MB | median %.0f ms | min %.0f ms | max "
                "%.0f ms |\n",
        mb, bench::median(ms), bench::percentile(ms, 0), bench::percentile(ms, 100));

    QElapsedTimer timer;
    timer.start();
    const bool sound = BackupFile::check(last).problem == DatabaseFileCheck::Problem::None;
    const double checkMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const bool hashed = !BackupFile::sha256Of(last).isEmpty();
    const double hashMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf(
        "| of which: integrity_check of the copy | %s | %.0f ms | | |\n", sound ? "ok" : "FAILED", checkMs);
    std::printf("| of which: SHA-256 of the copy | %s | %.0f ms | | |\n", hashed ? "ok" : "FAILED", hashMs);
    return sound && hashed ? 0 : 1;
}
