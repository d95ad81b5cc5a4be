#include "cli/commands.h"

#include "core/stored_time.h"
#include "services/coupon_service.h"
#include "services/customer_service.h"
#include "services/store.h"

#include <algorithm>
#include <limits>

namespace atelier::cli {

int runCoupons(CommandLine &line, const QString &databasePath)
{
    const std::optional<qint64> customer
        = line.takeNumber(QStringLiteral("customer"), 1, std::numeric_limits<qint64>::max());
    const bool openOnly = line.takeFlag(QStringLiteral("open"));
    if (!line.finish())
        return badInput(line.error());
    Store store;
    if (const int opened = openStore(store, databasePath, false); opened != Success)
        return opened;
    if (customer) {
        const ReadResult<std::optional<CustomerArchive>> found = store.customers().load(*customer);
        if (!found.ok())
            return readFailed(found.error);
        if (!*found.value)
            return badInput(Cli::tr("There is no customer with id %1.").arg(*customer));
    }
    const ReadResult<QList<Coupon>> read = store.coupons().list(customer, openOnly);
    if (!read.ok())
        return readFailed(read.error);
    QList<Coupon> coupons = *read.value;
    std::sort(coupons.begin(), coupons.end(), [](const Coupon &a, const Coupon &b) { return a.id < b.id; });

    // Codes and a fixed header in every language: this output is for scripts (docs/cli.md).
    QString text
        = QStringLiteral("id,customer_id,code,kind,value,min_spend_fen,valid_from,valid_to,status,reason\n");
    for (const Coupon &c : coupons) {
        text += csvLine({QString::number(c.id), c.customerId ? QString::number(*c.customerId) : QString(),
            c.code, couponKindCode(c.kind), QString::number(c.value), QString::number(c.minSpend.fen()),
            toStoredText(c.validFrom), toStoredText(c.validTo), couponStatusCode(c.status),
            couponReasonCode(c.reason)});
    }
    printOut(text);
    return Success;
}

} // namespace atelier::cli
