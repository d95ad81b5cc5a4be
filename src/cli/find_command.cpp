#include "cli/commands.h"

#include "services/counter_search.h"
#include "services/store.h"

namespace atelier::cli {

int runFind(CommandLine &line, const QString &databasePath)
{
    const int limit = static_cast<int>(line.takeNumber(QStringLiteral("limit"), 1, 1000).value_or(20));
    // The rest is the query, so an unquoted "Anna Smith" works too.
    const QString query = line.takeWords().join(u' ').trimmed();
    if (query.isEmpty() && !line.failed())
        line.fail(Cli::tr("Say what to find: phone digits, a name, pinyin initials or a WeChat id."));
    if (!line.finish())
        return badInput(line.error());

    Store store;
    if (const int opened = openStore(store, databasePath, false); opened != Success)
        return opened;

    QString text;
    for (const CounterMatch &match : store.counterSearch().find(query, limit)) {
        // The tier column stays empty until the loyalty engine lands; the phone is masked because
        // this output ends up in terminals, scripts and screenshots.
        const QStringList fields{QString::number(match.customer.id), match.customer.name,
            PhoneNumber::mask(match.customer.phoneDigits), QString()};
        text += csvLine(fields);
    }
    printOut(text);
    return Success;
}

} // namespace atelier::cli
