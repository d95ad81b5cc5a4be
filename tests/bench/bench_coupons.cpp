// Coupon lookup by code at the sale dialog on the 100 000-customer demo (budget: < 10 ms). The demo
// may hold few coupons, so 50 000 are issued first inside a transaction that is rolled back at the
// end: the lookups run against a full UNIQUE index and the demo file is left as it was.
// Usage: bench_coupons [DATABASE] [LOOKUPS]
#include "bench_support.h"
#include "core/clock.h"
#include "services/coupon_service.h"
#include "services/store.h"
#include "storage/coupon_repository.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>

using namespace atelier;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("bench-demo.sqlite");
    const int lookups = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 2000;
    Store store;
    bench::openDemoStore(store, path);

    Transaction transaction(store.database().connection()); // never committed
    CouponRepository coupons(store.database().connection());
    QList<QString> codes;
    const QDate today = store.clock().today();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 50000; ++i) {
        Coupon coupon = amountCoupon(
            CouponReason::Campaign, Money::fromYuan(20), Money(), today, 30, store.clock().now());
        coupons.issue(coupon);
        if (i % 25 == 0)
            codes << coupon.code;
    }
    const double issueMs = timer.nsecsElapsed() / 1e6;

    // As the clerk types them: lower case with a dash, half of them mistyped (no match).
    QList<double> foundMs;
    QList<double> missedMs;
    QRandomGenerator random(21);
    for (int i = 0; i < lookups; ++i) {
        const QString code = codes.at(random.bounded(int(codes.size())));
        const QString typed = i % 2 == 0 ? coupon_code::display(code).toLower()
                                         : coupon_code::display(code.left(7) + QLatin1Char('X'));
        timer.restart();
        const CouponCheck check = store.coupons().checkForSale(typed, std::nullopt, Money::fromYuan(500));
        (i % 2 == 0 ? foundMs : missedMs) << timer.nsecsElapsed() / 1e6;
        if (i % 2 == 0 && !check.coupon) {
            std::fprintf(stderr, "a coupon was not found by its code\n");
            return 1;
        }
    }
    std::printf("| what (50 000 coupons, %d lookups) | median | p95 |\n|---|---|---|\n", lookups);
    std::printf("| coupon lookup by code, found | %.3f ms | %.3f ms |\n", bench::median(foundMs),
        bench::percentile(foundMs, 95));
    std::printf("| coupon lookup by code, mistyped | %.3f ms | %.3f ms |\n", bench::median(missedMs),
        bench::percentile(missedMs, 95));
    std::printf("| issuing 50 000 coupons in one transaction | %.0f ms | |\n", issueMs);
    return 0;
}
