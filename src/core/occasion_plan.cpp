#include "core/occasion_plan.h"

#include "core/stored_time.h"

#include <algorithm>

namespace atelier {

namespace {

FollowUpTask careTask(
    const CustomerTaskFacts &customer, TaskPurpose purpose, const QDate &due, const QString &key)
{
    FollowUpTask task;
    task.customer = customer.customer;
    task.purpose = purpose;
    task.channel = TaskChannel::WeChat;
    task.dueOn = due;
    task.assignee = customer.registeredBy;
    task.generatedKey = key;
    return task;
}

bool inWindow(const QDate &day, const QDate &asOf, int days)
{
    const qint64 ahead = asOf.daysTo(day);
    return day.isValid() && ahead >= 1 && ahead <= days;
}

} // namespace

QDate OccasionPlan::anniversaryWithin(const QDate &eventDay, const QDate &asOf, int days)
{
    // The same month and day as a birthday, 29 February on 28 February in common years.
    const QDate day = TaskPlan::birthdayWithin(eventDay, asOf, days);
    if (!day.isValid() || day.year() - eventDay.year() < 1)
        return {};
    return day;
}

std::optional<FollowUpTask> OccasionPlan::greeting(const std::vector<Holiday> &holidays,
    const CustomerTaskFacts &customer, const QDate &asOf, const ServiceRules &rules)
{
    if (!customer.consentMarketing || customer.hasOpenMarketingTask
        || static_cast<int>(customer.tier) < rules.holidayMinTier
        || TaskPlan::inQuietPeriod(customer.lastContact, asOf, rules.quietDays))
        return std::nullopt;
    for (const Holiday &holiday : holidays) {
        if (!holiday.greet || !inWindow(holiday.day, asOf, rules.holidayLeadDays))
            continue;
        FollowUpTask task = careTask(customer, TaskPurpose::Holiday, holiday.day,
            QStringLiteral("holiday:%1:%2").arg(customer.customer).arg(toStoredText(holiday.day)));
        task.setNote(StoredWords::holiday(holiday.day, holiday.nameZh, holiday.nameEn));
        return task; // the earliest: one greeting a night, the next waits until this one is done
    }
    return std::nullopt;
}

std::vector<FollowUpTask> OccasionPlan::plan(const OccasionFacts &occasions,
    const std::vector<CustomerTaskFacts> &customers, const QDate &asOf, const ServiceRules &rules)
{
    std::vector<FollowUpTask> tasks;
    std::vector<Holiday> holidays = occasions.holidays;
    std::erase_if(holidays,
        [&](const Holiday &h) { return !h.greet || !inWindow(h.day, asOf, rules.holidayLeadDays); });
    std::stable_sort(
        holidays.begin(), holidays.end(), [](const Holiday &a, const Holiday &b) { return a.day < b.day; });
    if (!holidays.empty()) {
        for (const CustomerTaskFacts &customer : customers) {
            if (std::optional<FollowUpTask> task = greeting(holidays, customer, asOf, rules))
                tasks.push_back(std::move(*task));
        }
    }

    // Customers are in customer order (FollowUpFactsQuery): find each event's customer by halving.
    const auto byCustomer = [](const CustomerTaskFacts &facts, CustomerId id) {
        return facts.customer < id;
    };
    for (const LifeEventFact &event : occasions.lifeEvents) {
        if (!event.day.isValid() || event.day > asOf)
            continue;
        const QDate day = anniversaryWithin(event.day, asOf, rules.lifeEventLeadDays);
        if (!day.isValid())
            continue;
        const auto found = std::lower_bound(customers.begin(), customers.end(), event.customer, byCustomer);
        if (found == customers.end() || found->customer != event.customer)
            continue; // erased, merged away, or not a customer the run plans for
        // Not marketing (no cap, no "one open at a time"), but only with her consent and outside the
        // quiet period.
        if (!found->consentMarketing || TaskPlan::inQuietPeriod(found->lastContact, asOf, rules.quietDays))
            continue;
        FollowUpTask task = careTask(*found, TaskPurpose::LifeEvent, day,
            QStringLiteral("life_event:%1:%2:%3").arg(event.customer).arg(event.event).arg(day.year()));
        task.setNote(StoredWords::lifeEventAnniversary(event.kind, event.day, day.year() - event.day.year()));
        tasks.push_back(std::move(task));
    }
    return tasks;
}

} // namespace atelier
