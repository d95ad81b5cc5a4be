#include "cli/commands.h"

#include "core/history_event.h"
#include "services/customer_history.h"
#include "services/store.h"

namespace atelier::cli {

int runHistory(CommandLine &line, const QString &databasePath)
{
    const CustomerId customer
        = takeCustomerId(line, Cli::tr("Say whose history to show: a customer id, as find prints it."));
    if (!line.finish())
        return badInput(line.error());

    Store store;
    if (const int opened = openForCustomer(store, databasePath, customer); opened != Success)
        return opened;

    // A fixed header and the kinds' codes whatever the language; the summary is in the CLI's.
    // Read a page at a time and printed as it comes, so a long history never sits in memory whole.
    printOut(QStringLiteral("at,kind,summary\n"));
    CustomerHistory &history = store.history();
    const QList<HistoryKind> kinds = history.visibleKinds();
    constexpr int pageSize = 500;
    std::optional<PageCursor> after;
    for (;;) {
        const ReadResult<KeysetPage<HistoryLine>> page = history.page(customer, kinds, after, pageSize);
        if (!page.ok())
            return readFailed(page.error);
        QString text;
        for (const HistoryLine &shown : page.value->rows)
            text += csvLine({shown.event.at, toCode(shown.event.kind), shown.summary});
        printOut(text);
        if (page.value->rows.size() < pageSize)
            break;
        after = page.value->next;
    }
    return Success;
}

} // namespace atelier::cli
