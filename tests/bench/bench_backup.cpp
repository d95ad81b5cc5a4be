// bench_backup DB: times `atelier-cli backup` on a copy of DB (the file itself is never opened),
// five times, in its two steps: the usable copy (online backup API, quick_check of the copy with
// the SHA-256 beside it, rename, record) and the full integrity_check that follows. Prints the
// medians of both, then the quick check, the full check and the hash alone on the last copy. Then the
// encrypted copy of that last backup to another folder (Argon2id included, synced) and opening it again,
// five times each: the medians (issue 26's budget: under 10 s for the 100 000-customer store).
#include "bench_support.h"

#include "services/backup_copier.h"
#include "services/backup_service.h"
#include "services/store.h"
#include "storage/backup_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstdlib>

#include <sys/resource.h>

using namespace atelier;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// CPU seconds of the whole process (every thread), user + system: what the step costs whatever
// else the machine is doing.
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) {
        return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

void printLoad(const char *when)
{
    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) == 3)
        std::printf("load average %s: %.2f %.2f %.2f\n", when, load[0], load[1], load[2]);
}

// The encrypted copy of `backup` into `stick` and back, five times each.
bool benchEncryptedCopy(const QString &backup, const QString &stick)
{
    QDir().mkpath(stick);
    const QString passphrase = QStringLiteral("bench passphrase");
    QList<double> writeMs, writeCpu, readMs, readCpu;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        double cpu = cpuMs();
        const CopierResult copied = BackupCopier::copy(backup, stick, passphrase);
        if (!copied.ok) {
            std::fprintf(stderr, "encrypted copy failed: %s\n", qPrintable(copied.error));
            return false;
        }
        writeMs << msSince(timer);
        writeCpu << cpuMs() - cpu;
        timer.restart();
        cpu = cpuMs();
        const CopierResult opened = BackupCopier::decrypt(copied.path, stick, passphrase);
        if (!opened.ok) {
            std::fprintf(stderr, "encrypted copy not opened: %s\n", qPrintable(opened.error));
            return false;
        }
        readMs << msSince(timer);
        readCpu << cpuMs() - cpu;
        QFile::remove(copied.path);
        QFile::remove(opened.path);
    }
    const double mb = double(QFileInfo(backup).size()) / 1e6;
    std::printf(
        "| encrypted copy to another folder (Argon2id + secretstream + fsync + rename) | %.1f MB | %.0f ms | "
        "%.0f ms | %.0f ms | %.0f ms |\n",
        mb, bench::median(writeMs), bench::percentile(writeMs, 0), bench::percentile(writeMs, 100),
        bench::median(writeCpu));
    std::printf(
        "| opening it again (Argon2id + decrypt + fsync) | | %.0f ms | %.0f ms | %.0f ms | %.0f ms |\n",
        bench::median(readMs), bench::percentile(readMs, 0), bench::percentile(readMs, 100),
        bench::median(readCpu));
    return true;
}

} // namespace

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
    printLoad("before");
    QList<double> usableMs;
    QList<double> fullMs;
    QList<double> usableCpu;
    QList<double> fullCpu;
    QString last;
    for (int run = 0; run < 5; ++run) {
        if (!last.isEmpty())
            QFile::remove(last);
        QElapsedTimer timer;
        timer.start();
        double cpu = cpuMs();
        const BackupResult copied = backups.copyNow(BackupRecord::Kind::Manual);
        if (!copied.ok) {
            std::fprintf(stderr, "backup failed: %s\n", qPrintable(copied.error));
            return 1;
        }
        usableMs << msSince(timer);
        usableCpu << cpuMs() - cpu;
        timer.restart();
        cpu = cpuMs();
        const BackupResult checked = backups.checkFully(copied.record);
        if (!checked.ok) {
            std::fprintf(stderr, "full check failed: %s\n", qPrintable(checked.error));
            return 1;
        }
        fullMs << msSince(timer);
        fullCpu << cpuMs() - cpu;
        last = copied.path;
    }
    printLoad("after");
    const double mb = double(QFileInfo(last).size()) / 1e6;
    std::printf("| step | size | median | min | max | CPU median (all threads) |\n");
    std::printf("| usable copy (copy + quick_check beside SHA-256 + rename) | %.1f MB | %.0f ms | %.0f ms | "
                "%.0f ms | %.0f ms |\n",
        mb, bench::median(usableMs), bench::percentile(usableMs, 0), bench::percentile(usableMs, 100),
        bench::median(usableCpu));
    std::printf("| then the full integrity_check of the copy | | %.0f ms | %.0f ms | %.0f ms | %.0f ms |\n",
        bench::median(fullMs), bench::percentile(fullMs, 0), bench::percentile(fullMs, 100),
        bench::median(fullCpu));

    QElapsedTimer timer;
    timer.start();
    double cpu = cpuMs();
    const bool quick
        = BackupFile::check(last, BackupFile::Depth::Quick).problem == DatabaseFileCheck::Problem::None;
    const double quickMs = msSince(timer);
    const double quickCpu = cpuMs() - cpu;
    timer.restart();
    cpu = cpuMs();
    const bool sound
        = BackupFile::check(last, BackupFile::Depth::Full).problem == DatabaseFileCheck::Problem::None;
    const double checkMs = msSince(timer);
    const double checkCpu = cpuMs() - cpu;
    timer.restart();
    cpu = cpuMs();
    const bool hashed = !BackupFile::sha256Of(last).isEmpty();
    const double hashMs = msSince(timer);
    const double hashCpu = cpuMs() - cpu;
    std::printf("| alone: quick_check of the copy | %s | %.0f ms | | | %.0f ms |\n", quick ? "ok" : "FAILED",
        quickMs, quickCpu);
    std::printf("| alone: integrity_check of the copy | %s | %.0f ms | | | %.0f ms |\n",
        sound ? "ok" : "FAILED", checkMs, checkCpu);
    std::printf("| alone: SHA-256 of the copy (libsodium) | %s | %.0f ms | | | %.0f ms |\n",
        hashed ? "ok" : "FAILED", hashMs, hashCpu);
    const bool encrypted = benchEncryptedCopy(last, dir.filePath(QStringLiteral("stick")));
    return quick && sound && hashed && encrypted ? 0 : 1;
}
