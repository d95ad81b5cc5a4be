// bench_audit: what the audit trail adds to a customer save. On a temporary store with 1 000
// customers, times 1 000 saves of an existing customer (each changes one field, so each writes one
// audit entry), then the audit hook alone — reading the customer's tags and life events for the
// "before", the field diff and the INSERT — 1 000 times inside one open transaction (no commit, so
// only the hook's own work is measured), and prints medians and the 95th percentiles in ms.
#include "bench_support.h"

#include "services/audit_trail.h"
#include "services/customer_service.h"
#include "services/store.h"
#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace atelier;

namespace {

constexpr int kCustomers = 1000;
constexpr int kSaves = 1000;

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    Store store;
    if (!store.open(dir.filePath(QStringLiteral("bench.sqlite")))) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(store.errorString()));
        return 1;
    }
    QList<CustomerId> ids;
    for (int i = 0; i < kCustomers; ++i) {
        const SaveResult saved = store.customers().registerCustomer(
            QStringLiteral("顾客"), QStringLiteral("138%1").arg(i, 8, 10, QLatin1Char('0')));
        if (!saved.ok())
            return 1;
        ids << *saved.id;
    }

    QList<double> saves;
    for (int i = 0; i < kSaves; ++i) {
        CustomerArchive archive = *store.customers().load(ids.at(i % kCustomers)).value.value();
        archive.customer.sizeTop = i % 2 ? QStringLiteral("M") : QStringLiteral("L");
        QElapsedTimer timer;
        timer.start();
        if (!store.customers().save(archive).ok())
            return 1;
        saves << elapsedMs(timer);
    }

    QList<double> hooks;
    {
        Database &db = store.database();
        Transaction transaction(db.connection());
        CustomerRepository customers(db.connection());
        AuditTrail audit(db, store.clock());
        for (int i = 0; i < kSaves; ++i) {
            const CustomerId id = ids.at(i % kCustomers);
            CustomerArchive after = *store.customers().load(id).value.value();
            after.customer.sizeTop = QStringLiteral("XL");
            QElapsedTimer timer;
            timer.start();
            CustomerArchive before{*customers.find(id), {}, {}, customers.lifeEventsOf(id)};
            for (const Tag &tag : customers.tagsOf(id))
                before.tagIds << tag.id;
            audit.recordCustomerChange(db.auditActor(), before, after);
            hooks << elapsedMs(timer);
        }
        // Rolled back: the benchmark leaves the store as it was.
    }

    std::printf("| customer save with audit (%d saves) | median %.3f ms | p95 %.3f ms |\n", kSaves,
        bench::median(saves), bench::percentile(saves, 95));
    std::printf("| audit hook alone (before read, diff, insert) | median %.3f ms | p95 %.3f ms |\n",
        bench::median(hooks), bench::percentile(hooks, 95));
    return 0;
}
