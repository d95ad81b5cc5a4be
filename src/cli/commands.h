#pragma once

#include "cli/command_line.h"
#include "core/customer.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace atelier {
class Store;
}

namespace atelier::cli {

enum ExitCode
{
    Success = 0,
    Failure = 1,
    BadInput = 2
};

// The translation context of the command line's messages.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Each verb takes its own options from `line`, opens the store at `databasePath` and returns the
// process exit code. Problems with the input go to stderr with exit code 2.
int runBackup(CommandLine &line, const QString &databasePath);
int runDemo(CommandLine &line, const QString &databasePath);
// Erasure of a customer on request: refuses without --yes.
int runErase(CommandLine &line, const QString &databasePath);
int runFind(CommandLine &line, const QString &databasePath);
int runExport(CommandLine &line, const QString &databasePath);
int runImport(CommandLine &line, const QString &databasePath);
int runRfm(CommandLine &line, const QString &databasePath);
int runNightly(CommandLine &line, const QString &databasePath);
int runPoints(CommandLine &line, const QString &databasePath);
// Fits the prediction models (on the store or a summary file) and prints them or every customer's
// forecast; writes nothing.
int runPredict(CommandLine &line, const QString &databasePath);
int runComplaints(CommandLine &line, const QString &databasePath);
// Campaigns: create one with its frozen audience and holdout, print its audience or its effect
// (issue 21).
int runCampaign(CommandLine &line, const QString &databasePath);
// The coupon ledger as CSV (issue 21).
int runCoupons(CommandLine &line, const QString &databasePath);
int runTasks(CommandLine &line, const QString &databasePath);
// One customer's history as CSV at,kind,summary, newest first (issue 23).
int runHistory(CommandLine &line, const QString &databasePath);
// The monthly report as a PDF: needs a QApplication (main() starts one for this verb).
int runReport(CommandLine &line, const QString &databasePath);
// Who brought most buyers, as CSV customer_id,referred,referred_buyers (issue 23).
int runReferrals(CommandLine &line, const QString &databasePath);
// Lost sales counted by style (or category), size and reason, as CSV style_no,size,reason,count (issue 23).
int runLostSales(CommandLine &line, const QString &databasePath);
// Copies the SQLite store into an empty PostgreSQL database (--to), checked table by table (issue 25).
int runMoveToPostgres(CommandLine &line, const QString &databasePath);
// The database must not be open elsewhere while it is restored.
int runRestore(CommandLine &line, const QString &databasePath);

// Usage text: the whole program, or one verb's when `verb` is set.
QString usage(const QString &verb = QString());

// Opens the store at `path` (creating it only when `create`); Success, or BadInput after saying why.
int openStore(Store &store, const QString &path, bool create);

// The CUSTOMER_ID word of a verb about one customer: the id, or 0 after failing `line` with `missing`
// (no word) or with why the word is not an id.
CustomerId takeCustomerId(CommandLine &line, const QString &missing);
// Opens the existing store at `path` (openStore) and checks that the customer is in its archive:
// Success, or the exit code after saying why (BadInput for an id that is no customer).
int openForCustomer(Store &store, const QString &path, CustomerId customer);

// One CSV line for stdout (fields quoted as RFC 4180 asks, LF at the end like every verb's output).
QString csvLine(const QStringList &fields);

// stdout and stderr as UTF-8 text.
void printOut(const QString &text);
void printError(const QString &text);
// A bad-input message plus a hint to --help; returns BadInput.
int badInput(const QString &message);
// A read that failed (the service has logged why): its sentence on stderr; returns Failure.
int readFailed(const QString &error);

} // namespace atelier::cli
