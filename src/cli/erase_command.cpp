#include "cli/commands.h"

#include "services/customer_erasure.h"
#include "services/customer_service.h"
#include "services/store.h"

namespace atelier::cli {

int runErase(CommandLine &line, const QString &databasePath)
{
    const bool yes = line.takeFlag(QStringLiteral("yes"));
    const std::optional<QString> reasonCode = line.take(QStringLiteral("reason"));
    const std::optional<QString> word = line.takeWord();
    bool ok = false;
    const CustomerId customer = word ? word->toLongLong(&ok) : 0;
    if (!line.failed() && (!ok || customer < 1))
        line.fail(word
                ? Cli::tr("\"%1\" is not a customer id; give the number, as find prints it.").arg(*word)
                : Cli::tr("Say whom to erase: a customer id, as find prints it."));
    const std::optional<ErasureReason> reason
        = reasonCode ? erasureReasonFromCode(*reasonCode) : ErasureReason::CustomerRequest;
    if (!line.failed() && !reason)
        line.fail(Cli::tr("Unknown reason \"%1\"; the reasons are customer_request, consent_withdrawn and "
                          "other.")
                      .arg(*reasonCode));
    if (!line.finish())
        return badInput(line.error());

    Store store;
    if (const int opened = openStore(store, databasePath, false); opened != Success)
        return opened;
    const ReadResult<std::optional<CustomerArchive>> found = store.customers().load(customer);
    if (!found.ok())
        return readFailed(found.error);
    if (!*found.value)
        return badInput(Cli::tr("There is no customer with id %1.").arg(customer));
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
