#pragma once

#include "core/coupon.h"
#include "core/loyalty.h"
#include "core/loyalty_rules.h"
#include "core/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace atelier {

using BenefitId = qint64;

// What a benefit is (seed 002 §3). The last two are never stored: they are the points rules
// (PointsRules), shown on the card as benefits so that nothing is kept twice.
enum class BenefitKind
{
    BirthdayCoupon,
    GiftBox,
    NewArrivalsFirst,
    Alterations,
    PersonalStylist,
    ShowInvitation,
    Other,
    PointsMultiplier, // computed from PointsRules::percentFor
    PointsRedemption // computed from PointsRules::redeemPoints / redeemValue / redeemFromSilver
};

// How often a customer may use a benefit: once a calendar year, once a visit (a day at the counter),
// or always (uses are recorded, never refused).
enum class BenefitPeriod
{
    Yearly,
    PerVisit,
    Always
};

QString benefitKindCode(BenefitKind kind); // "birthday_coupon"…; computed kinds have codes too
std::optional<BenefitKind> benefitKindFromCode(const QString &code);
QString benefitPeriodCode(BenefitPeriod period); // "yearly", "per_visit", "always"
std::optional<BenefitPeriod> benefitPeriodFromCode(const QString &code);

// The coupon template of a benefit the nightly run issues as a coupon. value: fen for Amount, whole
// percent for Percent, 0 for Gift.
struct BenefitCoupon
{
    CouponKind kind = CouponKind::Percent;
    std::int64_t value = 0;
    Money minSpend;
    int validDays = 14;
    bool operator==(const BenefitCoupon &) const = default;
};

// One promise of a tier, as the manager edits it (tier_benefits), or one of the two computed from
// the points rules (id 0, no words of its own: words() says them from the rules).
struct TierBenefit
{
    Q_DECLARE_TR_FUNCTIONS(TierBenefit)
public:
    BenefitId id = 0; // 0: not stored yet, or computed
    Tier tier = Tier::Silver;
    BenefitKind kind = BenefitKind::Other;
    QString wordsZh;
    QString wordsEn;
    BenefitPeriod period = BenefitPeriod::Yearly;
    std::optional<BenefitCoupon> coupon; // set exactly for the coupon kinds
    int position = 0; // order within the tier
    std::optional<QDateTime> retiredAt; // set: no longer offered, kept for its uses
    // Computed benefits only: what the rules say (the multiplier in percent, points and their value).
    int pointsPercent = 0;
    int redeemPoints = 0;
    Money redeemValue;

    bool operator==(const TierBenefit &) const = default;

    bool computed() const { return isComputedKind(kind); }
    bool issuedAsCoupon() const { return isCouponKind(kind); }
    // A clerk records a use of a stored benefit that is not a coupon (the nightly run records those).
    bool recordable() const { return !computed() && !issuedAsCoupon() && !retiredAt; }
    // In the reader's language (QLocale()): the stored words, or the rule's words for a computed one.
    QString words() const;

    // The first problem, naming the field (as the editor names it); nothing when it may be stored.
    struct Problem
    {
        QString
            field; // "words_zh", "words_en", "tier", "kind", "coupon", "coupon_value", "coupon_valid_days"
        QString message;
    };
    std::optional<Problem> check() const;

    static bool isCouponKind(BenefitKind kind)
    {
        return kind == BenefitKind::BirthdayCoupon || kind == BenefitKind::GiftBox;
    }
    static bool isComputedKind(BenefitKind kind)
    {
        return kind == BenefitKind::PointsMultiplier || kind == BenefitKind::PointsRedemption;
    }
    // The kinds a manager may choose (the stored ones), in the editor's order.
    static QList<BenefitKind> storedKinds();
    // For people: "Birthday coupon", "Personal stylist"…
    static QString kindLabel(BenefitKind kind);
    // "Once a year", "Once a visit", "Always".
    static QString periodLabel(BenefitPeriod period);

    // The period a use on `day` counts in: the calendar year ("2026") for Yearly, the day
    // ("2026-05-03") for PerVisit, nothing for Always (a use is never refused). benefit_uses' UNIQUE
    // key is built on it.
    static std::optional<QString> periodKey(BenefitPeriod period, const QDate &day);

    // A customer of `customerTier` has the benefits of her tier and of every tier below it (Gold
    // keeps Silver's perks); a Member (Tier::None) has none.
    static bool offeredTo(Tier benefitTier, Tier customerTier)
    {
        return customerTier != Tier::None && benefitTier != Tier::None && customerTier >= benefitTier;
    }

    // The points rules as benefits of `tier`: its points multiplier when above 1× and redeeming
    // points at the counter when the rules make it a tier benefit (redeemFromSilver) or the tier may
    // redeem at all. Never stored; nothing for Tier::None.
    static QList<TierBenefit> pointsBenefits(Tier tier, const PointsRules &rules);
};

} // namespace atelier
