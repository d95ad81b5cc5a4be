// atelier-cli: the store's command line (demo data, counter search, exports, points). Thin: the verbs
// live in one file each, the work in services.
#include "cli/commands.h"
#include "services/data_location.h"
#include "services/language.h"
#include "services/logging.h"
#include "services/store.h"

#include <QApplication>
#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <memory>

#include <spdlog/spdlog.h>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace atelier;
using namespace atelier::cli;

namespace {

// The command line needs no password: whoever owns the data folder may use it, and the audit trail
// names them by their operating-system account.
QString operatingSystemUser()
{
#ifdef Q_OS_UNIX
    if (const passwd *entry = getpwuid(geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

} // namespace

int main(int argc, char *argv[])
{
    // The report verb draws charts into a PDF: that needs a QApplication, offscreen (no display).
    const bool drawing
        = std::any_of(argv + 1, argv + argc, [](const char *a) { return !std::strcmp(a, "report"); });
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application;
    if (drawing)
        application = std::make_unique<QApplication>(argc, argv);
    else
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Atelier"));
    QCoreApplication::setApplicationName(QStringLiteral("Atelier"));
    // Same language as the desktop app on this computer: messages and the CSV header row.
    Language::install(Language::effective());
    Store::setProcessActor(AuditActor::cli(operatingSystemUser()));

    CommandLine line(app.arguments().mid(1));
    const QString databasePath = line.take(QStringLiteral("db")).value_or(defaultDatabasePath());
    const bool help = line.takeFlag(QStringLiteral("help"));
    const std::optional<QString> verb = line.takeLeadingWord();
    if (line.failed())
        return badInput(line.error());
    if (help || verb == QStringLiteral("help")) {
        printOut(usage(verb.value_or(QString())));
        return Success;
    }
    if (!verb)
        return badInput(
            Cli::tr("Say what to do: demo, find, export, import, rfm, nightly, points, history, referrals, "
                    "lost-sales, complaints, campaign, coupons, tasks, report, predict, backup, restore or erase."));

    setUpLogging(dataFolder(), QStringLiteral("atelier-cli.log"));
    spdlog::info("atelier-cli {}", verb->toStdString());
    if (*verb == QStringLiteral("backup"))
        return runBackup(line, databasePath);
    if (*verb == QStringLiteral("restore"))
        return runRestore(line, databasePath);
    if (*verb == QStringLiteral("move-to-postgres"))
        return runMoveToPostgres(line, databasePath);
    if (*verb == QStringLiteral("demo"))
        return runDemo(line, databasePath);
    if (*verb == QStringLiteral("erase"))
        return runErase(line, databasePath);
    if (*verb == QStringLiteral("find"))
        return runFind(line, databasePath);
    if (*verb == QStringLiteral("export"))
        return runExport(line, databasePath);
    if (*verb == QStringLiteral("import"))
        return runImport(line, databasePath);
    if (*verb == QStringLiteral("rfm"))
        return runRfm(line, databasePath);
    if (*verb == QStringLiteral("nightly"))
        return runNightly(line, databasePath);
    if (*verb == QStringLiteral("points"))
        return runPoints(line, databasePath);
    if (*verb == QStringLiteral("complaints"))
        return runComplaints(line, databasePath);
    if (*verb == QStringLiteral("campaign"))
        return runCampaign(line, databasePath);
    if (*verb == QStringLiteral("coupons"))
        return runCoupons(line, databasePath);
    if (*verb == QStringLiteral("history"))
        return runHistory(line, databasePath);
    if (*verb == QStringLiteral("tasks"))
        return runTasks(line, databasePath);
    if (*verb == QStringLiteral("report"))
        return runReport(line, databasePath);
    if (*verb == QStringLiteral("predict"))
        return runPredict(line, databasePath);
    if (*verb == QStringLiteral("referrals"))
        return runReferrals(line, databasePath);
    if (*verb == QStringLiteral("lost-sales"))
        return runLostSales(line, databasePath);
    return badInput(Cli::tr("Unknown verb \"%1\"; the verbs are demo, find, export, import, rfm, nightly, "
                            "points, history, referrals, lost-sales, complaints, campaign, coupons, "
                            "tasks, report, predict, backup, restore and erase.")
                        .arg(*verb));
}
