// bench_staff DB [YYYY-MM]: the Staff report for a year (the twelve months to the month, and the year
// before, as the Reports page asks for them) with its targets, repeat-purchase rates, follow-ups on time
// and satisfaction (issue 24), and the month's archive contest; five runs each, median and worst as
// markdown rows (bench::printTimes). Budget: the Staff report for a year < 1 s on the 100 000-customer
// demo.
#include "bench_support.h"

#include "services/reports.h"
#include "services/staff_goals.h"
#include "services/store.h"

#include <QCoreApplication>

#include <cstdio>

using namespace atelier;

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
    bench::printTimes(
        "Staff report, the 12 months to the month and the 12 before (buyers she registered)", [&] {
            int buyers = 0;
            for (const StaffRow &row : bench::readValue(reports.staff(year)).current.rows)
                buyers += row.registeredBuyers;
            return buyers;
        });
    bench::printTimes("Staff report, the month and the month before (clerks)",
        [&] { return int(bench::readValue(reports.staff(*month)).current.rows.size()); });
    bench::printTimes("archive contest of the month (archives checked)", [&] {
        int checked = 0;
        for (const ContestRow &row : bench::readValue(store.staffGoals().contest(month->from)))
            checked += row.checked;
        return checked;
    });
    return 0;
}
