#include "cli_runner.h"

#include "core/clock.h"
#include "core/stored_time.h"
#include "services/coupon_service.h"
#include "services/customer_service.h"
#include "services/store.h"
#include "storage/coupon_repository.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace atelier;
using namespace atelier::testing;

namespace {

// Three coupons with known codes, dated around the real today (the CLI asks the system clock):
// an open amount coupon of customer 1, an expired percent coupon of customer 1, and an open
// bearer gift coupon.
class CouponStore
{
public:
    CouponStore()
    {
        Store store;
        REQUIRE(store.open(database()));
        const CustomerId customer
            = *store.customers().registerCustomer(QStringLiteral("王芳"), QStringLiteral("13700000001")).id;
        REQUIRE(customer == 1);
        QStringList codes{QStringLiteral("ACDE3467"), QStringLiteral("WXY34679"), QStringLiteral("HJKM9797")};
        CouponRepository coupons(store.database().connection());
        coupons.setCodeSource([&] { return codes.takeFirst(); });
        const QDate today = QDate::currentDate();
        Transaction transaction(store.database().connection());
        Coupon amount = amountCoupon(CouponReason::Return, Money::fromYuan(100), Money::fromYuan(300),
            today.addDays(-1), 30, QDateTime::currentDateTime());
        amount.customerId = customer;
        coupons.issue(amount);
        Coupon percent = amount;
        percent.kind = CouponKind::Percent;
        percent.value = 15;
        percent.minSpend = Money();
        percent.reason = CouponReason::Manual;
        percent.validFrom = today.addDays(-20);
        percent.validTo = today.addDays(-10);
        coupons.issue(percent);
        Coupon gift = amount;
        gift.customerId.reset();
        gift.kind = CouponKind::Gift;
        gift.value = 0;
        gift.reason = CouponReason::Campaign;
        coupons.issue(gift);
        coupons.expire(today);
        transaction.commit();
        m_from = toStoredText(today.addDays(-1));
        m_to = toStoredText(today.addDays(28));
    }

    QString database() const { return m_location.text(); }
    QString folder() const { return m_dir.path(); }
    QString from() const { return m_from; }
    QString to() const { return m_to; }

    CliRun run(QStringList arguments) const
    {
        arguments.prepend(QStringLiteral("coupons"));
        arguments.prepend(database());
        arguments.prepend(QStringLiteral("--db"));
        return runCli(arguments, folder());
    }

private:
    QTemporaryDir m_dir;
    TestLocation m_location{m_dir.path(), QStringLiteral("coupons.sqlite")};
    QString m_from;
    QString m_to;
};

const QString header
    = QStringLiteral("id,customer_id,code,kind,value,min_spend_fen,valid_from,valid_to,status,reason\n");

} // namespace

TEST_CASE("coupons prints the ledger as CSV; --customer and --open narrow it", "[cli][coupons]")
{
    CouponStore store;
    const QString amount = QStringLiteral("1,1,ACDE3467,amount,10000,30000,%1,%2,issued,return\n")
                               .arg(store.from(), store.to());
    const QString gift
        = QStringLiteral("3,,HJKM9797,gift,0,30000,%1,%2,issued,campaign\n").arg(store.from(), store.to());

    const CliRun all = store.run({});
    REQUIRE(all.exitCode == 0);
    const QStringList lines = all.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0) + u'\n' == header);
    CHECK(lines.at(1) + u'\n' == amount);
    CHECK(lines.at(2).startsWith(QStringLiteral("2,1,WXY34679,percent,15,0,")));
    CHECK(lines.at(2).endsWith(QStringLiteral(",expired,manual")));
    CHECK(lines.at(3) + u'\n' == gift);

    const CliRun open = store.run({QStringLiteral("--open")});
    REQUIRE(open.exitCode == 0);
    CHECK(open.out == header + amount + gift);

    const CliRun hers
        = store.run({QStringLiteral("--customer"), QStringLiteral("1"), QStringLiteral("--open")});
    REQUIRE(hers.exitCode == 0);
    CHECK(hers.out == header + amount);
}

TEST_CASE("coupons refuses bad input with exit code 2 and the reason on stderr", "[cli][coupons]")
{
    CouponStore store;
    for (const QStringList &arguments : {QStringList{QStringLiteral("--customer"), QStringLiteral("abc")},
             QStringList{QStringLiteral("--customer"), QStringLiteral("99")},
             QStringList{QStringLiteral("--closed")}}) {
        const CliRun bad = store.run(arguments);
        CHECK(bad.exitCode == 2);
        CHECK_FALSE(bad.err.isEmpty());
        CHECK(bad.out.isEmpty());
    }
    const CliRun missing = runCli(
        {QStringLiteral("--db"), store.folder() + QStringLiteral("/none.sqlite"), QStringLiteral("coupons")},
        store.folder());
    CHECK(missing.exitCode != 0);
}
