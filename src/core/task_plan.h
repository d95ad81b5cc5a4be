#pragma once

#include "core/coupon.h"
#include "core/follow_up.h"
#include "core/loyalty.h"
#include "core/service_rules.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>
#include <vector>

namespace atelier {

// What the nightly planner knows about one customer (FollowUpFactsQuery reads it for everyone).
struct CustomerTaskFacts
{
    CustomerId customer = 0;
    QDate birthday; // invalid: unknown
    bool consentMarketing = false;
    // Her archive consent: birthday greetings only with it (issue 24, docs/privacy.md).
    bool consentProfile = false;
    std::optional<StaffId> registeredBy; // set only while that member of staff is still active
    QDate lastPurchase; // invalid: never bought
    QDate expectedNextPurchase; // invalid: fewer than three purchase days (core/purchase_cycle.h)
    StoreSegment segment = StoreSegment::None;
    StoreSegment previousSegment = StoreSegment::None; // None: the segment was never changed by a run
    QDate segmentSince;
    QDate lastContact; // the last day a follow-up was done or a bulk SMS sent; invalid: never
    bool hasOpenMarketingTask = false;
    // Issue 22 (filled by FollowUpFactsQuery): the tier, the first purchase and how many purchase
    // days in all (activation, thank-you), and marketing contacts in the VIP cap's window.
    Tier tier = Tier::None;
    QDate firstPurchase; // invalid: never bought
    int purchaseDays = 0;
    int recentMarketingContacts = 0;
    // Issue 23: the day she was registered (prospects: registered, never bought).
    QDate registeredOn;
};

// The follow-up tasks the nightly run creates for a customer as of a date (docs/follow-ups.md):
// a birthday greeting in the coming days, a thank-you the day after a purchase (when switched on), an
// activation message with a coupon for a first-time buyer who has not come back, a first follow-up of
// a prospect (registered, never bought), a wake-up before the expected next purchase, a reactivation message
// with a reason to come when the customer has just become Dormant. The birthday greeting needs her archive
// consent (her birthday is kept only with it); every other task needs her marketing consent and respects the
// quiet period; marketing tasks also never pile up: at most one open at a time, at most one new per night
// (MarketingCap then applies the VIP cap across plans). The thank-you is not marketing.
// Each task carries a key that names it for good, so planning the same night twice changes nothing.
class TaskPlan
{
    Q_DECLARE_TR_FUNCTIONS(TaskPlan)
public:
    static std::vector<FollowUpTask> plan(
        const CustomerTaskFacts &facts, const QDate &asOf, const ServiceRules &rules);

    // The birthday in the window (asOf, asOf + days], 29 February kept on 28 February in common
    // years; invalid when it does not fall in the window.
    static QDate birthdayWithin(const QDate &birthday, const QDate &asOf, int days);
    // The birthday (or any yearly day) in `year`, 29 February kept on 28 February in common years.
    static QDate birthdayIn(int year, const QDate &birthday);
    // Whether a contact on `lastContact` still keeps marketing away on the day after asOf.
    static bool inQuietPeriod(const QDate &lastContact, const QDate &asOf, int quietDays);
    // Whether a first purchase on `firstPurchase` is in tonight's activation window: at least
    // activationAfterDays and at most activationFirstNightDays before asOf.
    static bool inActivationWindow(const QDate &firstPurchase, const QDate &asOf, const ServiceRules &rules);
    // Whether a prospect registered on `registeredOn` is planned tonight: from the night before her
    // follow-up is due (prospectAfterDays after registration) until prospectFirstNightDays after it.
    static bool inProspectWindow(const QDate &registeredOn, const QDate &asOf, const ServiceRules &rules);

    // The coupon a planned task hands over, not yet issued (no id, no code): an activation's amount
    // coupon, a dormant message's percent coupon (none when dormantCouponPercent is 0); valid from the
    // task's due day. Other tasks hand over none.
    static std::optional<Coupon> couponFor(
        const FollowUpTask &task, const ServiceRules &rules, const QDateTime &issuedAt);
    // The task with the issued coupon: its id, and its code in the note's words.
    static void handOver(FollowUpTask &task, const Coupon &issued);
};

} // namespace atelier
