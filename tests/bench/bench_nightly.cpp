// bench_nightly DB [SQL]: the nightly run on a 100 000-customer demo store against the bare
// aggregation in the sqlite3 shell, on the same file in the same run. Five rounds, each on a fresh copy:
//   shell   ../shared/bench/bare-aggregation.sql (or SQL) in `sqlite3`, wall time, after one untimed
//           run that warms the page cache (the job's file is warm too: it was just copied)
//   first   NightlyJob on a store that never had a run (writes every score, tier and expiry)
//   next    NightlyJob the following day on the same copy (the everyday case: only changes)
// Peak memory is the process's VmHWM, reset before each job through /proc/self/clear_refs.
// ATELIER_BENCH_LOG=1 writes the job's log (each step's time) to stderr.
#include "bench_support.h"

#include "core/clock.h"
#include "services/nightly_job.h"
#include "services/store.h"
#include "storage/database.h"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace atelier;

namespace {

const QDate firstNight(2026, 6, 30);

double peakMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

double shellMs(const QString &database, const QString &sql)
{
    QProcess shell;
    shell.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("sqlite3"), {database});
    shell.write(sql.toUtf8());
    shell.closeWriteChannel();
    if (!shell.waitForFinished(120000) || shell.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", shell.readAllStandardError().constData());
        std::exit(1);
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Night
{
    double ms = 0;
    double peakMb = 0;
    NightlyRun run;
};

Night nightly(const QString &path, const QDate &asOf)
{
    SystemClock clock;
    Database db;
    if (!db.open(path))
        std::exit(1);
    resetPeak();
    QElapsedTimer timer;
    timer.start();
    Night night;
    NightlyJob job(db, clock);
    job.setBackupAfterRun(false); // timed on its own: bench_backup
    night.run = job.run(asOf, NightlyRun::StartedBy::Cli);
    night.ms = double(timer.nsecsElapsed()) / 1e6;
    night.peakMb = peakMegabytes();
    if (night.run.result != NightlyRun::Result::Ok) {
        std::fprintf(stderr, "nightly failed: %s\n", qPrintable(night.run.message));
        std::exit(1);
    }
    return night;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_nightly DATABASE [BARE_AGGREGATION_SQL]\n");
        return 2;
    }
    const QString source = QString::fromLocal8Bit(argv[1]);
    QFile sqlFile(argc > 2 ? QString::fromLocal8Bit(argv[2])
                           : QStringLiteral(ATELIER_SHARED_BENCH "/bare-aggregation.sql"));
    if (!sqlFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(sqlFile.fileName()));
        return 2;
    }
    const QString sql = QString::fromUtf8(sqlFile.readAll());
    {
        Store store; // generates the demo store when missing, and migrates it
        bench::openDemoStore(store, source);
    }
    if (qEnvironmentVariableIsSet("ATELIER_BENCH_LOG")) {
        spdlog::set_default_logger(spdlog::stderr_color_mt("bench"));
        spdlog::set_level(spdlog::level::info);
    }
    QTemporaryDir dir(QFileInfo(source).absolutePath() + QStringLiteral("/nightly-XXXXXX"));
    const QString copy = dir.filePath(QStringLiteral("nightly.sqlite"));

    QList<double> shell, first, next, ratios;
    double peak = 0;
    std::printf(
        "| round | sqlite3 shell, bare query | first night | ratio | next night | ratio | peak MB |\n");
    std::printf("|---|---|---|---|---|---|---|\n");
    for (int round = 1; round <= 5; ++round) {
        QFile::remove(copy);
        if (!QFile::copy(source, copy))
            return 1;
        shellMs(copy, sql); // warms the page cache, as the job's is warm from the copy
        const double s = shellMs(copy, sql);
        const Night one = nightly(copy, firstNight);
        const Night two = nightly(copy, firstNight.addDays(1));
        shell << s;
        first << one.ms;
        next << two.ms;
        ratios << one.ms / s;
        peak = std::max({peak, one.peakMb, two.peakMb});
        std::printf("| %d | %.0f ms | %.0f ms | %.2f× | %.0f ms | %.2f× | %.0f |\n", round, s, one.ms,
            one.ms / s, two.ms, two.ms / s, std::max(one.peakMb, two.peakMb));
        if (round == 1)
            std::fprintf(stderr,
                "first night: %d customers, %d tiers up, %d segment changes, %lld points expired\n",
                one.run.customers, one.run.tierUps, one.run.segmentChanges,
                static_cast<long long>(one.run.pointsExpired));
    }
    std::printf("\nMedian: shell %.0f ms, first night %.0f ms (%.2f× the shell), next night %.0f ms (%.2f×); "
                "peak memory %.0f MB.\n",
        bench::median(shell), bench::median(first), bench::median(first) / bench::median(shell),
        bench::median(next), bench::median(next) / bench::median(shell), peak);
    return 0;
}
