#include "core/service_rules.h"

namespace atelier {

int ServiceRules::minutesFor(ComplaintChannel channel) const
{
    switch (channel) {
    case ComplaintChannel::InStore:
        return inStoreMinutes;
    case ComplaintChannel::Phone:
        return phoneMinutes;
    case ComplaintChannel::WeChat:
        return wechatMinutes;
    case ComplaintChannel::Online:
        return onlineMinutes;
    }
    return onlineMinutes;
}

namespace {

// The activation's timing (its coupon is checked like the other coupons).
std::optional<ServiceRules::Problem> activationProblem(int activationAfterDays, int activationFirstNightDays)
{
    using Problem = ServiceRules::Problem;
    if (activationAfterDays < 1 || activationAfterDays > 365)
        return Problem{QStringLiteral("activation.after_days"),
            QCoreApplication::translate("ServiceRules",
                "A first-time buyer can be brought back between 1 and 365 days after her purchase.")};
    if (activationFirstNightDays < activationAfterDays || activationFirstNightDays > 730)
        return Problem{QStringLiteral("activation.first_night_days"),
            QCoreApplication::translate("ServiceRules",
                "The first night's reach back for first-time buyers must be between the days before the "
                "activation message and 730 days.")};
    return std::nullopt;
}

} // namespace

std::optional<ServiceRules::Problem> ServiceRules::check() const
{
    const auto targetProblem
        = [](int minutes, const char *field, const QString &name) -> std::optional<Problem> {
        if (minutes < 1 || minutes > 7 * 24 * 60)
            return Problem{QString::fromLatin1(field),
                tr("The response target for %1 must be between 1 minute and 7 days.").arg(name)};
        return std::nullopt;
    };
    if (auto p = targetProblem(inStoreMinutes, "sla.in_store_minutes", tr("complaints made in store")))
        return p;
    if (auto p = targetProblem(phoneMinutes, "sla.phone_minutes", tr("phone complaints")))
        return p;
    if (auto p = targetProblem(wechatMinutes, "sla.wechat_minutes", tr("WeChat complaints")))
        return p;
    if (auto p = targetProblem(onlineMinutes, "sla.online_minutes", tr("online complaints")))
        return p;
    if (opensAt < 0 || opensAt >= 24 * 60)
        return Problem{QStringLiteral("hours.opens_at"), tr("The opening time must be a time of day.")};
    if (closesAt < 0 || closesAt >= 24 * 60)
        return Problem{QStringLiteral("hours.closes_at"), tr("The closing time must be a time of day.")};
    if (closesAt < opensAt)
        return Problem{
            QStringLiteral("hours.closes_at"), tr("The store must close after it opens on the same day.")};
    if (callbackAfterHours < 1 || callbackAfterHours > 14 * 24)
        return Problem{QStringLiteral("callback_after_hours"),
            tr("The complaint call-back must be due between 1 hour and 14 days after resolution.")};
    if (quietDays < 0 || quietDays > 365)
        return Problem{QStringLiteral("follow_up.quiet_days"),
            tr("The quiet period after a contact must be between 0 and 365 days.")};
    if (birthdayLookaheadDays < 0 || birthdayLookaheadDays > 60)
        return Problem{QStringLiteral("follow_up.birthday_lookahead_days"),
            tr("Birthday tasks can be planned between 0 and 60 days ahead.")};
    if (wakeUpLeadDays < 0 || wakeUpLeadDays > 60)
        return Problem{QStringLiteral("follow_up.wake_up_lead_days"),
            tr("The wake-up lead must be between 0 and 60 days.")};
    const auto couponProblem = [](Money value, Money minSpend, int validDays, const char *prefix,
                                   const QString &name) -> std::optional<Problem> {
        const QString key = QString::fromLatin1(prefix);
        if (value.fen() < 1 || value > Money::fromYuan(100000))
            return Problem{key + QStringLiteral("_fen"),
                tr("The %1 must be worth between ¥0.01 and ¥100,000.").arg(name)};
        if (minSpend.fen() < 0 || minSpend > Money::fromYuan(1000000))
            return Problem{key + QStringLiteral("_min_spend_fen"),
                tr("The minimum spend of the %1 must be between ¥0 and ¥1,000,000.").arg(name)};
        if (validDays < 1 || validDays > 3660)
            return Problem{key + QStringLiteral("_valid_days"),
                tr("The %1 must be valid between 1 and 3660 days.").arg(name)};
        return std::nullopt;
    };
    if (auto p = couponProblem(returnCouponValue, returnCouponMinSpend, returnCouponValidDays,
            "coupons.return", tr("experience coupon after a return")))
        return p;
    if (auto p = couponProblem(complaintCouponValue, complaintCouponMinSpend, complaintCouponValidDays,
            "coupons.complaint", tr("compensation coupon after a complaint")))
        return p;
    if (auto p = activationProblem(activationAfterDays, activationFirstNightDays))
        return p;
    if (auto p = couponProblem(activationCouponValue, activationCouponMinSpend, activationCouponValidDays,
            "activation.coupon", tr("activation coupon for a first-time buyer")))
        return p;
    if (dormantCouponPercent < 0 || dormantCouponPercent > 99)
        return Problem{QStringLiteral("dormant.coupon_percent"),
            tr("The discount of the Dormant customers' coupon must be between 0 % (none) and 99 %.")};
    if (dormantCouponValidDays < 1 || dormantCouponValidDays > 366)
        return Problem{QStringLiteral("dormant.coupon_valid_days"),
            tr("The Dormant customers' coupon must be valid between 1 and 366 days.")};
    if (vipContactLimit < 1 || vipContactLimit > 100)
        return Problem{QStringLiteral("vip_cap.limit"),
            tr("The marketing contacts allowed for a VIP must be between 1 and 100.")};
    if (vipContactDays < 1 || vipContactDays > 366)
        return Problem{QStringLiteral("vip_cap.days"),
            tr("The period of the VIP contact limit must be between 1 and 366 days.")};
    if (holidayLeadDays < 1 || holidayLeadDays > 60)
        return Problem{QStringLiteral("holidays.lead_days"),
            tr("Holiday greetings can be planned between 1 and 60 days ahead.")};
    if (holidayMinTier < 0 || holidayMinTier > 3)
        return Problem{QStringLiteral("holidays.min_tier"),
            tr("The holiday greetings' lowest tier must be none, Silver, Gold or Black.")};
    if (lifeEventLeadDays < 1 || lifeEventLeadDays > 60)
        return Problem{QStringLiteral("life_events.lead_days"),
            tr("Life-event anniversaries can be planned between 1 and 60 days ahead.")};
    if (referralReward < 0 || referralReward > 2)
        return Problem{QStringLiteral("referral.reward"),
            tr("The referral reward must be none, points or a coupon.")};
    if (referralPoints < 1 || referralPoints > 100000)
        return Problem{QStringLiteral("referral.points"),
            tr("The referral reward must be between 1 and 100,000 points.")};
    if (auto p = couponProblem(referralCouponValue, referralCouponMinSpend, referralCouponValidDays,
            "referral.coupon", tr("referral reward coupon")))
        return p;
    if (prospectAfterDays < 0 || prospectAfterDays > 90)
        return Problem{QStringLiteral("prospect.after_days"),
            tr("A prospect's first follow-up can be planned between 0 and 90 days after her registration.")};
    if (prospectFirstNightDays < prospectAfterDays || prospectFirstNightDays > 730)
        return Problem{QStringLiteral("prospect.first_night_days"),
            tr("The first night's reach back for prospects must be between the days before the first "
               "follow-up and 730 days.")};
    return std::nullopt;
}

} // namespace atelier
