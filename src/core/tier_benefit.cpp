#include "core/tier_benefit.h"

#include "core/code_table.h"
#include "core/display_format.h"

#include <QLocale>

namespace atelier {

namespace {

constexpr CodeTable<BenefitKind, 9> kKinds{{
    {BenefitKind::BirthdayCoupon, "birthday_coupon"},
    {BenefitKind::GiftBox, "gift_box"},
    {BenefitKind::NewArrivalsFirst, "new_arrivals_first"},
    {BenefitKind::Alterations, "alterations"},
    {BenefitKind::PersonalStylist, "personal_stylist"},
    {BenefitKind::ShowInvitation, "show_invitation"},
    {BenefitKind::Other, "other"},
    {BenefitKind::PointsMultiplier, "points_multiplier"},
    {BenefitKind::PointsRedemption, "points_redemption"},
}};

constexpr CodeTable<BenefitPeriod, 3> kPeriods{{
    {BenefitPeriod::Yearly, "yearly"},
    {BenefitPeriod::PerVisit, "per_visit"},
    {BenefitPeriod::Always, "always"},
}};

// "2", "1.5", "1.25": a multiplier in percent as people say it.
QString multiplierText(int percent)
{
    return QLocale().toString(percent / 100.0, 'g', 6);
}

std::optional<TierBenefit::Problem> problem(const char *field, const QString &message)
{
    return TierBenefit::Problem{QString::fromLatin1(field), message};
}

} // namespace

QString benefitKindCode(BenefitKind kind)
{
    return codeIn(kKinds, kind);
}

std::optional<BenefitKind> benefitKindFromCode(const QString &code)
{
    return valueIn(kKinds, code);
}

QString benefitPeriodCode(BenefitPeriod period)
{
    return codeIn(kPeriods, period);
}

std::optional<BenefitPeriod> benefitPeriodFromCode(const QString &code)
{
    return valueIn(kPeriods, code);
}

QString TierBenefit::words() const
{
    switch (kind) {
    case BenefitKind::PointsMultiplier:
        return tr("Points ×%1 on every purchase").arg(multiplierText(pointsPercent));
    case BenefitKind::PointsRedemption:
        return tr("Redeem %1 points for %2 at the counter")
            .arg(redeemPoints)
            .arg(DisplayFormat::amount(redeemValue));
    default:
        break;
    }
    return QLocale().language() == QLocale::Chinese ? wordsZh : wordsEn;
}

std::optional<TierBenefit::Problem> TierBenefit::check() const
{
    if (tier == Tier::None)
        return problem(
            "tier", tr("Tier: choose Silver, Gold or Black; members without a tier have no benefits."));
    if (computed())
        return problem("kind",
            tr("Kind: points multipliers and redemption are set in the points rules, not as benefits."));
    if (wordsZh.trimmed().isEmpty())
        return problem("words_zh", tr("Words (Chinese): every benefit needs its words in Chinese."));
    if (wordsEn.trimmed().isEmpty())
        return problem("words_en", tr("Words (English): every benefit needs its words in English."));
    if (issuedAsCoupon() && !coupon)
        return problem("coupon",
            tr("Coupon: a birthday coupon or a gift box is issued as a coupon; give the coupon's kind, "
               "value and validity."));
    if (!issuedAsCoupon() && coupon)
        return problem("coupon", tr("Coupon: only a birthday coupon or a gift box is issued as a coupon."));
    if (coupon) {
        switch (coupon->kind) {
        case CouponKind::Amount:
            if (coupon->value < 1)
                return problem("coupon_value", tr("Coupon value: an amount coupon must be worth something."));
            break;
        case CouponKind::Percent:
            if (coupon->value < 1 || coupon->value > 99)
                return problem(
                    "coupon_value", tr("Coupon value: a percent coupon takes off between 1 and 99 %."));
            break;
        case CouponKind::Gift:
            if (coupon->value != 0)
                return problem("coupon_value", tr("Coupon value: a gift coupon takes nothing off; use 0."));
            break;
        }
        if (coupon->minSpend.fen() < 0)
            return problem("coupon_min_spend", tr("Minimum spend: it cannot be negative."));
        if (coupon->validDays < 1)
            return problem(
                "coupon_valid_days", tr("Valid for: a coupon must be valid for at least one day."));
    }
    return std::nullopt;
}

QList<BenefitKind> TierBenefit::storedKinds()
{
    return {BenefitKind::BirthdayCoupon, BenefitKind::GiftBox, BenefitKind::NewArrivalsFirst,
        BenefitKind::Alterations, BenefitKind::PersonalStylist, BenefitKind::ShowInvitation,
        BenefitKind::Other};
}

QString TierBenefit::kindLabel(BenefitKind kind)
{
    switch (kind) {
    case BenefitKind::BirthdayCoupon:
        return tr("Birthday coupon");
    case BenefitKind::GiftBox:
        return tr("Gift box");
    case BenefitKind::NewArrivalsFirst:
        return tr("New arrivals first");
    case BenefitKind::Alterations:
        return tr("Ironing and alterations");
    case BenefitKind::PersonalStylist:
        return tr("Personal stylist");
    case BenefitKind::ShowInvitation:
        return tr("Show invitation");
    case BenefitKind::Other:
        return tr("Other");
    case BenefitKind::PointsMultiplier:
        return tr("Points multiplier");
    case BenefitKind::PointsRedemption:
        return tr("Points redemption");
    }
    return QString();
}

QString TierBenefit::periodLabel(BenefitPeriod period)
{
    switch (period) {
    case BenefitPeriod::Yearly:
        return tr("Once a year");
    case BenefitPeriod::PerVisit:
        return tr("Once a visit");
    case BenefitPeriod::Always:
        return tr("Always");
    }
    return QString();
}

std::optional<QString> TierBenefit::periodKey(BenefitPeriod period, const QDate &day)
{
    switch (period) {
    case BenefitPeriod::Yearly:
        // The calendar year, not a year from the first use: "once a year" as a customer reads it.
        return QString::number(day.year());
    case BenefitPeriod::PerVisit:
        // A visit is a day at the counter: two uses on one day are one visit.
        return day.toString(Qt::ISODate);
    case BenefitPeriod::Always:
        break;
    }
    return std::nullopt;
}

QList<TierBenefit> TierBenefit::pointsBenefits(Tier tier, const PointsRules &rules)
{
    QList<TierBenefit> benefits;
    if (tier == Tier::None)
        return benefits;
    if (const int percent = rules.percentFor(tier); percent > 100) {
        TierBenefit multiplier;
        multiplier.tier = tier;
        multiplier.kind = BenefitKind::PointsMultiplier;
        multiplier.period = BenefitPeriod::Always;
        multiplier.pointsPercent = percent;
        multiplier.position = -2; // before the stored benefits
        benefits.append(multiplier);
    }
    if (rules.mayRedeem(tier) && rules.redeemPoints > 0) {
        TierBenefit redemption;
        redemption.tier = Tier::Silver; // redeeming is where the tiers begin (seed 002)
        redemption.kind = BenefitKind::PointsRedemption;
        redemption.period = BenefitPeriod::Always;
        redemption.redeemPoints = rules.redeemPoints;
        redemption.redeemValue = rules.redeemValue;
        redemption.position = -1;
        benefits.append(redemption);
    }
    return benefits;
}

} // namespace atelier
