// Crash safety end to end: atelier-cli is killed with SIGKILL in the middle of a large sales import
// and of a nightly run; the store is then reopened and must be consistent, with the interrupted work
// either all there or not there at all, and the same work run again must succeed.
#include "cli_runner.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <sys/types.h>

using namespace atelier;
using namespace atelier::testing;

namespace {

const QString spec = QStringLiteral("invoice=Invoice,style=Style,quantity=Quantity,date=Date,price=Price");

// A till export of `lines` sale lines, ten to an invoice (walk-in sales: no customer needed).
QString writeSales(const QString &path, int lines)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QByteArray text = "Invoice,Style,Quantity,Date,Price\n";
    text.reserve(lines * 48);
    for (int i = 0; i < lines; ++i) {
        const int invoice = 100000 + i / 10;
        text += QByteArray::number(invoice) + ",ST" + QByteArray::number(i % 10) + "-"
            + QByteArray::number(i % 997) + "," + QByteArray::number(1 + i % 3) + ",2026-0"
            + QByteArray::number(1 + invoice % 5) + "-1" + QByteArray::number(invoice % 9)
            + " 10:" + QByteArray::number(10 + i % 50) + ":00," + QByteArray::number(10 + i % 90) + ".50\n";
    }
    file.write(text);
    return path;
}

// Starts atelier-cli the way runCli does, without waiting for it.
void start(QProcess &process, const QStringList &arguments, const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ATELIER_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted());
}

void killHard(QProcess &process)
{
    REQUIRE(::kill(static_cast<pid_t>(process.processId()), SIGKILL) == 0);
    REQUIRE(process.waitForFinished(10000));
    CHECK(process.exitStatus() == QProcess::CrashExit);
}

qint64 count(Database &db, const QString &statement)
{
    return sql::scalar(db.connection(), statement).toLongLong();
}

// Reopening is what the app does next: the unfinished transaction is rolled back from the log. A file
// is checked page by page and key by key; a server keeps its own files whole and checks every key.
void requireConsistent(Database &db, const QString &location)
{
    INFO(db.errorString().toStdString());
    REQUIRE(db.open(location));
    if (db.backend() != Backend::SQLite)
        return;
    CHECK(sql::scalar(db.connection(), QStringLiteral("PRAGMA integrity_check")).toString()
        == QStringLiteral("ok"));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")) == 0);
}

// Every row of the nightly run's results, without the run ids (a run again gets another id).
QByteArray loyaltyState(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList statements{QStringLiteral("SELECT * FROM customer_scores ORDER BY customer_id"),
        QStringLiteral("SELECT * FROM customer_tiers ORDER BY customer_id"),
        QStringLiteral("SELECT customer_id, changed_on, old_tier, new_tier, reason, spend_fen, threshold_fen "
                       "FROM tier_history ORDER BY customer_id, changed_on, new_tier"),
        QStringLiteral("SELECT customer_id, kind, points, expires_on FROM points_ledger "
                       "ORDER BY customer_id, id")};
    for (const QString &statement : statements) {
        QSqlQuery query = sql::run(db.connection(), statement);
        while (query.next()) {
            for (int column = 0; column < query.record().count(); ++column)
                hash.addData(query.value(column).toString().toUtf8() + '\x1f');
            hash.addData("\n");
        }
        hash.addData("--\n");
    }
    return hash.result().toHex();
}

} // namespace

TEST_CASE(
    "a sales import killed half-way leaves the store consistent and the file not imported", "[cli][crash]")
{
    QTemporaryDir dir;
    constexpr int lines = 400000;
    const QString csv = writeSales(dir.filePath(QStringLiteral("till.csv")), lines);
    const TestLocation wholeStore(dir.path(), QStringLiteral("whole.sqlite"));
    const TestLocation killedStore(dir.path(), QStringLiteral("killed.sqlite"));
    const QString &whole = wholeStore.text();
    const QString &killed = killedStore.text();

    // A whole run first: how long it takes, and what "all of it" is.
    QElapsedTimer timer;
    timer.start();
    const CliRun full = runCli({QStringLiteral("--db"), whole, QStringLiteral("import"),
                                   QStringLiteral("sales"), csv, QStringLiteral("--columns"), spec},
        dir.path());
    const qint64 fullMs = timer.elapsed();
    INFO(full.out.toStdString() << full.err.toStdString());
    REQUIRE(full.exitCode == 0);
    qint64 allLines = 0;
    {
        Database db;
        REQUIRE(db.open(whole));
        allLines = count(db, QStringLiteral("SELECT count(*) FROM sale_lines"));
    }
    REQUIRE(allLines == lines);

    // The store exists (migrated) before the clock starts, so the kill falls into the import itself.
    {
        Database db;
        REQUIRE(db.open(killed));
    }
    QProcess process;
    timer.restart();
    start(process,
        {QStringLiteral("--db"), killed, QStringLiteral("import"), QStringLiteral("sales"), csv,
            QStringLiteral("--columns"), spec},
        dir.path());
    QThread::msleep(static_cast<unsigned long>(fullMs / 2));
    REQUIRE(process.state() == QProcess::Running); // still importing: the kill is in the middle
    killHard(process);
    INFO("full run " << fullMs << " ms, killed after " << timer.elapsed() << " ms");

    Database db;
    requireConsistent(db, killed);
    const qint64 present = count(db, QStringLiteral("SELECT count(*) FROM sale_lines"));
    const qint64 runs = count(db, QStringLiteral("SELECT count(*) FROM import_runs"));
    // One transaction for the file: nothing of it, or (killed between the commit and the run's
    // record) all of it.
    CHECK((present == 0 || present == allLines));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM sales")) == (present == 0 ? 0 : lines / 10));
    CHECK(runs == 0);
    db.close();

    const CliRun again = runCli({QStringLiteral("--db"), killed, QStringLiteral("import"),
                                    QStringLiteral("sales"), csv, QStringLiteral("--columns"), spec},
        dir.path());
    INFO(again.out.toStdString() << again.err.toStdString());
    CHECK(again.exitCode == (present == 0 ? 0 : 1)); // 1: nothing new to import
    REQUIRE(db.open(killed));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM sale_lines")) == allLines);
}

TEST_CASE("a nightly run killed half-way leaves the results of the night before and a rerun succeeds",
    "[cli][crash]")
{
    QTemporaryDir dir;
    const TestLocation killedStore(dir.path(), QStringLiteral("store.sqlite"));
    const TestLocation referenceStore(dir.path(), QStringLiteral("reference.sqlite"));
    const QString &store = killedStore.text();
    const QString &reference = referenceStore.text();
    // Two equal stores: the same seed gives the same demo, with a night already run, so that "before"
    // has results of its own.
    for (const QString &location : {store, reference}) {
        const CliRun demo
            = runCli({QStringLiteral("--db"), location, QStringLiteral("demo"), QStringLiteral("--customers"),
                         QStringLiteral("8000"), QStringLiteral("--seed"), QStringLiteral("3"),
                         QStringLiteral("--until"), QStringLiteral("2026-06-30")},
                dir.path());
        INFO(demo.err.toStdString());
        REQUIRE(demo.exitCode == 0);
        REQUIRE(runCli(QStringList{QStringLiteral("--db"), location, QStringLiteral("nightly"),
                           QStringLiteral("--as-of"), QStringLiteral("2026-05-31")},
                    dir.path())
                    .exitCode
            == 0);
    }
    const QStringList nightly{
        QStringLiteral("nightly"), QStringLiteral("--as-of"), QStringLiteral("2026-06-30")};

    QByteArray before;
    {
        Database db;
        REQUIRE(db.open(store));
        before = loyaltyState(db);
    }
    const CliRun completed = runCli(QStringList{QStringLiteral("--db"), reference} + nightly, dir.path());
    REQUIRE(completed.exitCode == 0);
    QByteArray after;
    {
        Database db;
        REQUIRE(db.open(reference));
        after = loyaltyState(db);
    }
    REQUIRE(before != after); // the night has something to change

    // Killed once it is scoring: inside the run's one transaction.
    QProcess process;
    process.setReadChannel(QProcess::StandardError); // where the CLI reports its progress
    start(process, QStringList{QStringLiteral("--db"), store} + nightly, dir.path());
    QByteArray progress;
    while (!progress.contains("40%") && process.state() == QProcess::Running)
        if (process.waitForReadyRead(10000))
            progress += process.readAllStandardError();
    REQUIRE(progress.contains("40%"));
    killHard(process);

    Database db;
    requireConsistent(db, store);
    CHECK(loyaltyState(db) == before);
    CHECK(
        count(db,
            QStringLiteral("SELECT count(*) FROM nightly_runs WHERE as_of = '2026-06-30' AND result = 'ok'"))
        == 0);
    CHECK(count(db,
              QStringLiteral("SELECT count(*) FROM nightly_runs WHERE as_of = '2026-06-30' "
                             "AND result = 'running'"))
        == 1);
    db.close();

    const CliRun rerun = runCli(QStringList{QStringLiteral("--db"), store} + nightly, dir.path());
    INFO(rerun.err.toStdString());
    REQUIRE(rerun.exitCode == 0);
    REQUIRE(db.open(store));
    CHECK(loyaltyState(db) == after);
    CHECK(count(db,
              QStringLiteral("SELECT count(*) FROM nightly_runs WHERE as_of = '2026-06-30' "
                             "AND result = 'interrupted'"))
        == 1);
    CHECK(
        count(db,
            QStringLiteral("SELECT count(*) FROM nightly_runs WHERE as_of = '2026-06-30' AND result = 'ok'"))
        == 1);
}
