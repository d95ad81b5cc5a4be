#include "core/task_plan.h"

#include "core/stored_time.h"

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
        QDate next(year, birthday.month(), birthday.day());
        if (!next.isValid()) // 29 February in a common year
            next = QDate(year, 2, 28);
        const qint64 ahead = asOf.daysTo(next);
        if (ahead >= 1 && ahead <= days)
            return next;
    }
    return {};
}

bool TaskPlan::inQuietPeriod(const QDate &lastContact, const QDate &asOf, int quietDays)
{
    // The quiet period is the quietDays days up to and including asOf: a contact 14 days before
    // asOf is outside a 14-day period, one 13 days before is inside.
    return lastContact.isValid() && quietDays > 0 && lastContact.daysTo(asOf) < quietDays;
}

std::vector<FollowUpTask> TaskPlan::plan(
    const CustomerTaskFacts &facts, const QDate &asOf, const ServiceRules &rules)
{
    std::vector<FollowUpTask> tasks;

    // Care, not marketing: a greeting goes to everyone with a birthday on file.
    if (const QDate birthday = birthdayWithin(facts.birthday, asOf, rules.birthdayLookaheadDays);
        birthday.isValid()) {
        FollowUpTask greeting = task(facts, TaskPurpose::Birthday, TaskChannel::WeChat, birthday,
            keyOf("birthday", facts.customer, QString::number(birthday.year())));
        greeting.setNote(StoredWords::birthday(birthday));
        tasks.push_back(greeting);
    }

    if (!facts.consentMarketing || facts.hasOpenMarketingTask
        || inQuietPeriod(facts.lastContact, asOf, rules.quietDays))
        return tasks;

    // Dormant first: a customer who has just gone quiet needs a call more than a reminder.
    // A first run gives everyone a segment without a previous one; that is no move, no task.
    // A regular gone as quiet (Lapsed regular) needs the call as much. A move between the two, as
    // when the Dormant rule changes, is no new silence: no task.
    const auto longQuiet = [](StoreSegment segment) {
        return segment == StoreSegment::Dormant || segment == StoreSegment::LapsedRegular;
    };
    if (longQuiet(facts.segment) && facts.previousSegment != StoreSegment::None
        && !longQuiet(facts.previousSegment) && facts.segmentSince == asOf) {
        FollowUpTask call = task(facts, TaskPurpose::Dormant, TaskChannel::Phone, asOf.addDays(1),
            keyOf("dormant", facts.customer, toStoredText(facts.segmentSince)));
        call.setNote(StoredWords::segmentMove(facts.previousSegment, facts.segment));
        tasks.push_back(call);
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
