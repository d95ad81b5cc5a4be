#include "cli/commands.h"

#include "core/points.h"
#include "core/stored_time.h"
#include "services/points_service.h"
#include "services/store.h"

namespace atelier::cli {

namespace {

// Far beyond any store's correction; keeps balance + POINTS inside 64 bits.
constexpr qint64 maxAdjustment = 1'000'000'000;

// `points adjust CUSTOMER_ID POINTS --reason TEXT`: a manager's correction (issue 25), made as the
// operating-system user like every write of the command line, audited like one made in the app.
int runAdjust(CommandLine &line, const QString &databasePath)
{
    const std::optional<QString> reason = line.require(QStringLiteral("reason"));
    const CustomerId customer
        = takeCustomerId(line, Cli::tr("Say whose points to adjust: a customer id, as find prints it."));
    const std::optional<QString> word = line.takeWord();
    bool number = false;
    const qint64 points = word ? word->toLongLong(&number) : 0;
    if (!line.failed() && (!number || points == 0 || qAbs(points) > maxAdjustment))
        line.fail(Cli::tr("Say how many points to add, or to take away with a minus sign: a whole number "
                          "from -%1 to %1, not 0.")
                      .arg(maxAdjustment));
    if (!line.failed() && reason->trimmed().isEmpty())
        line.fail(Cli::tr("Give the reason for the adjustment with --reason."));
    if (!line.finish())
        return badInput(line.error());

    Store store;
    if (const int opened = openForCustomer(store, databasePath, customer); opened != Success)
        return opened;
    const PointsResult result = store.points().adjust(customer, points, *reason, std::nullopt);
    if (result.badInput)
        return badInput(result.message);
    if (!result.ok()) // below zero, or the database refused: nothing was written
        return readFailed(result.message);
    printOut(QString::number(result.balance) + u'\n'); // the new balance alone: for scripts
    return Success;
}

} // namespace

int runPoints(CommandLine &line, const QString &databasePath)
{
    if (line.takeAction(QStringLiteral("adjust")))
        return runAdjust(line, databasePath);
    const CustomerId customer
        = takeCustomerId(line, Cli::tr("Say whose points to show: a customer id, as find prints it."));
    if (!line.finish())
        return badInput(line.error());

    Store store;
    if (const int opened = openForCustomer(store, databasePath, customer); opened != Success)
        return opened;

    // A fixed header and the ledger's codes, whatever the language: this output is for scripts.
    QString text = QStringLiteral("id,happened_at,kind,points,balance_after,expires_on,sale_id,reason\n");
    const ReadResult<QList<PointsMovement>> ledger = store.points().ledger(customer);
    if (!ledger.ok())
        return readFailed(ledger.error);
    qint64 balance = 0;
    for (const PointsMovement &m : *ledger.value) {
        balance += m.points;
        const QStringList fields{QString::number(m.id), toStoredText(m.happenedAt), toCode(m.kind),
            QString::number(m.points), QString::number(balance), toStoredText(m.expiresOn),
            m.sale ? QString::number(*m.sale) : QString(), m.reason};
        text += csvLine(fields);
    }
    printOut(text);
    return Success;
}

} // namespace atelier::cli
