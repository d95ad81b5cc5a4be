// bench_import [GZ [ROUNDS [STORE]]]: the sales import of the online-retail file (541 909 lines) on a
// fresh store, against the sqlite3 shell's `.import --csv` of the same decompressed file into a plain
// table on a fresh file. ROUNDS (default 5) of each, alternating, medians and their ratio. The budget:
// under 20 s and within 3x. Both sides read the same decompressed file; the decompression is not timed.
// With STORE each round imports into a copy of that store instead of a new one: an SQLite file is
// copied, a PostgreSQL location (e.g. a 100 000-customer demo) is the template of a database made for
// the round and dropped after it. Making the copy is not timed.
// Wall time is the budget; CPU time (user + system, from getrusage) is printed too, because on the
// shared 2-core machine the wall time of either side swings with the other jobs.
#include "bench_support.h"

#include "services/sales_import.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/store_location.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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

// Statements about whole databases, on the server's `postgres` database.
bool onServer(const StoreLocation &server, const QString &statement)
{
    bool ok = false;
    {
        QSqlDatabase admin
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        admin.setHostName(server.host());
        admin.setPort(server.port());
        admin.setUserName(server.user());
        admin.setDatabaseName(QStringLiteral("postgres"));
        ok = admin.open() && QSqlQuery(admin).exec(statement);
        if (!ok)
            std::fprintf(stderr, "%s: %s\n", qPrintable(statement), qPrintable(admin.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    return ok;
}

// The store round `round` imports into: new, or a copy of `base`; empty when the copy failed.
QString roundStore(const QTemporaryDir &dir, const QString &base, int round)
{
    const QString file = dir.filePath(QStringLiteral("store%1.db").arg(round));
    if (base.isEmpty())
        return file;
    QString error;
    const StoreLocation location = StoreLocation::parse(base, &error);
    if (!error.isEmpty())
        return {};
    if (!location.isServer())
        return QFile::copy(base, file) ? file : QString();
    const QString copy = QStringLiteral("%1_import%2").arg(location.database()).arg(round);
    if (!onServer(location, QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(copy, location.database())))
        return {};
    QString text = QStringLiteral("postgresql:///%1?user=%2").arg(copy, location.user());
    if (!location.host().isEmpty())
        text += QStringLiteral("&host=") + location.host();
    if (location.port() >= 0)
        text += QStringLiteral("&port=%1").arg(location.port());
    return text;
}

void dropRoundStore(const QString &base, const QString &store)
{
    QString error;
    const StoreLocation location = StoreLocation::parse(store, &error);
    if (base.isEmpty() || !error.isEmpty())
        return;
    if (location.isServer())
        onServer(location, QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(location.database()));
    else
        QFile::remove(store);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString gz = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                : QStringLiteral("../shared/data/online-retail/online_retail_lines.csv.gz");
    const int rounds = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 5;
    const QString base = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
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
        const QString location = roundStore(dir, base, round);
        {
            Store store(&clock);
            if (location.isEmpty() || !store.open(location)) {
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
        dropRoundStore(base, location);
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
