#include "cli/commands.h"

#include "services/customer_erasure.h"
#include "services/store.h"

namespace atelier::cli {

int runErase(CommandLine &line, const QString &databasePath)
{
    const bool yes = line.takeFlag(QStringLiteral("yes"));
    const std::optional<QString> reasonCode = line.take(QStringLiteral("reason"));
    const CustomerId customer
        = takeCustomerId(line, Cli::tr("Say whom to erase: a customer id, as find prints it."));
    const std::optional<ErasureReason> reason
        = reasonCode ? erasureReasonFromCode(*reasonCode) : ErasureReason::CustomerRequest;
    if (!line.failed() && !reason)
        line.fail(Cli::tr("Unknown reason \"%1\"; the reasons are customer_request, consent_withdrawn and "
                          "other.")
                      .arg(*reasonCode));
    if (!line.finish())
        return badInput(line.error());

    Store store;
    if (const int opened = openForCustomer(store, databasePath, customer); opened != Success)
        return opened;
    if (!yes)
        return badInput(Cli::tr("Erasing customer %1 removes their personal data for good (purchases and "
                                "points are kept anonymously). Add --yes to do it.")
                            .arg(customer));
    const EraseResult result = store.erasure().erase(customer, *reason);
    if (!result.ok()) {
        printError(result.message + u'\n');
        return Failure;
    }
    printOut(Cli::tr("Customer %1 erased.\n").arg(customer));
    return Success;
}

} // namespace atelier::cli
