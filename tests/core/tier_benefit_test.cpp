#include "core/tier_benefit.h"

#include <catch2/catch.hpp>

using namespace atelier;

namespace {

TierBenefit ironing()
{
    TierBenefit b;
    b.tier = Tier::Gold;
    b.kind = BenefitKind::Alterations;
    b.wordsZh = QStringLiteral("免费熨烫与修改");
    b.wordsEn = QStringLiteral("Free ironing and alterations");
    b.period = BenefitPeriod::PerVisit;
    return b;
}

} // namespace

TEST_CASE("A yearly benefit's period is the calendar year, across New Year's Eve", "[tier_benefit]")
{
    CHECK(TierBenefit::periodKey(BenefitPeriod::Yearly, QDate(2026, 12, 31)) == QStringLiteral("2026"));
    CHECK(TierBenefit::periodKey(BenefitPeriod::Yearly, QDate(2027, 1, 1)) == QStringLiteral("2027"));
    CHECK(TierBenefit::periodKey(BenefitPeriod::Yearly, QDate(2026, 1, 1))
        == TierBenefit::periodKey(BenefitPeriod::Yearly, QDate(2026, 12, 31)));
}

TEST_CASE("A per-visit benefit's period is the day; an 'always' benefit has none", "[tier_benefit]")
{
    CHECK(
        TierBenefit::periodKey(BenefitPeriod::PerVisit, QDate(2026, 12, 31)) == QStringLiteral("2026-12-31"));
    CHECK(TierBenefit::periodKey(BenefitPeriod::PerVisit, QDate(2027, 1, 1)) == QStringLiteral("2027-01-01"));
    CHECK(TierBenefit::periodKey(BenefitPeriod::PerVisit, QDate(2026, 5, 3))
        != TierBenefit::periodKey(BenefitPeriod::PerVisit, QDate(2026, 5, 4)));
    CHECK_FALSE(TierBenefit::periodKey(BenefitPeriod::Always, QDate(2026, 5, 3)).has_value());
}

TEST_CASE("A tier keeps the benefits of the tiers below it; a member has none", "[tier_benefit]")
{
    CHECK(TierBenefit::offeredTo(Tier::Silver, Tier::Silver));
    CHECK(TierBenefit::offeredTo(Tier::Silver, Tier::Gold));
    CHECK(TierBenefit::offeredTo(Tier::Silver, Tier::Black));
    CHECK(TierBenefit::offeredTo(Tier::Gold, Tier::Black));
    CHECK_FALSE(TierBenefit::offeredTo(Tier::Gold, Tier::Silver));
    CHECK_FALSE(TierBenefit::offeredTo(Tier::Black, Tier::Gold));
    CHECK_FALSE(TierBenefit::offeredTo(Tier::Silver, Tier::None));
}

TEST_CASE("check() names the field at fault", "[tier_benefit]")
{
    CHECK_FALSE(ironing().check().has_value());

    TierBenefit noChinese = ironing();
    noChinese.wordsZh = QStringLiteral("   ");
    REQUIRE(noChinese.check().has_value());
    CHECK(noChinese.check()->field == QStringLiteral("words_zh"));
    CHECK(noChinese.check()->message.contains(QStringLiteral("Chinese")));

    TierBenefit noEnglish = ironing();
    noEnglish.wordsEn.clear();
    REQUIRE(noEnglish.check().has_value());
    CHECK(noEnglish.check()->field == QStringLiteral("words_en"));
    CHECK(noEnglish.check()->message.contains(QStringLiteral("English")));

    TierBenefit giftWithoutCoupon = ironing();
    giftWithoutCoupon.kind = BenefitKind::GiftBox;
    REQUIRE(giftWithoutCoupon.check().has_value());
    CHECK(giftWithoutCoupon.check()->field == QStringLiteral("coupon"));

    TierBenefit ironingWithCoupon = ironing();
    ironingWithCoupon.coupon = BenefitCoupon{CouponKind::Gift, 0, Money(), 30};
    CHECK(ironingWithCoupon.check()->field == QStringLiteral("coupon"));

    TierBenefit birthday = ironing();
    birthday.kind = BenefitKind::BirthdayCoupon;
    birthday.coupon = BenefitCoupon{CouponKind::Percent, 120, Money(), 14};
    CHECK(birthday.check()->field == QStringLiteral("coupon_value"));
    birthday.coupon->value = 20;
    birthday.coupon->validDays = 0;
    CHECK(birthday.check()->field == QStringLiteral("coupon_valid_days"));
    birthday.coupon->validDays = 14;
    CHECK_FALSE(birthday.check().has_value());

    TierBenefit member = ironing();
    member.tier = Tier::None;
    CHECK(member.check()->field == QStringLiteral("tier"));

    TierBenefit points = ironing();
    points.kind = BenefitKind::PointsMultiplier;
    CHECK(points.check()->field == QStringLiteral("kind"));
}

TEST_CASE("The points rules are shown as benefits, computed, never stored", "[tier_benefit]")
{
    PointsRules rules;
    rules.goldPercent = 200;
    QList<TierBenefit> gold = TierBenefit::pointsBenefits(Tier::Gold, rules);
    REQUIRE(gold.size() == 2);
    CHECK(gold[0].kind == BenefitKind::PointsMultiplier);
    CHECK(gold[0].computed());
    CHECK_FALSE(gold[0].recordable());
    CHECK(gold[0].words().contains(QStringLiteral("×2")));

    rules.goldPercent = 150;
    gold = TierBenefit::pointsBenefits(Tier::Gold, rules);
    CHECK(gold[0].words().contains(QStringLiteral("×1.5")));

    // Silver earns 1× by default: no multiplier line, but redeeming points is Silver's benefit.
    const QList<TierBenefit> silver = TierBenefit::pointsBenefits(Tier::Silver, rules);
    REQUIRE(silver.size() == 1);
    CHECK(silver[0].kind == BenefitKind::PointsRedemption);
    CHECK(silver[0].words().contains(QStringLiteral("100 points")));

    rules.redeemPoints = 0;
    CHECK(TierBenefit::pointsBenefits(Tier::Silver, rules).isEmpty());
    CHECK(TierBenefit::pointsBenefits(Tier::None, PointsRules()).isEmpty());
}

TEST_CASE("Benefit codes round-trip", "[tier_benefit]")
{
    for (const BenefitKind kind : TierBenefit::storedKinds())
        CHECK(benefitKindFromCode(benefitKindCode(kind)) == kind);
    for (const BenefitPeriod period : {BenefitPeriod::Yearly, BenefitPeriod::PerVisit, BenefitPeriod::Always})
        CHECK(benefitPeriodFromCode(benefitPeriodCode(period)) == period);
    CHECK_FALSE(benefitKindFromCode(QStringLiteral("nonsense")).has_value());
}
