// bench_history DB: a customer's history on the 100 000-customer demo store (generated when DB is
// missing). The busiest customer (the most events among the ten with the most sales):
//   first page  CustomerHistory::page, 50 events (the full history's page), every kind
//   card        the card's History section: 4 events, purchases and points left out
//   total       CustomerHistory::count, which the full history reads with its first page
//   next page   the page after the first 50 (keyset: as cheap as the first)
// 11 runs each, cold (a freshly opened store per run) and warm (the same one); medians in ms.
#include "bench_support.h"

#include "core/history_event.h"
#include "services/customer_history.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace atelier;

namespace {

using bench::msSince;
using bench::readValue;
using Read = std::function<int(CustomerHistory &)>;

void time(const char *what, const QString &path, const Read &read)
{
    QList<double> cold, warm;
    int rows = 0;
    for (int run = 0; run < 11; ++run) {
        Store store;
        if (!store.open(path))
            std::exit(1);
        QElapsedTimer timer;
        timer.start();
        rows = read(store.history());
        cold << msSince(timer);
    }
    Store store;
    if (!store.open(path))
        std::exit(1);
    for (int run = 0; run < 11; ++run) {
        QElapsedTimer timer;
        timer.start();
        rows = read(store.history());
        warm << msSince(timer);
    }
    std::printf("| %s | %d | %.2f | %.2f |\n", what, rows, bench::median(cold), bench::median(warm));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_history DB\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    CustomerId busiest = 0;
    int events = 0;
    {
        Store store;
        bench::openDemoStore(store, path);
        QSqlQuery top = sql::run(store.database().connection(),
            QStringLiteral("SELECT customer_id FROM sales WHERE customer_id IS NOT NULL GROUP BY customer_id"
                           " ORDER BY COUNT(*) DESC, customer_id LIMIT 10"));
        while (top.next()) {
            const CustomerId candidate = top.value(0).toLongLong();
            const int count = readValue(store.history().count(candidate, allHistoryKinds()));
            if (count > events) {
                events = count;
                busiest = candidate;
            }
        }
    }
    if (busiest == 0) {
        std::fprintf(stderr, "the store has no sales\n");
        return 1;
    }
    std::printf("Busiest customer: #%lld with %d events.\n\n", qlonglong(busiest), events);
    std::printf("| read | rows | cold median ms | warm median ms |\n|---|---|---|---|\n");
    const QList<HistoryKind> every = allHistoryKinds();
    time("first page (50 events)", path, [&](CustomerHistory &history) {
        return int(readValue(history.page(busiest, every, std::nullopt, 50)).rows.size());
    });
    QList<HistoryKind> card = every;
    card.removeAll(HistoryKind::Purchase);
    card.removeAll(HistoryKind::Points);
    time("card (4 events, no purchases or points)", path, [&](CustomerHistory &history) {
        return int(readValue(history.page(busiest, card, std::nullopt, 4)).rows.size());
    });
    time("total", path, [&](CustomerHistory &history) { return readValue(history.count(busiest, every)); });
    time("first page and total (the full history opening)", path, [&](CustomerHistory &history) {
        readValue(history.count(busiest, every));
        return int(readValue(history.page(busiest, every, std::nullopt, 50)).rows.size());
    });
    std::optional<PageCursor> deep;
    {
        Store store;
        if (!store.open(path))
            return 1;
        const KeysetPage<HistoryLine> first
            = readValue(store.history().page(busiest, every, std::nullopt, 50));
        deep = first.next;
    }
    time("the next page (after the first 50)", path, [&](CustomerHistory &history) {
        return int(readValue(history.page(busiest, every, deep, 50)).rows.size());
    });
    return 0;
}
