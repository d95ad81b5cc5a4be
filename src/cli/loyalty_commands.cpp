#include "cli/commands.h"

#include "core/clock.h"
#include "core/nightly_schedule.h"
#include "core/stored_time.h"
#include "services/loyalty_service.h"
#include "services/nightly_job.h"
#include "services/store.h"

namespace atelier::cli {

int runRfm(CommandLine &line, const QString &databasePath)
{
    const std::optional<QDate> asOf = line.takeDate(QStringLiteral("as-of"));
    if (!line.finish())
        return badInput(line.error());
    Store store;
    if (const int opened = openStore(store, databasePath, false); opened != Success)
        return opened;

    // The columns and codes are a contract (docs/cli.md): scripts read them, so they are never
    // translated and only ever get new columns at the end.
    const ReadResult<std::vector<RfmRow>> rows
        = store.loyalty().rfmAsOf(asOf.value_or(store.clock().today()));
    if (!rows.ok())
        return readFailed(rows.error);
    QString text = QStringLiteral(
        "customer_id,last_purchase,frequency,monetary_fen,r,f,m,segment,named_segment,tier\n");
    for (const RfmRow &row : *rows.value) {
        const CustomerActivity &a = row.activity;
        text += QStringList{QString::number(row.customer),
                    a.lastPurchase.isValid() ? toStoredText(a.lastPurchase) : QString(),
                    QString::number(a.purchases), QString::number(a.spend.fen()),
                    QString::number(row.score.r), QString::number(row.score.f), QString::number(row.score.m),
                    toCode(row.segment), toCode(row.named), toCode(row.tier)}
                    .join(u',')
            + u'\n';
    }
    printOut(text);
    return Success;
}

int runNightly(CommandLine &line, const QString &databasePath)
{
    const std::optional<QDate> asOfOption = line.takeDate(QStringLiteral("as-of"));
    if (!line.finish())
        return badInput(line.error());
    Store store;
    if (const int opened = openStore(store, databasePath, false); opened != Success)
        return opened;

    // Without --as-of: the same day the app's timer would cover now (yesterday, after the run hour).
    const QDate asOf = asOfOption.value_or(
        NightlySchedule(store.loyalty().rules().nightlyHour).dueAsOf(store.clock().now()));
    // Progress on stderr: cron mails and systemd's journal show how far a slow run got.
    const auto progress = [](int percent, const QString &step) {
        printError(QStringLiteral("%1% %2\n").arg(percent).arg(step));
    };
    const NightlyRun run = store.nightlyJob().run(asOf, NightlyRun::StartedBy::Cli, progress);
    if (run.result != NightlyRun::Result::Ok) {
        printError(QStringLiteral("atelier-cli: ")
            + Cli::tr("The nightly run as of %1 failed: %2").arg(toStoredText(asOf), run.message) + u'\n');
        return Failure;
    }
    printOut(
        Cli::tr(
            "Nightly run as of %1. Customers scored: %2; tier ups: %3; tier downs: %4; segment changes: %5; "
            "points expired: %6; follow-ups planned: %7; time: %8 ms.")
            .arg(toStoredText(asOf))
            .arg(run.customers)
            .arg(run.tierUps)
            .arg(run.tierDowns)
            .arg(run.segmentChanges)
            .arg(run.pointsExpired)
            .arg(run.tasksCreated)
            .arg(run.durationMs)
        + u'\n');
    return Success;
}

} // namespace atelier::cli
