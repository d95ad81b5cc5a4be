#include "core/task_plan.h"

#include "core/stored_time.h"

#include <algorithm>

namespace atelier {

namespace {

FollowUpTask task(const CustomerTaskFacts &facts, TaskPurpose purpose, TaskChannel channel, const QDate &due,
    const QString &key)
{
    FollowUpTask t;
    t.customer = facts.customer;
    t.purpose = purpose;
    t.channel = channel;
    t.dueOn = due;
    t.assignee = facts.registeredBy;
    t.generatedKey = key;
    return t;
}

QString keyOf(const char *purpose, CustomerId customer, const QString &tail)
{
    return QString::fromLatin1(purpose) + u':' + QString::number(customer) + u':' + tail;
}

} // namespace

QDate TaskPlan::birthdayWithin(const QDate &birthday, const QDate &asOf, int days)
{
    if (!birthday.isValid() || !asOf.isValid() || days <= 0)
        return {};
    for (int year : {asOf.year(), asOf.year() + 1}) {
        const QDate next = birthdayIn(year, birthday);
        const qint64 ahead = asOf.daysTo(next);
        if (ahead >= 1 && ahead <= days)
            return next;
    }
    return {};
}

QDate TaskPlan::birthdayIn(int year, const QDate &birthday)
{
    const QDate day(year, birthday.month(), birthday.day());
    return day.isValid() ? day : QDate(year, 2, 28); // 29 February in a common year
}

bool TaskPlan::inQuietPeriod(const QDate &lastContact, const QDate &asOf, int quietDays)
{
    // The quiet period is the quietDays days up to and including asOf: a contact 14 days before
    // asOf is outside a 14-day period, one 13 days before is inside.
    return lastContact.isValid() && quietDays > 0 && lastContact.daysTo(asOf) < quietDays;
}

bool TaskPlan::inActivationWindow(const QDate &firstPurchase, const QDate &asOf, const ServiceRules &rules)
{
    if (!firstPurchase.isValid() || !asOf.isValid())
        return false;
    const qint64 ago = firstPurchase.daysTo(asOf);
    return ago >= rules.activationAfterDays && ago <= rules.activationFirstNightDays;
}

bool TaskPlan::inProspectWindow(const QDate &registeredOn, const QDate &asOf, const ServiceRules &rules)
{
    if (!registeredOn.isValid() || !asOf.isValid())
        return false;
    const qint64 ago = registeredOn.daysTo(asOf);
    return ago >= rules.prospectAfterDays - 1 && ago >= 0 && ago <= rules.prospectFirstNightDays;
}

std::optional<Coupon> TaskPlan::couponFor(
    const FollowUpTask &task, const ServiceRules &rules, const QDateTime &issuedAt)
{
    std::optional<Coupon> coupon;
    if (task.purpose == TaskPurpose::Activation) {
        coupon = amountCoupon(CouponReason::Activation, rules.activationCouponValue,
            rules.activationCouponMinSpend, task.dueOn, rules.activationCouponValidDays, issuedAt);
    } else if (task.purpose == TaskPurpose::Dormant && rules.dormantCouponPercent > 0) {
        coupon = Coupon();
        coupon->kind = CouponKind::Percent;
        coupon->value = rules.dormantCouponPercent;
        coupon->validFrom = task.dueOn;
        coupon->validTo = task.dueOn.addDays(std::max(rules.dormantCouponValidDays, 1) - 1);
        coupon->reason = CouponReason::Dormant;
        coupon->issuedAt = issuedAt;
    }
    if (coupon)
        coupon->customerId = task.customer;
    return coupon;
}

void TaskPlan::handOver(FollowUpTask &task, const Coupon &issued)
{
    task.coupon = issued.id;
    StoredWords words = task.noteWords;
    if (!words.args.isEmpty()) // the kinds that hand over a coupon keep its code last
        words.args.last() = issued.code;
    words.text = words.rendered();
    task.setNote(words);
}

std::vector<FollowUpTask> TaskPlan::plan(
    const CustomerTaskFacts &facts, const QDate &asOf, const ServiceRules &rules)
{
    std::vector<FollowUpTask> tasks;

    // Care, not marketing: a greeting goes to everyone whose birthday is on file with her consent to
    // keep it. A birthday kept from before the rule, or after she withdrew, is no reason to call.
    if (const QDate birthday = birthdayWithin(facts.birthday, asOf, rules.birthdayLookaheadDays);
        facts.consentProfile && birthday.isValid()) {
        FollowUpTask greeting = task(facts, TaskPurpose::Birthday, TaskChannel::WeChat, birthday,
            keyOf("birthday", facts.customer, QString::number(birthday.year())));
        greeting.setNote(StoredWords::birthday(birthday));
        tasks.push_back(greeting);
    }

    // The customer's word and her quiet days hold for every message that is not a birthday greeting.
    const bool mayMessage
        = facts.consentMarketing && !inQuietPeriod(facts.lastContact, asOf, rules.quietDays);

    // A thank-you the day after a purchase made on the night's day (a purchase on an earlier day had
    // its night; a missed night is not made up with a late thank-you). It needs her consent and
    // respects the quiet period, but is no marketing contact: no cap, no "one open at a time".
    if (rules.thankYouOn && mayMessage && facts.lastPurchase.isValid() && facts.lastPurchase == asOf) {
        FollowUpTask thanks = task(facts, TaskPurpose::ThankYou, TaskChannel::WeChat, asOf.addDays(1),
            keyOf("thank_you", facts.customer, toStoredText(facts.lastPurchase)));
        thanks.setNote(StoredWords::thankYou(facts.lastPurchase));
        tasks.push_back(thanks);
    }

    if (!mayMessage || facts.hasOpenMarketingTask)
        return tasks;

    // Dormant first: a customer who has just gone quiet needs a call more than a reminder.
    // A first run gives everyone a segment without a previous one; that is no move, no task.
    // A regular gone as quiet (Lapsed regular) needs the call as much. A move between the two, as
    // when the Dormant rule changes, is no new silence: no task.
    const auto longQuiet = [](StoreSegment segment) {
        return segment == StoreSegment::Dormant || segment == StoreSegment::LapsedRegular;
    };
    // The seed's light touch (轻打扰): a message with a reason to come, new arrivals in her style and a
    // discount valid a few days, not a phone call. Its coupon is issued with the task (couponFor).
    if (longQuiet(facts.segment) && facts.previousSegment != StoreSegment::None
        && !longQuiet(facts.previousSegment) && facts.segmentSince == asOf) {
        const QDate due = asOf.addDays(1);
        FollowUpTask message = task(facts, TaskPurpose::Dormant, TaskChannel::WeChat, due,
            keyOf("dormant", facts.customer, toStoredText(facts.segmentSince)));
        const int percent = rules.dormantCouponPercent;
        message.setNote(StoredWords::dormantMessage(facts.previousSegment, facts.segment, percent,
            percent > 0 ? due.addDays(std::max(rules.dormantCouponValidDays, 1) - 1) : QDate()));
        tasks.push_back(message);
        return tasks;
    }

    // A first-time buyer who has not come back: a message with a coupon, once per first purchase.
    if (rules.activationOn && facts.purchaseDays == 1
        && inActivationWindow(facts.firstPurchase, asOf, rules)) {
        const QDate due = asOf.addDays(1);
        FollowUpTask activation = task(facts, TaskPurpose::Activation, TaskChannel::WeChat, due,
            keyOf("activation", facts.customer, toStoredText(facts.firstPurchase)));
        activation.setNote(StoredWords::activation(facts.firstPurchase, rules.activationCouponValue,
            rules.activationCouponMinSpend, due.addDays(std::max(rules.activationCouponValidDays, 1) - 1)));
        tasks.push_back(activation);
        return tasks;
    }

    // A prospect (seed 000's 潜在客户: registered, never bought): one first follow-up, due
    // prospectAfterDays after her registration (tomorrow when a night was missed), once ever. It is
    // marketing: consent, the quiet period, one open at a time and the night's one slot.
    if (rules.prospectOn && facts.purchaseDays == 0 && !facts.lastPurchase.isValid()
        && inProspectWindow(facts.registeredOn, asOf, rules)) {
        const QDate due = std::max(facts.registeredOn.addDays(rules.prospectAfterDays), asOf.addDays(1));
        FollowUpTask first = task(facts, TaskPurpose::Prospect, TaskChannel::WeChat, due,
            keyOf("prospect", facts.customer, QStringLiteral("first")));
        first.setNote(StoredWords::prospect(facts.registeredOn));
        tasks.push_back(first);
        return tasks;
    }

    if (facts.expectedNextPurchase.isValid() && facts.lastPurchase.isValid()) {
        const QDate due = facts.expectedNextPurchase.addDays(-rules.wakeUpLeadDays);
        const qint64 ahead = asOf.daysTo(due);
        if (ahead >= 1 && ahead <= 7) {
            FollowUpTask wakeUp = task(facts, TaskPurpose::PurchaseCycle, TaskChannel::WeChat, due,
                keyOf("purchase_cycle", facts.customer, toStoredText(facts.lastPurchase)));
            wakeUp.setNote(StoredWords::purchaseExpected(facts.expectedNextPurchase));
            tasks.push_back(wakeUp);
        }
    }
    return tasks;
}

} // namespace atelier
