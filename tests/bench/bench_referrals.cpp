// bench_referrals DB: times the referral report (issue 23) on the 100 000-customer demo: every referrer
// (atelier-cli referrals), the ten who brought most buyers, and the Reports tab's figures of a month
// (its rate, the period before, twelve months and the top ten). Each read seven times; prints the
// median and the worst as markdown rows. Budget: < 1 s each.
#include "bench_support.h"

#include "services/referrals.h"
#include "services/store.h"

#include <QCoreApplication>

#include <cstdio>

using namespace atelier;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_referrals DATABASE\n");
        return 2;
    }
    Store store;
    bench::openDemoStore(store, QString::fromLocal8Bit(argv[1]));
    Referrals &referrals = store.referrals();
    std::printf("| read | rows | median | worst |\n|---|---|---|---|\n");
    bench::printTimes(
        "every referrer (atelier-cli referrals)",
        [&] { return int(bench::readValue(referrals.referrers()).size()); }, 7);
    bench::printTimes(
        "the top 10 (referrals --top 10)",
        [&] { return int(bench::readValue(referrals.referrers(10)).size()); }, 7);
    bench::printTimes(
        "Reports → Referrals, June 2026",
        [&] {
            const ReferralFigures f = bench::readValue(referrals.figures(ReportPeriod::month(2026, 6)));
            return f.current.newCustomers;
        },
        7);
    return 0;
}
