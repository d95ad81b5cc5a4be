// bench_duplicates: the duplicate suggestions and one merge + undo on a copy of the 100 000-customer
// demo store (the original is never opened for writing). 200 customers first change their phone
// and a new customer registers with each old number, so the "earlier phone" rule has pairs to find.
// Prints markdown rows: each rule and the whole suggestion list (5 runs), then a merge and its undo.
#include "bench_support.h"

#include "services/customer_merge.h"
#include "services/customer_service.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/duplicate_query.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace atelier;

namespace {

constexpr int kRuns = 5;
constexpr int kPlanted = 200;

void timeRule(const char *what, const std::function<qsizetype()> &run)
{
    QList<double> times;
    qsizetype found = 0;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        found = run();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    std::printf("| %s | %lld | %.0f | %.0f | %.0f |\n", what, static_cast<long long>(found),
        bench::median(times), times.first(), times.last());
}

void plantPhoneChanges(Store &store)
{
    const QSqlDatabase db = store.database().connection();
    QSqlQuery ids = sql::run(db, QStringLiteral("SELECT id FROM customers ORDER BY id LIMIT ?"), {kPlanted});
    QList<CustomerId> customers;
    while (ids.next())
        customers << ids.value(0).toLongLong();
    int i = 0;
    for (const CustomerId id : customers) {
        CustomerArchive archive = *store.customers().load(id).value.value();
        const QString old = archive.customer.phone.digits();
        archive.phoneText = QStringLiteral("199%1").arg(++i, 8, 10, QLatin1Char('0'));
        if (!store.customers().save(archive).ok()
            || !store.customers().registerCustomer(QStringLiteral("新顾客"), old).ok()) {
            std::fprintf(stderr, "planting failed\n");
            std::exit(1);
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_duplicates DEMO.sqlite\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("duplicates.sqlite"));
    // A file copy (with its WAL, when there is one): the demo store itself is never opened here.
    // Without one, openDemoStore generates the store at the copy's place.
    const QString original = QString::fromLocal8Bit(argv[1]);
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        if (QFile::exists(original + suffix) && !QFile::copy(original + suffix, copy + suffix)) {
            std::fprintf(stderr, "cannot copy the demo store\n");
            return 1;
        }
    }
    Store store;
    bench::openDemoStore(store, copy);
    plantPhoneChanges(store);
    DuplicateQuery query(store.database().connection());
    CustomerMerge merge(store.database(), store.clock());

    const int customers
        = sql::scalar(store.database().connection(), QStringLiteral("SELECT count(*) FROM customers"))
              .toInt();
    std::printf("%d customers, %d planted phone changes.\n\n", customers, kPlanted);
    std::printf("| what | pairs | median ms | min | max |\n|---|---|---|---|---|\n");
    timeRule("earlier phone (audit trail)", [&] { return query.earlierPhones().size(); });
    timeRule("same name and birthday", [&] { return query.sameNameAndBirthday().size(); });
    timeRule("same pinyin and last 4 digits", [&] { return query.samePinyinAndPhoneEnd().size(); });
    timeRule("all three, combined", [&] { return query.pairs().size(); });
    timeRule("CustomerMerge::suggestions (with names)", [&] { return merge.suggestions().pairs.size(); });
    const SuggestionsResult listed = merge.suggestions();
    if (!listed.error.isEmpty())
        std::fprintf(stderr, "suggestions: %s\n", qPrintable(listed.error));

    const QList<DuplicatePair> pairs = query.earlierPhones();
    if (pairs.isEmpty())
        return 0;
    // The planted newcomer is kept and the customer with the history is absorbed: all her rows move.
    const DuplicatePair pair = pairs.first();
    QElapsedTimer timer;
    timer.start();
    const MergeResult merged = merge.merge(pair.second, pair.first);
    const double mergeMs = double(timer.nsecsElapsed()) / 1e6;
    int rows = 0;
    for (const MoveCount &count : merged.moved)
        rows += count.rows;
    timer.restart();
    const UndoResult undone = merge.undo(merged.mergeId.value_or(0));
    const double undoMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("\n| operation | rows moved | ms | result |\n|---|---|---|---|\n");
    std::printf("| merge | %d | %.0f | %s |\n", rows, mergeMs, merged.ok() ? "ok" : qPrintable(merged.error));
    std::printf("| undo | %d | %.0f | %s |\n", rows, undoMs, undone.ok() ? "ok" : qPrintable(undone.error));
    return 0;
}
