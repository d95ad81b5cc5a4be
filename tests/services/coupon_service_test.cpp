#include "services/complaint_service.h"
#include "services/coupon_service.h"
#include "services/customer_erasure.h"
#include "services/customer_merge.h"
#include "services/customer_service.h"
#include "services/points_service.h"
#include "services/reports.h"
#include "services/sale_service.h"
#include "services/service_settings.h"
#include "storage/coupon_repository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/staff_repository.h"
#include "support/failing_writes.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::readValue;
using atelier::testing::TempStore;

namespace {

SaleLine piece(const char *style, int quantity, Money price)
{
    return SaleLine{0, QString::fromLatin1(style), QStringLiteral("连衣裙"), QStringLiteral("藏青"),
        QStringLiteral("M"), quantity, price, price};
}

struct Fixture
{
    TempStore t;
    CustomerId customer = 0;
    CustomerId other = 0;

    Fixture()
    {
        customer = *t.store()
                        .customers()
                        .registerCustomer(QStringLiteral("李娜"), QStringLiteral("13700000001"))
                        .id;
        other = *t.store()
                     .customers()
                     .registerCustomer(QStringLiteral("王芳"), QStringLiteral("13700000002"))
                     .id;
    }

    QSqlDatabase db() { return t.store().database().connection(); }
    CouponService &coupons() { return t.store().coupons(); }
    SaleService &sales() { return t.store().sales(); }

    Coupon issue(std::int64_t fen, Money minSpend = Money(), std::optional<CustomerId> to = {},
        CouponKind kind = CouponKind::Amount)
    {
        ManualCoupon draft;
        draft.customer = to ? to : std::optional<CustomerId>(customer);
        draft.kind = kind;
        draft.value = fen;
        draft.minSpend = minSpend;
        draft.validTo = t.clock().today().addDays(30);
        const CouponResult issued = coupons().issueManual(draft);
        REQUIRE(issued.ok());
        return *issued.coupon;
    }

    Sale sale(const QString &code, QList<SaleLine> lines)
    {
        Sale s;
        s.customerId = customer;
        s.couponCode = code;
        s.lines = std::move(lines);
        return s;
    }

    std::optional<Coupon> reread(const Coupon &c) { return CouponRepository(db()).find(c.id); }
    int count(const char *table)
    {
        return sql::scalar(db(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)).toInt();
    }
};

} // namespace

TEST_CASE("a coupon redeemed with a sale: the discount is spread by value and the total is what was paid",
    "[services][coupons]")
{
    Fixture f;
    const Coupon coupon = f.issue(10000);
    const SaleResult sold = f.sales().recordSale(f.sale(coupon_code::display(coupon.code).toLower(),
        {piece("A1", 2, Money::fromYuan(300)), piece("B1", 1, Money::fromYuan(200)),
            piece("C1", 1, Money::fromYuan(100))}));
    REQUIRE(sold.ok());
    CHECK(sold.couponDiscount == Money::fromYuan(100));
    const auto sale = readValue(f.sales().sale(*sold.id));
    REQUIRE(sale);
    CHECK(sale->total() == Money::fromYuan(800));
    Money shares;
    for (const SaleLine &line : sale->lines)
        shares += line.couponShare;
    CHECK(shares == Money::fromYuan(100));
    CHECK(sale->lines[0].couponShare == Money::fromFen(6667)); // 600 of 900, the largest remainder
    CHECK(sale->lines[1].couponShare == Money::fromFen(2222));
    CHECK(sale->lines[2].couponShare == Money::fromFen(1111));
    CHECK(sql::scalar(f.db(), QStringLiteral("SELECT total_fen FROM sales WHERE id = ?"), {*sold.id})
              .toLongLong()
        == 80000);
    const auto after = f.reread(coupon);
    CHECK(after->status == CouponStatus::Redeemed);
    CHECK(after->saleId == *sold.id);
    CHECK(after->discount == Money::fromYuan(100));
}

TEST_CASE("the points of a coupon sale follow the paid amount", "[services][coupons]")
{
    Fixture f;
    const Coupon coupon = f.issue(10000);
    const SaleResult sold = f.sales().recordSale(f.sale(coupon.code, {piece("A1", 1, Money::fromYuan(500))}));
    REQUIRE(sold.ok());
    CHECK(sold.pointsEarned == 400);
    CHECK(readValue(f.t.store().points().balance(f.customer)) == 400);
}

TEST_CASE("a coupon is redeemed at most once, also from two connections", "[services][coupons]")
{
    Fixture f;
    const Coupon coupon = f.issue(5000);
    Database second;
    REQUIRE(second.open(f.t.path()));
    SaleService otherWindow(second, f.t.clock());
    CouponService otherCoupons(second, f.t.clock());
    // The second window checked the code before the first sold: it looked usable then.
    REQUIRE(otherCoupons.checkForSale(coupon.code, f.customer, Money::fromYuan(300)).usable());

    REQUIRE(f.sales().recordSale(f.sale(coupon.code, {piece("A1", 1, Money::fromYuan(300))})).ok());
    const int salesBefore = f.count("sales");
    const SaleResult again
        = otherWindow.recordSale(f.sale(coupon.code, {piece("B1", 1, Money::fromYuan(300))}));
    CHECK_FALSE(again.ok());
    CHECK(again.message.contains(QStringLiteral("redeemed")));
    CHECK(f.count("sales") == salesBefore);

    // The database itself refuses a second redemption, whatever a caller checked before.
    CHECK_FALSE(CouponRepository(second.connection()).redeem(coupon.id, 999, Money(), f.t.clock().now()));
}

TEST_CASE("refused coupons say which and when", "[services][coupons]")
{
    Fixture f;
    SECTION("a mistyped code: no match")
    {
        const CouponCheck check
            = f.coupons().checkForSale(QStringLiteral("ZZZZ-0000"), f.customer, Money::fromYuan(100));
        CHECK_FALSE(check.usable());
        CHECK_FALSE(check.coupon);
        CHECK(check.message.contains(QStringLiteral("No coupon")));
        CHECK_FALSE(
            f.sales()
                .recordSale(f.sale(QStringLiteral("ACDE3467"), {piece("A1", 1, Money::fromYuan(100))}))
                .ok());
    }
    SECTION("another customer's coupon")
    {
        const Coupon theirs = f.issue(5000, Money(), f.other);
        CHECK(f.coupons().checkForSale(theirs.code, f.customer, Money::fromYuan(100)).effect.refusal
            == CouponRefusal::OtherCustomer);
        const SaleResult refused
            = f.sales().recordSale(f.sale(theirs.code, {piece("A1", 1, Money::fromYuan(100))}));
        CHECK_FALSE(refused.ok());
        CHECK(refused.message.contains(QStringLiteral("another customer")));
        CHECK(f.reread(theirs)->status == CouponStatus::Issued);
        CHECK(f.count("sales") == 0);
    }
    SECTION("below the minimum spend")
    {
        const Coupon coupon = f.issue(5000, Money::fromYuan(300));
        const SaleResult refused
            = f.sales().recordSale(f.sale(coupon.code, {piece("A1", 1, Money::fromFen(29999))}));
        CHECK_FALSE(refused.ok());
        CHECK(refused.message.contains(QStringLiteral("at least")));
        CHECK(f.sales().recordSale(f.sale(coupon.code, {piece("A1", 1, Money::fromYuan(300))})).ok());
    }
    SECTION("expired by the nightly run, and past its last day before it ran")
    {
        const Coupon coupon = f.issue(5000);
        f.t.clock().advanceDays(31);
        const CouponCheck late = f.coupons().checkForSale(coupon.code, f.customer, Money::fromYuan(100));
        CHECK(late.effect.refusal == CouponRefusal::PastValidity);
        CHECK(late.message.contains(QStringLiteral("expired")));
        CHECK(CouponRepository(f.db()).expire(f.t.clock().today()) == 1);
        CHECK(CouponRepository(f.db()).expire(f.t.clock().today()) == 0);
        CHECK(f.reread(coupon)->status == CouponStatus::Expired);
        CHECK(f.coupons().checkForSale(coupon.code, f.customer, Money::fromYuan(100)).effect.refusal
            == CouponRefusal::Expired);
        CHECK_FALSE(f.sales().recordSale(f.sale(coupon.code, {piece("A1", 1, Money::fromYuan(100))})).ok());
    }
    SECTION("redeemed: the day and the sale")
    {
        const Coupon coupon = f.issue(5000);
        const SaleResult sold
            = f.sales().recordSale(f.sale(coupon.code, {piece("A1", 1, Money::fromYuan(100))}));
        REQUIRE(sold.ok());
        const CouponCheck check = f.coupons().checkForSale(coupon.code, f.customer, Money::fromYuan(100));
        CHECK(check.message
            == QStringLiteral("This coupon was redeemed on 2026-06-15 (sale %1).").arg(*sold.id));
    }
    SECTION("cancelled")
    {
        const Coupon coupon = f.issue(5000);
        REQUIRE(f.coupons().cancel(coupon.id).ok());
        CHECK_FALSE(f.coupons().cancel(coupon.id).ok());
        CHECK(f.coupons().checkForSale(coupon.code, f.customer, Money::fromYuan(100)).message
            == QStringLiteral("This coupon was cancelled on 2026-06-15."));
    }
}

TEST_CASE(
    "a coupon worth more than the sale is capped at its total, and the clerk is told", "[services][coupons]")
{
    Fixture f;
    const Coupon coupon = f.issue(20000);
    const CouponCheck check = f.coupons().checkForSale(coupon.code, f.customer, Money::fromYuan(150));
    CHECK(check.usable());
    CHECK(check.effect.capped);
    CHECK(check.message.contains(QStringLiteral("more than the sale")));
    const SaleResult sold = f.sales().recordSale(f.sale(coupon.code, {piece("A1", 1, Money::fromYuan(150))}));
    REQUIRE(sold.ok());
    CHECK(sold.couponDiscount == Money::fromYuan(150));
    CHECK(sold.couponNote.contains(QStringLiteral("more than the sale")));
    CHECK(readValue(f.sales().sale(*sold.id))->total() == Money());
    CHECK(sold.pointsEarned == 0);
}

TEST_CASE("percent and gift coupons", "[services][coupons]")
{
    Fixture f;
    const Coupon percent = f.issue(15, Money(), {}, CouponKind::Percent);
    const SaleResult sold
        = f.sales().recordSale(f.sale(percent.code, {piece("A1", 1, Money::fromFen(33333))}));
    REQUIRE(sold.ok());
    CHECK(sold.couponDiscount == Money::fromFen(5000));
    const Coupon gift = f.issue(0, Money(), {}, CouponKind::Gift);
    const SaleResult withGift
        = f.sales().recordSale(f.sale(gift.code, {piece("A1", 1, Money::fromYuan(100))}));
    REQUIRE(withGift.ok());
    CHECK(withGift.couponDiscount == Money());
    CHECK(f.reread(gift)->status == CouponStatus::Redeemed);
}

TEST_CASE("a return after a coupon sale refunds the paid share; the coupon is not given back",
    "[services][coupons]")
{
    Fixture f;
    const Coupon coupon = f.issue(10000);
    // 3 × 300 + 1 × 100: the dresses' line takes 90.00 of the discount, 30.00 a piece
    const SaleResult sold = f.sales().recordSale(
        f.sale(coupon.code, {piece("A1", 3, Money::fromYuan(300)), piece("B1", 1, Money::fromYuan(100))}));
    REQUIRE(sold.ok());
    const auto sale = readValue(f.sales().sale(*sold.id));
    const SaleLine dresses = sale->lines[0];
    CHECK(dresses.couponShare == Money::fromYuan(90));
    const SaleResult one = f.sales().recordReturn(dresses.id, 1, QStringLiteral("面料起球"));
    REQUIRE(one.ok());
    CHECK(one.refund == Money::fromYuan(270));
    const SaleResult tooMuch = f.sales().recordReturn(dresses.id, 2, QString(), Money::fromYuan(541));
    CHECK_FALSE(tooMuch.ok());
    const SaleResult rest = f.sales().recordReturn(dresses.id, 2, QString());
    REQUIRE(rest.ok());
    CHECK(rest.refund == Money::fromYuan(540));
    CHECK(f.reread(coupon)->status == CouponStatus::Redeemed);
}

TEST_CASE("a return issues the experience coupon in its own transaction", "[services][coupons]")
{
    Fixture f;
    const SaleResult sold = f.sales().recordSale(f.sale(QString(), {piece("A1", 2, Money::fromYuan(300))}));
    REQUIRE(sold.ok());
    const SaleLineId line = readValue(f.sales().sale(*sold.id))->lines[0].id;

    SECTION("issued with the return, on by default")
    {
        const SaleResult returned = f.sales().recordReturn(line, 1, QStringLiteral("偏小"));
        REQUIRE(returned.ok());
        REQUIRE(returned.couponIssued);
        CHECK(returned.couponIssued->value == 10000);
        CHECK(returned.couponIssued->reason == CouponReason::Return);
        CHECK(returned.couponIssued->returnId == *returned.id);
        CHECK(returned.couponIssued->validTo == f.t.clock().today().addDays(89));
        CHECK(returned.couponIssued->minSpend == Money::fromYuan(300));
        CHECK(readValue(f.coupons().list(f.customer, true)).size() == 1);
    }
    SECTION("a failure in between leaves neither")
    {
        testing::failWritesTo(f.db(), QStringLiteral("coupons"));
        const SaleResult returned = f.sales().recordReturn(line, 1, QStringLiteral("偏小"));
        CHECK_FALSE(returned.ok());
        CHECK(f.count("returns") == 0);
        CHECK(f.count("coupons") == 0);
    }
    SECTION("off: no coupon")
    {
        ServiceRules rules = f.t.store().serviceSettings().rules();
        rules.returnCouponOn = false;
        REQUIRE(f.t.store().serviceSettings().save(rules).ok());
        const SaleResult returned = f.sales().recordReturn(line, 1, QString());
        REQUIRE(returned.ok());
        CHECK_FALSE(returned.couponIssued);
        CHECK(f.count("coupons") == 0);
    }
}

TEST_CASE("a complaint resolved with a refund issues the compensation coupon in the same transaction",
    "[services][coupons]")
{
    Fixture f;
    StaffRepository staff(f.db());
    const StaffId clerk = staff.insert(QStringLiteral("小王"), false);
    ComplaintService &complaints = f.t.store().complaints();
    ComplaintDraft draft;
    draft.customer = f.customer;
    draft.content = QStringLiteral("拉链坏了");
    const ComplaintId id = complaints.intake(draft).complaint->id;
    REQUIRE(complaints.acknowledge(id, clerk, f.t.clock().now().addDays(2), clerk).ok());
    REQUIRE(complaints.offerResolution(id, Resolution::Refund, Money::fromYuan(499), {}, clerk).ok());

    SECTION("issued with the resolution")
    {
        const ComplaintResult resolved = complaints.resolve(id, clerk);
        REQUIRE(resolved.ok());
        REQUIRE(resolved.couponIssued);
        CHECK(resolved.couponIssued->value == 20000);
        CHECK(resolved.couponIssued->complaintId == id);
        CHECK(resolved.couponIssued->reason == CouponReason::Complaint);
    }
    SECTION("a failure in between leaves neither")
    {
        testing::failWritesTo(f.db(), QStringLiteral("coupons"));
        CHECK_FALSE(complaints.resolve(id, clerk).ok());
        CHECK(readValue(complaints.find(id))->state == ComplaintState::ResolutionOffered);
        CHECK(f.count("coupons") == 0);
    }
}

TEST_CASE("manual coupons are the manager's, and audited", "[services][coupons]")
{
    Fixture f;
    f.t.store().database().setRole(Role::Clerk);
    ManualCoupon draft;
    draft.customer = f.customer;
    draft.value = 5000;
    draft.validTo = f.t.clock().today().addDays(10);
    CHECK_FALSE(f.coupons().issueManual(draft).ok());
    f.t.store().database().setRole(Role::Manager);
    draft.kind = CouponKind::Percent;
    draft.value = 100;
    CHECK_FALSE(f.coupons().issueManual(draft).ok());
    draft.value = 20;
    draft.validTo = f.t.clock().today().addDays(-1);
    CHECK_FALSE(f.coupons().issueManual(draft).ok());
    draft.validTo = f.t.clock().today();
    const CouponResult issued = f.coupons().issueManual(draft);
    REQUIRE(issued.ok());
    CHECK(coupon_code::wellFormed(issued.coupon->code));
    CHECK(sql::scalar(f.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'coupon_issued'"))
              .toInt()
        == 1);
    REQUIRE(f.coupons().cancel(issued.coupon->id).ok());
    CHECK(sql::scalar(
              f.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'coupon_cancelled'"))
              .toInt()
        == 1);
}

TEST_CASE("the repository redraws a code that is taken, within one transaction", "[services][coupons]")
{
    Fixture f;
    CouponRepository coupons(f.db());
    QStringList draws{QStringLiteral("ACDE3467"), QStringLiteral("ACDE3467"), QStringLiteral("ACDE3467"),
        QStringLiteral("WXY34679")};
    coupons.setCodeSource([&] { return draws.takeFirst(); });
    Coupon first = amountCoupon(
        CouponReason::Campaign, Money::fromYuan(20), Money(), f.t.clock().today(), 7, f.t.clock().now());
    Coupon second = first;
    coupons.issue(first);
    coupons.issue(second);
    CHECK(first.code == QStringLiteral("ACDE3467"));
    CHECK(second.code == QStringLiteral("WXY34679"));
    CHECK(coupons.findByCode(QStringLiteral("WXY34679"))->id == second.id);

    coupons.setCodeSource([] { return QStringLiteral("ACDE3467"); });
    Coupon third = first;
    CHECK_THROWS_AS(coupons.issue(third), StorageError);
}

TEST_CASE("open coupons and their value", "[services][coupons]")
{
    Fixture f;
    f.issue(10000);
    f.issue(5000, Money(), f.other);
    f.issue(10, Money(), {}, CouponKind::Percent);
    const Coupon cancelled = f.issue(7000);
    REQUIRE(f.coupons().cancel(cancelled.id).ok());
    const OpenCouponValue value = readValue(f.coupons().openValue());
    CHECK(value.amountCoupons == 2);
    CHECK(value.amountValue == Money::fromYuan(150));
    CHECK(value.percentCoupons == 1);
    CHECK(readValue(f.coupons().list(f.customer, true)).size() == 2);
    CHECK(readValue(f.coupons().list(f.customer, false)).size() == 3);
    CHECK(readValue(f.coupons().list(std::nullopt, false)).size() == 4);
}

TEST_CASE(
    "a merge moves the absorbed customer's coupons, undo moves them back; erasure cancels the open ones",
    "[services][coupons]")
{
    Fixture f;
    const Coupon hers = f.issue(5000, Money(), f.other);
    const MergeResult merged = f.t.store().merge().merge(f.customer, f.other);
    REQUIRE(merged.ok());
    CHECK(f.reread(hers)->customerId == f.customer);
    REQUIRE(f.t.store().merge().undo(*merged.mergeId).ok());
    CHECK(f.reread(hers)->customerId == f.other);

    const Coupon used = f.issue(1000);
    REQUIRE(f.sales().recordSale(f.sale(used.code, {piece("A1", 1, Money::fromYuan(100))})).ok());
    const Coupon open = f.issue(2000);
    REQUIRE(f.t.store().erasure().erase(f.customer).ok());
    CHECK(f.reread(open)->status == CouponStatus::Cancelled);
    CHECK(f.reread(used)->status == CouponStatus::Redeemed);
}

TEST_CASE("reports show the coupons open at a period's end as a liability", "[services][coupons]")
{
    Fixture f;
    f.issue(10000);
    f.issue(20, Money(), {}, CouponKind::Percent);
    const Coupon used = f.issue(5000);
    f.t.clock().advanceDays(20); // into July
    REQUIRE(f.sales().recordSale(f.sale(used.code, {piece("A1", 1, Money::fromYuan(100))})).ok());
    const ReadResult<Compared<LoyaltyFigures>> read
        = f.t.store().reports().loyalty(ReportPeriod::month(2026, 6));
    REQUIRE(read.ok());
    // At the end of June the used coupon was still open: 150.00 in amount coupons, one percent coupon.
    CHECK(read.value->current.amountCouponsOpen == 2);
    CHECK(read.value->current.couponLiabilityFen == 15000);
    CHECK(read.value->current.otherCouponsOpen == 1);
    CHECK(read.value->previous.amountCouponsOpen == 0);
}
