#include "services/service_settings.h"

#include "services/settings_fields.h"

namespace atelier {

namespace {

const std::vector<SettingsField<ServiceRules>> &fields()
{
    static const std::vector<SettingsField<ServiceRules>> all = {
        intField<ServiceRules>(
            "sla.in_store_minutes", [](auto &r) -> auto & { return r.inStoreMinutes; }),
        intField<ServiceRules>(
            "sla.phone_minutes", [](auto &r) -> auto & { return r.phoneMinutes; }),
        intField<ServiceRules>(
            "sla.wechat_minutes", [](auto &r) -> auto & { return r.wechatMinutes; }),
        intField<ServiceRules>(
            "sla.online_minutes", [](auto &r) -> auto & { return r.onlineMinutes; }),
        intField<ServiceRules>(
            "hours.opens_at", [](auto &r) -> auto & { return r.opensAt; }),
        intField<ServiceRules>(
            "hours.closes_at", [](auto &r) -> auto & { return r.closesAt; }),
        intField<ServiceRules>(
            "callback_after_hours", [](auto &r) -> auto & { return r.callbackAfterHours; }),
        intField<ServiceRules>(
            "follow_up.quiet_days", [](auto &r) -> auto & { return r.quietDays; }),
        intField<ServiceRules>(
            "follow_up.birthday_lookahead_days", [](auto &r) -> auto & { return r.birthdayLookaheadDays; }),
        intField<ServiceRules>(
            "follow_up.wake_up_lead_days", [](auto &r) -> auto & { return r.wakeUpLeadDays; }),
        intField<ServiceRules>("coupons.return_on", &ServiceRules::returnCouponOn),
        moneyField<ServiceRules>("coupons.return_fen", &ServiceRules::returnCouponValue),
        moneyField<ServiceRules>("coupons.return_min_spend_fen", &ServiceRules::returnCouponMinSpend),
        intField<ServiceRules>("coupons.return_valid_days", &ServiceRules::returnCouponValidDays),
        intField<ServiceRules>("coupons.complaint_on", &ServiceRules::complaintCouponOn),
        moneyField<ServiceRules>("coupons.complaint_fen", &ServiceRules::complaintCouponValue),
        moneyField<ServiceRules>("coupons.complaint_min_spend_fen", &ServiceRules::complaintCouponMinSpend),
        intField<ServiceRules>("coupons.complaint_valid_days", &ServiceRules::complaintCouponValidDays),
        intField<ServiceRules>("activation.on", &ServiceRules::activationOn),
        intField<ServiceRules>("activation.after_days", &ServiceRules::activationAfterDays),
        intField<ServiceRules>("activation.first_night_days", &ServiceRules::activationFirstNightDays),
        moneyField<ServiceRules>("activation.coupon_fen", &ServiceRules::activationCouponValue),
        moneyField<ServiceRules>("activation.coupon_min_spend_fen", &ServiceRules::activationCouponMinSpend),
        intField<ServiceRules>("activation.coupon_valid_days", &ServiceRules::activationCouponValidDays),
        intField<ServiceRules>("follow_up.thank_you_on", &ServiceRules::thankYouOn),
        intField<ServiceRules>("dormant.coupon_percent", &ServiceRules::dormantCouponPercent),
        intField<ServiceRules>("dormant.coupon_valid_days", &ServiceRules::dormantCouponValidDays),
        intField<ServiceRules>("vip_cap.limit", &ServiceRules::vipContactLimit),
        intField<ServiceRules>("vip_cap.days", &ServiceRules::vipContactDays),
        intField<ServiceRules>("holidays.lead_days", &ServiceRules::holidayLeadDays),
        intField<ServiceRules>("holidays.min_tier", &ServiceRules::holidayMinTier),
        intField<ServiceRules>("life_events.lead_days", &ServiceRules::lifeEventLeadDays),
        intField<ServiceRules>("referral.reward", &ServiceRules::referralReward),
        intField<ServiceRules>("referral.points", &ServiceRules::referralPoints),
        moneyField<ServiceRules>("referral.coupon_fen", &ServiceRules::referralCouponValue),
        moneyField<ServiceRules>("referral.coupon_min_spend_fen", &ServiceRules::referralCouponMinSpend),
        intField<ServiceRules>("referral.coupon_valid_days", &ServiceRules::referralCouponValidDays),
        intField<ServiceRules>("prospect.on", &ServiceRules::prospectOn),
        intField<ServiceRules>("prospect.after_days", &ServiceRules::prospectAfterDays),
        intField<ServiceRules>("prospect.first_night_days", &ServiceRules::prospectFirstNightDays),
        intField<ServiceRules>("privacy.clear_without_consent", &ServiceRules::clearWithoutConsent),
    };
    return all;
}

} // namespace

ServiceSettings::ServiceSettings(Database &db)
    : m_db(db)
{
}

ServiceRules ServiceSettings::rules() const
{
    return readSettingsFields(m_db, "service", fields());
}

WriteResult ServiceSettings::save(const ServiceRules &rules)
{
    return writeSettingsFields(m_db, "service", fields(), rules);
}

} // namespace atelier
