// bench_card_lookup DB: times the counter search for a member card's whole number, as a scanner sends it,
// on random card holders of a demo store (issue 24; budget: median < 10 ms on the 100 000-customer demo).
#include "bench_support.h"

#include "services/archive_service.h"
#include "services/counter_search.h"
#include "services/demo_random.h"
#include "services/member_cards.h"
#include "services/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace atelier;

namespace {

constexpr int lookups = 400;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_card_lookup DATABASE\n");
        return 2;
    }
    Store store;
    bench::openDemoStore(store, QString::fromLocal8Bit(argv[1]));

    const QList<ArchiveRow> customers = bench::readValue(
        store.archive().page({}, ArchiveSort::CreatedAt, Qt::AscendingOrder, std::nullopt, 1000000))
                                            .rows;
    DemoRandom random(2026);
    QList<CustomerId> sample;
    for (int i = 0; i < lookups * 3; ++i)
        sample << random.pick(customers).id;
    QList<MemberCardFace> holders;
    for (const MemberCardFace &face : bench::readValue(store.memberCards().faces(sample))) {
        if (!face.cardNo.isEmpty() && holders.size() < lookups)
            holders << face;
    }
    if (holders.isEmpty()) {
        std::fprintf(stderr, "the store has no member card numbers\n");
        return 1;
    }

    CounterSearch &search = store.counterSearch();
    for (int i = 0; i < 50; ++i) // warm the page cache and the prepared statements
        search.find(holders.at(i % holders.size()).cardNo, 20);

    QList<double> ms;
    int first = 0;
    QElapsedTimer timer;
    for (const MemberCardFace &holder : std::as_const(holders)) {
        timer.start();
        const QList<CounterMatch> matches = search.find(holder.cardNo, 20);
        ms << bench::msSince(timer);
        if (!matches.isEmpty() && matches.first().customer.id == holder.id
            && matches.first().reason == CounterMatch::Reason::CardNumber)
            ++first;
    }
    std::printf(
        "| lookup | lookups | holder first | median ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n");
    std::printf("| card number (whole counter search, 20 rows) | %lld | %d | %.3f | %.3f | %.3f |\n",
        static_cast<long long>(ms.size()), first, bench::median(ms), bench::percentile(ms, 99),
        bench::percentile(ms, 100));
    return first == ms.size() ? 0 : 1;
}
