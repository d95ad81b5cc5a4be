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
