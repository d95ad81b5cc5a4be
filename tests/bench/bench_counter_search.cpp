// bench_counter_search DB: times CounterSearch::find(q, 20) for the three things clerks type most
// (last 4 phone digits, 2 pinyin initials, a surname) on random real customers of a demo store.
#include "bench_support.h"

#include "core/pinyin_keys.h"
#include "services/archive_service.h"
#include "services/counter_search.h"
#include "services/demo_random.h"
#include "services/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace atelier;

namespace {

constexpr int queriesPerKind = 400;

struct Kind
{
    const char *name;
    QStringList queries;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_counter_search DATABASE\n");
        return 2;
    }
    Store store;
    bench::openDemoStore(store, QString::fromLocal8Bit(argv[1]));

    const QList<ArchiveRow> customers
        = store.archive()
              .page({}, ArchiveSort::CreatedAt, Qt::AscendingOrder, std::nullopt, 1000000)
              .value.value()
              .rows;
    DemoRandom random(2026);
    Kind phone{"4 trailing phone digits", {}};
    Kind initials{"2 pinyin initials", {}};
    Kind surname{"1-2 character name prefix", {}};
    for (int i = 0; i < queriesPerKind; ++i) {
        const ArchiveRow &a = random.pick(customers);
        phone.queries << a.phoneDigits.right(4);
        const ArchiveRow &b = random.pick(customers);
        initials.queries << PinyinTransliterator::forThisThread().keysFor(b.name).initials.left(2);
        const ArchiveRow &c = random.pick(customers);
        surname.queries << c.name.left(random.between(1, 2));
    }

    CounterSearch &search = store.counterSearch();
    for (int i = 0; i < 50; ++i) // warm the page cache and the prepared statements
        search.find(phone.queries.at(i), 20);

    std::printf(
        "| query kind | queries | median ms | p99 ms | max ms | mean matches |\n|---|---|---|---|---|---|\n");
    for (const Kind *kind : {&phone, &initials, &surname}) {
        QList<double> ms;
        qint64 matches = 0;
        QElapsedTimer timer;
        for (const QString &query : kind->queries) {
            timer.start();
            matches += search.find(query, 20).size();
            ms << double(timer.nsecsElapsed()) / 1e6;
        }
        std::printf("| %s | %lld | %.3f | %.3f | %.3f | %.1f |\n", kind->name,
            static_cast<long long>(ms.size()), bench::median(ms), bench::percentile(ms, 99),
            bench::percentile(ms, 100), double(matches) / double(ms.size()));
    }
    return 0;
}
