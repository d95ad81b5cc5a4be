#include "cli/commands.h"

#include "core/lost_sale.h"
#include "core/report_period.h"
#include "services/lost_sales.h"
#include "services/store.h"

namespace atelier::cli {

// CSV style_no,size,reason,count over the days from --from to --to, both included (docs/cli.md).
int runLostSales(CommandLine &line, const QString &databasePath)
{
    const std::optional<QDate> from = line.takeDate(QStringLiteral("from"));
    const std::optional<QDate> to = line.takeDate(QStringLiteral("to"));
    const std::optional<QString> reasonText = line.take(QStringLiteral("reason"));
    if (!line.failed() && !from)
        line.fail(CommandLine::tr("The option --%1 is required.").arg(QStringLiteral("from")));
    if (!line.failed() && !to)
        line.fail(CommandLine::tr("The option --%1 is required.").arg(QStringLiteral("to")));
    if (!line.failed() && *to < *from)
        line.fail(Cli::tr("--to must not be before --from."));
    std::optional<LostSaleReason> reason;
    if (!line.failed() && reasonText) {
        reason = lostSaleReasonFromCode(*reasonText);
        if (!reason)
            line.fail(Cli::tr("Unknown reason \"%1\"; the reasons are %2.")
                          .arg(*reasonText, LostSale::reasonCodesText()));
    }
    if (!line.finish())
        return badInput(line.error());
    Store store;
    if (const int opened = openStore(store, databasePath, false); opened != Success)
        return opened;
    const ReadResult<QList<LostSaleCount>> read = store.lostSales().report(ReportPeriod{*from, *to}, reason);
    if (!read.ok())
        return readFailed(read.error);
    // Codes and a fixed header in every language: this output is for scripts. Rows by count, most
    // first, then style_no, size and reason (sortLostSaleCounts).
    QString text = QStringLiteral("style_no,size,reason,count\n");
    for (const LostSaleCount &row : *read.value)
        text += csvLine({row.wanted, row.size, lostSaleReasonCode(row.reason), QString::number(row.count)});
    printOut(text);
    return Success;
}

} // namespace atelier::cli
