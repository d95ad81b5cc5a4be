#pragma once

#include "core/complaint.h"
#include "core/money.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace atelier {

// The service desk's rulebook (brief §5 and §6 defaults): response targets per complaint channel,
// the store's opening hours the targets count in, and how the follow-up calendar plans contacts.
struct ServiceRules
{
    Q_DECLARE_TR_FUNCTIONS(ServiceRules)
public:
    int inStoreMinutes = 15;
    int phoneMinutes = 15;
    int wechatMinutes = 60;
    int onlineMinutes = 60;
    // Opening hours, in minutes after midnight, the same every day. Response targets count only
    // while the store is open: a call at 21:55 with a 15-minute target is due at 10:10 next
    // morning. opensAt == closesAt: open around the clock.
    int opensAt = 10 * 60;
    int closesAt = 22 * 60;
    int callbackAfterHours = 24; // the complaint call-back is due this long after resolution
    int quietDays = 14; // a customer contacted this recently gets no new marketing task
    int birthdayLookaheadDays = 7; // birthday tasks for birthdays in the next N days
    int wakeUpLeadDays = 3; // wake-up task this many days before the expected next purchase

    // The seed's coupons (issue 21): a return can hand over a 100元 "experience coupon" and a
    // complaint resolved with a refund or a coupon a 200元 compensation, each issued in the same
    // transaction as the return or the resolution. A minimum spend of 0 means none.
    bool returnCouponOn = true;
    Money returnCouponValue = Money::fromYuan(100);
    Money returnCouponMinSpend = Money::fromYuan(300);
    int returnCouponValidDays = 90;
    bool complaintCouponOn = true;
    Money complaintCouponValue = Money::fromYuan(200);
    Money complaintCouponMinSpend = Money();
    int complaintCouponValidDays = 180;

    // New buyers brought back (issue 22, seed 002 §4). A first-time buyer who has not come back within
    // activationAfterDays gets an activation task with a coupon (reason `activation`, no minimum spend
    // by default: the seed's 20元无门槛券). The first night the rule runs, only buyers whose first
    // purchase lies within activationFirstNightDays are planned, so the calendar is not flooded.
    bool activationOn = true;
    int activationAfterDays = 30;
    int activationFirstNightDays = 60;
    Money activationCouponValue = Money::fromYuan(20);
    Money activationCouponMinSpend = Money();
    int activationCouponValidDays = 30;
    bool thankYouOn = false; // a thank-you message task the day after a purchase
    // Dormant customers get a message with a reason to come (new arrivals and a discount valid a few
    // days, seed 002's 轻打扰), not a phone call. Percent 0: the message carries no coupon.
    int dormantCouponPercent = 10;
    int dormantCouponValidDays = 3;
    // A customer in the VIP segment or with a Gold or Black tier is contacted for marketing at most
    // vipContactLimit times in vipContactDays days (tasks done or open, bulk SMS, campaign invitations).
    int vipContactLimit = 2;
    int vipContactDays = 30;
    // Holidays and life events: greetings are planned this many days ahead, for customers who accept
    // marketing with a tier of at least holidayMinTier (0 none, 1 Silver, 2 Gold, 3 Black: core Tier).
    // Black by default: a greeting task is a clerk's personal message, and on the demo store Silver and
    // up planned 933 of them for one Mid-Autumn in a store of 2 000 (Black: about 230); the others are
    // better reached by a bulk SMS list.
    int holidayLeadDays = 3;
    int holidayMinTier = 3;
    int lifeEventLeadDays = 7; // care on a life event's anniversary, planned this many days ahead

    // Referrals (老带新, issue 23): once a referred customer's first purchase has outlived the store's
    // return window, the nightly run rewards her referrer, once per referred customer: with points,
    // with a coupon (reason `referral`), or not at all.
    int referralReward = 1; // 0 none, 1 points, 2 a coupon
    int referralPoints = 200;
    Money referralCouponValue = Money::fromYuan(50);
    Money referralCouponMinSpend = Money();
    int referralCouponValidDays = 90;
    // Prospects (潜在客户, seed 000): a customer registered without a purchase gets one first follow-up
    // prospectAfterDays after her registration. The first night the rule runs, only prospects
    // registered within prospectFirstNightDays are planned, so the calendar is not flooded.
    bool prospectOn = true;
    int prospectAfterDays = 3;
    int prospectFirstNightDays = 30;
    // Birthday, year of birth and address are saved only with the archive consent (issue 24,
    // docs/privacy.md). What is on file without it (kept from before the rule, or she withdrew) is
    // kept and flagged for the manager (false), or cleared (true): at once when she withdraws, and by
    // the nightly run for the rows from before.
    bool clearWithoutConsent = false;

    int minutesFor(ComplaintChannel channel) const;
    bool alwaysOpen() const { return opensAt == closesAt; }

    struct Problem
    {
        QString field; // settings key, e.g. "sla.phone_minutes"
        QString message; // for people, names the field in the UI language
    };
    std::optional<Problem> check() const;
};

} // namespace atelier
