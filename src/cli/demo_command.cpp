#include "cli/commands.h"

#include "core/clock.h"
#include "services/demo_store.h"
#include "services/store.h"

#include <QLocale>

namespace atelier::cli {

int runDemo(CommandLine &line, const QString &databasePath)
{
    DemoStoreGenerator::Options options;
    const std::optional<qint64> customers = line.takeNumber(QStringLiteral("customers"), 1, 1000000);
    if (!customers && !line.failed())
        line.fail(Cli::tr("The option --customers is required."));
    options.customers = static_cast<int>(customers.value_or(0));
    options.years = static_cast<int>(line.takeNumber(QStringLiteral("years"), 1, 20).value_or(options.years));
    options.seed = line.takeUnsigned(QStringLiteral("seed")).value_or(options.seed);
    options.endDate = line.takeDate(QStringLiteral("until")).value_or(QDate());
    if (!line.finish())
        return badInput(line.error());

    Store store;
    if (const int opened = openStore(store, databasePath, true); opened != Success)
        return opened;
    // Yesterday, the last whole day: a sale timed later today than now would be a sale in the future.
    if (!options.endDate.isValid())
        options.endDate = store.clock().today().addDays(-1);

    const auto progress = [](const DemoStoreGenerator::Progress &p) {
        const QString phase = p.phase == DemoStoreGenerator::Progress::Phase::Customers ? Cli::tr("customers")
                                                                                        : Cli::tr("sales");
        printError(Cli::tr("%1: %2 / %3").arg(phase).arg(p.done).arg(p.total) + u'\n');
    };
    const DemoStoreGenerator::Result result = store.generateDemo(options, progress);
    if (!result.ok()) {
        // A store that already has customers is the caller's mistake, not a failure of the work.
        if (result.refused)
            return badInput(result.error);
        printError(QStringLiteral("atelier-cli: ") + result.error + u'\n');
        return Failure;
    }
    printOut(
        Cli::tr("Generated %1 customers, %2 sales with %3 lines, %4 returns (%5 exchanges), %6 campaigns "
                "and %7 coupons in %8 s.")
            .arg(result.customers)
            .arg(result.sales)
            .arg(result.saleLines)
            .arg(result.returns)
            .arg(result.exchanges)
            .arg(result.campaigns)
            .arg(result.coupons)
            .arg(QLocale::c().toString(double(result.milliseconds) / 1000.0, 'f', 1))
        + u'\n');
    return Success;
}

} // namespace atelier::cli
