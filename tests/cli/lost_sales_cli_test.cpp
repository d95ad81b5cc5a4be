#include "cli_runner.h"

#include "core/clock.h"
#include "core/lost_sale.h"
#include "services/lost_sales.h"
#include "services/store.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace atelier;
using namespace atelier::testing;

namespace {

// Lost sales on 2026-05-03 and 2026-05-20, and one on 2026-06-01 outside the period asked.
class LostSalesStore
{
public:
    LostSalesStore()
    {
        FixedClock clock(QDateTime(QDate(2026, 5, 3), QTime(11, 0), QTimeZone(8 * 3600)));
        Store store(&clock);
        REQUIRE(store.open(database()));
        const auto add
            = [&](const char *style, const char *category, const char *size, LostSaleReason reason) {
                  LostSale sale;
                  sale.styleNumber = QString::fromUtf8(style);
                  sale.category = QString::fromUtf8(category);
                  sale.size = QString::fromUtf8(size);
                  sale.reason = reason;
                  REQUIRE(store.lostSales().record(sale).ok());
              };
        add("2601-BLK", "", "M", LostSaleReason::SizeOutOfStock);
        add("2601-BLK", "", "M", LostSaleReason::SizeOutOfStock);
        add("2601-BLK", "", "L", LostSaleReason::SizeOutOfStock);
        add("", "连衣裙", "", LostSaleReason::Price);
        clock.set(QDateTime(QDate(2026, 5, 20), QTime(23, 59), QTimeZone(8 * 3600)));
        add("1001", "", "S", LostSaleReason::Fit);
        add("2601-BLK", "", "M", LostSaleReason::SizeOutOfStock);
        clock.set(QDateTime(QDate(2026, 6, 1), QTime(0, 1), QTimeZone(8 * 3600)));
        add("2601-BLK", "", "M", LostSaleReason::SizeOutOfStock);
    }

    QString database() const { return m_location.text(); }

    CliRun run(QStringList arguments) const
    {
        arguments.prepend(QStringLiteral("lost-sales"));
        arguments.prepend(database());
        arguments.prepend(QStringLiteral("--db"));
        return runCli(arguments, m_dir.path());
    }

private:
    QTemporaryDir m_dir;
    TestLocation m_location{m_dir.path(), QStringLiteral("lost.sqlite")};
};

} // namespace

TEST_CASE("lost-sales prints CSV style_no,size,reason,count by count, then style, size, reason",
    "[cli][lost_sales]")
{
    LostSalesStore store;
    const CliRun may = store.run({QStringLiteral("--from"), QStringLiteral("2026-05-01"),
        QStringLiteral("--to"), QStringLiteral("2026-05-31")});
    INFO(may.err.toStdString());
    REQUIRE(may.exitCode == 0);
    CHECK(may.out
        == QStringLiteral("style_no,size,reason,count\n"
                          "2601-BLK,M,size_out_of_stock,3\n"
                          "1001,S,fit,1\n"
                          "2601-BLK,L,size_out_of_stock,1\n"
                          "连衣裙,,price,1\n"));

    const CliRun price
        = store.run({QStringLiteral("--from"), QStringLiteral("2026-05-01"), QStringLiteral("--to"),
            QStringLiteral("2026-05-31"), QStringLiteral("--reason"), QStringLiteral("price")});
    REQUIRE(price.exitCode == 0);
    CHECK(price.out == QStringLiteral("style_no,size,reason,count\n连衣裙,,price,1\n"));

    const CliRun none = store.run({QStringLiteral("--from"), QStringLiteral("2025-01-01"),
        QStringLiteral("--to"), QStringLiteral("2025-12-31")});
    REQUIRE(none.exitCode == 0);
    CHECK(none.out == QStringLiteral("style_no,size,reason,count\n"));
}

TEST_CASE("lost-sales refuses bad input with exit code 2", "[cli][lost_sales]")
{
    LostSalesStore store;
    const CliRun unknown
        = store.run({QStringLiteral("--from"), QStringLiteral("2026-05-01"), QStringLiteral("--to"),
            QStringLiteral("2026-05-31"), QStringLiteral("--reason"), QStringLiteral("cheap")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.out.isEmpty());
    CHECK(unknown.err.contains(QStringLiteral("cheap")));
    CHECK(unknown.err.contains(QStringLiteral("size_out_of_stock, price, fit, colour, other")));

    for (const QStringList &arguments : {QStringList{QStringLiteral("--from"), QStringLiteral("2026-05-01")},
             QStringList{QStringLiteral("--to"), QStringLiteral("2026-05-31")},
             QStringList{QStringLiteral("--from"), QStringLiteral("2026-5-1"), QStringLiteral("--to"),
                 QStringLiteral("2026-05-31")},
             QStringList{QStringLiteral("--from"), QStringLiteral("2026-05-31"), QStringLiteral("--to"),
                 QStringLiteral("2026-05-01")},
             QStringList{QStringLiteral("--from"), QStringLiteral("2026-02-30"), QStringLiteral("--to"),
                 QStringLiteral("2026-05-01")}}) {
        const CliRun bad = store.run(arguments);
        INFO(arguments.join(u' ').toStdString());
        CHECK(bad.exitCode == 2);
        CHECK(bad.out.isEmpty());
        CHECK_FALSE(bad.err.isEmpty());
    }
}
