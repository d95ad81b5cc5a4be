#include "core/coupon.h"

#include <catch2/catch.hpp>

#include <QSet>

#include <numeric>
#include <random>

using namespace atelier;

namespace {

Coupon amountCoupon(std::int64_t fen)
{
    Coupon coupon;
    coupon.code = QStringLiteral("ACDE3467");
    coupon.customerId = 7;
    coupon.kind = CouponKind::Amount;
    coupon.value = fen;
    coupon.validFrom = QDate(2026, 11, 1);
    coupon.validTo = QDate(2026, 11, 30);
    return coupon;
}

std::int64_t sumOf(const QList<Money> &shares)
{
    return std::accumulate(shares.begin(), shares.end(), std::int64_t{0},
        [](std::int64_t sum, Money share) { return sum + share.fen(); });
}

} // namespace

TEST_CASE("coupon codes are eight characters without look-alikes", "[coupon]")
{
    std::mt19937_64 random(21);
    QSet<QString> seen;
    for (int i = 0; i < 2000; ++i) {
        const QString code = coupon_code::generate(random);
        REQUIRE(code.size() == 8);
        REQUIRE(coupon_code::wellFormed(code));
        for (const QChar c : QStringLiteral("0O1IL2Z5S8BQUV"))
            REQUIRE_FALSE(code.contains(c));
        seen.insert(code);
    }
    CHECK(seen.size() == 2000);

    std::mt19937_64 again(21);
    std::mt19937_64 first(21);
    CHECK(coupon_code::generate(again) == coupon_code::generate(first));
}

TEST_CASE("what a clerk types or scans is normalised", "[coupon]")
{
    CHECK(coupon_code::normalise(QStringLiteral(" acde-3467 ")) == QStringLiteral("ACDE3467"));
    CHECK(coupon_code::normalise(QStringLiteral("ac de_34 67")) == QStringLiteral("ACDE3467"));
    // full-width characters from a Chinese input method
    CHECK(coupon_code::normalise(QStringLiteral("ＡＣＤＥ－３４６７")) == QStringLiteral("ACDE3467"));
    CHECK(coupon_code::wellFormed(QStringLiteral("ACDE3467")));
    CHECK_FALSE(coupon_code::wellFormed(QStringLiteral("ACDE346")));
    CHECK_FALSE(coupon_code::wellFormed(QStringLiteral("ACDE3460")));
    CHECK(coupon_code::display(QStringLiteral("ACDE3467")) == QStringLiteral("ACDE-3467"));
}

TEST_CASE("codes of the coupon ledger round-trip", "[coupon]")
{
    for (CouponKind kind : {CouponKind::Amount, CouponKind::Percent, CouponKind::Gift})
        CHECK(couponKindFromCode(couponKindCode(kind)) == kind);
    for (CouponReason reason :
        {CouponReason::Campaign, CouponReason::Return, CouponReason::Complaint, CouponReason::Manual,
            CouponReason::Birthday, CouponReason::Benefit, CouponReason::Activation, CouponReason::Dormant})
        CHECK(couponReasonFromCode(couponReasonCode(reason)) == reason);
    // The codes issue 22 added, as the ledger stores them.
    CHECK(couponReasonCode(CouponReason::Birthday) == QStringLiteral("birthday"));
    CHECK(couponReasonCode(CouponReason::Benefit) == QStringLiteral("benefit"));
    CHECK(couponReasonCode(CouponReason::Activation) == QStringLiteral("activation"));
    CHECK(couponReasonCode(CouponReason::Dormant) == QStringLiteral("dormant"));
    for (CouponStatus status :
        {CouponStatus::Issued, CouponStatus::Redeemed, CouponStatus::Expired, CouponStatus::Cancelled})
        CHECK(couponStatusFromCode(couponStatusCode(status)) == status);
    CHECK(couponKindCode(CouponKind::Percent) == QStringLiteral("percent"));
    CHECK_FALSE(couponReasonFromCode(QStringLiteral("loyalty")).has_value());
}

TEST_CASE("a coupon's effect on a sale", "[coupon]")
{
    const QDate day(2026, 11, 15);
    Coupon coupon = amountCoupon(10000);
    SECTION("an amount coupon takes its value off")
    {
        const CouponEffect effect = couponEffect(coupon, 7, Money::fromYuan(300), day);
        CHECK(effect.ok());
        CHECK(effect.discount == Money::fromYuan(100));
        CHECK_FALSE(effect.capped);
    }
    SECTION("worth more than the sale: capped at its total")
    {
        const CouponEffect effect = couponEffect(coupon, 7, Money::fromYuan(80), day);
        CHECK(effect.discount == Money::fromYuan(80));
        CHECK(effect.capped);
    }
    SECTION("a percent coupon takes whole percent, rounded to the fen")
    {
        coupon.kind = CouponKind::Percent;
        coupon.value = 15;
        CHECK(couponEffect(coupon, 7, Money::fromFen(9999), day).discount == Money::fromFen(1500));
        CHECK(couponEffect(coupon, 7, Money::fromFen(10003), day).discount == Money::fromFen(1500));
    }
    SECTION("a gift takes nothing off")
    {
        coupon.kind = CouponKind::Gift;
        coupon.value = 0;
        const CouponEffect effect = couponEffect(coupon, 7, Money::fromYuan(80), day);
        CHECK(effect.ok());
        CHECK(effect.discount == Money());
    }
    SECTION("refusals")
    {
        CHECK(couponEffect(coupon, 8, Money::fromYuan(300), day).refusal == CouponRefusal::OtherCustomer);
        CHECK(couponEffect(coupon, std::nullopt, Money::fromYuan(300), day).refusal
            == CouponRefusal::OtherCustomer);
        CHECK(couponEffect(coupon, 7, Money::fromYuan(300), QDate(2026, 10, 31)).refusal
            == CouponRefusal::NotYetValid);
        CHECK(couponEffect(coupon, 7, Money::fromYuan(300), QDate(2026, 11, 30)).ok());
        CHECK(couponEffect(coupon, 7, Money::fromYuan(300), QDate(2026, 12, 1)).refusal
            == CouponRefusal::PastValidity);
        coupon.minSpend = Money::fromYuan(500);
        CHECK(
            couponEffect(coupon, 7, Money::fromFen(49999), day).refusal == CouponRefusal::BelowMinimumSpend);
        CHECK(couponEffect(coupon, 7, Money::fromYuan(500), day).ok());
        coupon.status = CouponStatus::Redeemed;
        CHECK(couponEffect(coupon, 7, Money::fromYuan(500), day).refusal == CouponRefusal::Redeemed);
    }
    SECTION("a bearer coupon goes with any sale")
    {
        coupon.customerId.reset();
        CHECK(couponEffect(coupon, std::nullopt, Money::fromYuan(300), day).ok());
    }
}

TEST_CASE("a discount is spread over the lines by value, adding up exactly", "[coupon]")
{
    const QList<Money> lines{Money::fromFen(10000), Money::fromFen(10000), Money::fromFen(10000)};
    const QList<Money> shares = spreadByValue(Money::fromFen(10000), lines);
    CHECK(sumOf(shares) == 10000);
    CHECK(shares == QList<Money>{Money::fromFen(3334), Money::fromFen(3333), Money::fromFen(3333)});

    const QList<Money> uneven
        = spreadByValue(Money::fromFen(999), {Money::fromFen(59900), Money::fromFen(100)});
    CHECK(sumOf(uneven) == 999);
    CHECK(uneven[1] <= Money::fromFen(100));

    // the whole sale taken off: each line gives all it is worth
    const QList<Money> all = spreadByValue(Money::fromFen(301), {Money::fromFen(1), Money::fromFen(300)});
    CHECK(all == QList<Money>{Money::fromFen(1), Money::fromFen(300)});

    std::mt19937_64 random(5);
    std::uniform_int_distribution<std::int64_t> price(1, 200000);
    for (int round = 0; round < 500; ++round) {
        QList<Money> totals;
        std::int64_t sum = 0;
        for (int i = 0; i < 1 + round % 6; ++i) {
            totals.append(Money::fromFen(price(random)));
            sum += totals.last().fen();
        }
        const std::int64_t discount = std::uniform_int_distribution<std::int64_t>(0, sum)(random);
        const QList<Money> spread = spreadByValue(Money::fromFen(discount), totals);
        REQUIRE(sumOf(spread) == discount);
        for (qsizetype i = 0; i < totals.size(); ++i)
            REQUIRE(spread[i] <= totals[i]);
    }
}

TEST_CASE("returned pieces give back their line's coupon share evenly, the last the remainder", "[coupon]")
{
    const Money share = Money::fromFen(1001);
    CHECK(couponShareForPieces(share, 3, 0, 1) == Money::fromFen(333));
    CHECK(couponShareForPieces(share, 3, 1, 1) == Money::fromFen(333));
    CHECK(couponShareForPieces(share, 3, 2, 1) == Money::fromFen(335));
    CHECK(couponShareForPieces(share, 3, 0, 3) == share);
    CHECK(couponShareForPieces(share, 3, 1, 2) == Money::fromFen(668));
    CHECK(couponShareForPieces(Money(), 3, 0, 2) == Money());
}
