#include "core/points.h"
#include "core/points_rules.h"

#include <catch2/catch.hpp>

using namespace atelier;

TEST_CASE(
    "points earned: yuan paid × points per yuan × the tier's multiplier, rounded down once", "[core][points]")
{
    const PointsRules rules; // 1 point per yuan; Gold 200 %, Black 300 %
    CHECK(pointsEarned(Money::fromYuan(499), Tier::None, rules) == 499);
    CHECK(pointsEarned(Money::fromYuan(499), Tier::Silver, rules) == 499);
    CHECK(pointsEarned(Money::fromYuan(499), Tier::Gold, rules) == 998);
    CHECK(pointsEarned(Money::fromYuan(499), Tier::Black, rules) == 1497);
    CHECK(pointsEarned(Money::fromFen(9950), Tier::None, rules) == 99); // 99.5 → 99
    CHECK(pointsEarned(Money::fromFen(9950), Tier::Gold, rules) == 199); // 199.0, not 2 × 99
    CHECK(pointsEarned(Money::fromFen(99), Tier::Black, rules) == 2); // 2.97 → 2
    CHECK(pointsEarned(Money(), Tier::Gold, rules) == 0);
    CHECK(pointsEarned(Money::fromFen(-5000), Tier::Gold, rules) == 0);

    PointsRules generous;
    generous.pointsPerYuan = 2;
    generous.silverPercent = 150;
    CHECK(pointsEarned(Money::fromFen(1001), Tier::Black, generous) == 60); // 60.06
    CHECK(pointsEarned(Money::fromFen(1001), Tier::Silver, generous) == 30); // 30.03
}

TEST_CASE(
    "partial returns reverse points in proportion and add up to exactly what was earned", "[core][points]")
{
    const Money total = Money::fromYuan(1000);
    const std::int64_t earned = 997;
    // Three returns of uneven amounts that together refund the whole sale.
    const Money first = Money::fromFen(12345);
    const Money second = Money::fromFen(50000);
    const Money third = Money::fromFen(37655);
    REQUIRE((first + second + third) == total);

    const std::int64_t a = pointsToReverse(earned, total, Money(), first);
    const std::int64_t b = pointsToReverse(earned, total, first, second);
    const std::int64_t c = pointsToReverse(earned, total, first + second, third);
    CHECK(a == 123); // 123.08
    CHECK(b == 499); // round(621.58) - 123 = 622 - 123
    CHECK(c == 375); // 997 - 622
    CHECK(a + b + c == earned);

    // The same in another order and with one-fen pieces: still exact.
    std::int64_t sum = 0;
    Money refunded;
    for (const Money piece : {Money::fromFen(1), Money::fromFen(33333), Money::fromFen(1),
             Money::fromFen(66664), Money::fromFen(1)}) {
        sum += pointsToReverse(earned, total, refunded, piece);
        refunded += piece;
    }
    CHECK(refunded == total);
    CHECK(sum == earned);
}

TEST_CASE("reversal rounds an exact half down and never takes back more than was earned", "[core][points]")
{
    // 1 point over 2 fen: half a point for the first fen rounds down, the second fen takes it.
    CHECK(pointsToReverse(1, Money::fromFen(2), Money(), Money::fromFen(1)) == 0);
    CHECK(pointsToReverse(1, Money::fromFen(2), Money::fromFen(1), Money::fromFen(1)) == 1);
    CHECK(pointsToReverse(3, Money::fromFen(2), Money(), Money::fromFen(1)) == 1); // 1.5 → 1
    CHECK(pointsToReverse(3, Money::fromFen(2), Money::fromFen(1), Money::fromFen(1)) == 2);
    // A refund beyond the sale's total is capped at the sale.
    CHECK(pointsToReverse(100, Money::fromYuan(100), Money::fromYuan(60), Money::fromYuan(60)) == 40);
    CHECK(pointsToReverse(100, Money::fromYuan(100), Money::fromYuan(100), Money::fromYuan(1)) == 0);
    // Nothing to reverse for a free sale or a sale that earned nothing.
    CHECK(pointsToReverse(100, Money(), Money(), Money::fromYuan(1)) == 0);
    CHECK(pointsToReverse(0, Money::fromYuan(100), Money(), Money::fromYuan(100)) == 0);
    CHECK(pointsToReverse(100, Money::fromYuan(100), Money(), Money()) == 0);
}

TEST_CASE("redemption is worth whole blocks of the redemption rate", "[core][points]")
{
    const PointsRules rules; // 100 points = 10 元
    CHECK(redemptionValue(100, rules) == Money::fromYuan(10));
    CHECK(redemptionValue(300, rules) == Money::fromYuan(30));
    CHECK(redemptionValue(250, rules) == Money::fromYuan(20));
    CHECK(redemptionValue(99, rules) == Money());
    CHECK(redemptionValue(0, rules) == Money());
    CHECK(redemptionValue(-100, rules) == Money());

    PointsRules other;
    other.redeemPoints = 50;
    other.redeemValue = Money::fromFen(250);
    CHECK(redemptionValue(150, other) == Money::fromFen(750));
}

TEST_CASE("points lapse the configured number of months after the day they were earned", "[core][points]")
{
    PointsRules rules; // 24 months
    CHECK(pointsExpireOn(QDate(2026, 6, 15), rules) == QDate(2028, 6, 15));
    rules.expiryMonths = 12;
    CHECK(pointsExpireOn(QDate(2024, 2, 29), rules) == QDate(2025, 2, 28));
    CHECK(pointsExpireOn(QDate(2026, 1, 31), rules) == QDate(2027, 1, 31));
    rules.expiryMonths = 0; // never
    CHECK_FALSE(pointsExpireOn(QDate(2026, 6, 15), rules).isValid());
    rules.expiryMonths = 24;
    CHECK_FALSE(pointsExpireOn(QDate(), rules).isValid());
}

TEST_CASE("what expires is the lapsed points not already used up, oldest first", "[core][points]")
{
    CHECK(pointsToExpire(100, 80) == 20);
    CHECK(pointsToExpire(150, 100) == 50);
    CHECK(pointsToExpire(100, 100) == 0);
    CHECK(pointsToExpire(50, 80) == 0);
    CHECK(pointsToExpire(0, 0) == 0);
}

TEST_CASE("points movement kinds have stable codes", "[core][points]")
{
    using Kind = PointsMovement::Kind;
    for (const Kind kind : {Kind::Earn, Kind::Reverse, Kind::Redeem, Kind::Adjust, Kind::Expire})
        CHECK(pointsKindFromCode(toCode(kind)) == kind);
    CHECK(toCode(Kind::Earn) == QStringLiteral("earn"));
    CHECK(toCode(Kind::Reverse) == QStringLiteral("reverse"));
    CHECK(toCode(Kind::Redeem) == QStringLiteral("redeem"));
    CHECK(toCode(Kind::Adjust) == QStringLiteral("adjust"));
    CHECK(toCode(Kind::Expire) == QStringLiteral("expire"));
    CHECK_FALSE(pointsKindFromCode(QStringLiteral("gift")));
    CHECK_FALSE(pointsKindFromCode(QString()));
}
