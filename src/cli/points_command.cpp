#include "cli/commands.h"

#include "core/points.h"
#include "core/stored_time.h"
#include "services/points_service.h"
#include "services/store.h"

namespace atelier::cli {

int runPoints(CommandLine &line, const QString &databasePath)
{
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
