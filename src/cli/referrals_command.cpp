#include "cli/commands.h"

#include "services/referrals.h"
#include "services/store.h"

namespace atelier::cli {

int runReferrals(CommandLine &line, const QString &databasePath)
{
    const std::optional<qint64> top = line.takeNumber(QStringLiteral("top"), 1, 1000000);
    if (!line.finish())
        return badInput(line.error());
    Store store;
    if (const int opened = openStore(store, databasePath, false); opened != Success)
        return opened;
    const ReadResult<QList<ReferrerRow>> read
        = store.referrals().referrers(top ? std::optional<int>(int(*top)) : std::nullopt);
    if (!read.ok())
        return readFailed(read.error);
    // A fixed header in every language: this output is for scripts (docs/cli.md). By referred buyers,
    // then referred, most first, then customer id.
    QString text = QStringLiteral("customer_id,referred,referred_buyers\n");
    for (const ReferrerRow &row : *read.value)
        text += csvLine({QString::number(row.customer), QString::number(row.referred),
            QString::number(row.referredBuyers)});
    printOut(text);
    return Success;
}

} // namespace atelier::cli
