// bench_staff DB [YYYY-MM]: the Staff report for a year (the twelve months to the month, and the year
// before, as the Reports page asks for them) with its targets, repeat-purchase rates, follow-ups on time
// and satisfaction (issue 24), and the month's archive contest; five runs each, median and worst as
// markdown rows. Budget: the Staff report for a year < 1 s on the 100 000-customer demo.
#include "bench_support.h"

#include "services/reports.h"
#include "services/staff_goals.h"
#include "services/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <utility>

using namespace atelier;

namespace {

template <typename T> T readValue(ReadResult<T> result)
{
    if (!result.ok()) {
        std::fprintf(stderr, "read failed: %s\n", qPrintable(result.error));
        std::exit(1);
    }
    return std::move(*result.value);
}

double time(const char *what, const std::function<qint64()> &read)
{
    QList<double> ms;
    qint64 figure = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        figure = read();
        ms << double(timer.nsecsElapsed()) / 1e6;
    }
    std::printf("| %s | %lld | %.0f ms | %.0f ms |\n", what, static_cast<long long>(figure),
        bench::median(ms), bench::percentile(ms, 100));
    return bench::median(ms);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_staff DATABASE [YYYY-MM]\n");
        return 2;
    }
    Store store;
    bench::openDemoStore(store, QString::fromLocal8Bit(argv[1]));
    const std::optional<ReportPeriod> month
        = ReportPeriod::parseMonth(argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("2026-06"));
    if (!month) {
        std::fprintf(stderr, "the month must be YYYY-MM\n");
        return 2;
    }
    const ReportPeriod year{month->from.addMonths(-11), month->to};
    Reports reports(store.database());
    std::printf(
        "| staff goals (%s) | a figure | median | worst |\n|---|---|---|---|\n", qPrintable(month->label()));
    const double yearMs
        = time("Staff report, the 12 months to the month and the 12 before (buyers she registered)", [&] {
              qint64 buyers = 0;
              for (const StaffRow &row : readValue(reports.staff(year)).current.rows)
                  buyers += row.registeredBuyers;
              return buyers;
          });
    time("Staff report, the month and the month before (clerks)",
        [&] { return qint64(readValue(reports.staff(*month)).current.rows.size()); });
    time("archive contest of the month (archives checked)", [&] {
        qint64 checked = 0;
        for (const ContestRow &row : readValue(store.staffGoals().contest(month->from)))
            checked += row.checked;
        return checked;
    });
    std::printf("\nbudget: the Staff report for a year < 1000 ms: %s\n", yearMs < 1000 ? "met" : "NOT MET");
    return yearMs < 1000 ? 0 : 1;
}
