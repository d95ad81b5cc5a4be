#include "cli/commands.h"

#include "services/customer_service.h"
#include "services/store.h"

namespace atelier::cli {

CustomerId takeCustomerId(CommandLine &line, const QString &missing)
{
    const std::optional<QString> word = line.takeWord();
    bool ok = false;
    const CustomerId customer = word ? word->toLongLong(&ok) : 0;
    if (line.failed() || (ok && customer >= 1))
        return customer;
    line.fail(word ? Cli::tr("\"%1\" is not a customer id; give the number, as find prints it.").arg(*word)
                   : missing);
    return 0;
}

int openForCustomer(Store &store, const QString &path, CustomerId customer)
{
    if (const int opened = openStore(store, path, false); opened != Success)
        return opened;
    const ReadResult<std::optional<CustomerArchive>> found = store.customers().load(customer);
    if (!found.ok())
        return readFailed(found.error);
    if (!*found.value)
        return badInput(Cli::tr("There is no customer with id %1.").arg(customer));
    return Success;
}

} // namespace atelier::cli
