#include "core/complaint.h"
#include "core/follow_up.h"
#include "core/service_rules.h"

#include <catch2/catch.hpp>

using namespace atelier;

TEST_CASE("Service rules default to the brief's response targets", "[service]")
{
    const ServiceRules rules;
    CHECK_FALSE(rules.check());
    CHECK(rules.minutesFor(ComplaintChannel::InStore) == 15);
    CHECK(rules.minutesFor(ComplaintChannel::Phone) == 15);
    CHECK(rules.minutesFor(ComplaintChannel::WeChat) == 60);
    CHECK(rules.minutesFor(ComplaintChannel::Online) == 60);
    CHECK(rules.callbackAfterHours == 24);
    CHECK_FALSE(rules.alwaysOpen());
}

TEST_CASE("Service rules that make no sense are refused, naming the field", "[service]")
{
    const auto problemField = [](const std::function<void(ServiceRules &)> &change) {
        ServiceRules rules;
        change(rules);
        const auto problem = rules.check();
        return problem ? problem->field : QString();
    };
    CHECK(problemField([](ServiceRules &r) { r.phoneMinutes = 0; }) == QStringLiteral("sla.phone_minutes"));
    CHECK(problemField([](ServiceRules &r) { r.onlineMinutes = 8 * 24 * 60; })
        == QStringLiteral("sla.online_minutes"));
    CHECK(problemField([](ServiceRules &r) { r.opensAt = -1; }) == QStringLiteral("hours.opens_at"));
    CHECK(problemField([](ServiceRules &r) { r.closesAt = 24 * 60; }) == QStringLiteral("hours.closes_at"));
    CHECK(problemField([](ServiceRules &r) { r.closesAt = 9 * 60; }) == QStringLiteral("hours.closes_at"));
    CHECK(problemField([](ServiceRules &r) { r.callbackAfterHours = 0; })
        == QStringLiteral("callback_after_hours"));
    CHECK(problemField([](ServiceRules &r) { r.quietDays = -1; }) == QStringLiteral("follow_up.quiet_days"));
    CHECK(problemField([](ServiceRules &r) { r.birthdayLookaheadDays = 61; })
        == QStringLiteral("follow_up.birthday_lookahead_days"));
    CHECK(problemField([](ServiceRules &r) { r.wakeUpLeadDays = -3; })
        == QStringLiteral("follow_up.wake_up_lead_days"));
    // Open around the clock is a choice, not a mistake.
    CHECK(problemField([](ServiceRules &r) { r.opensAt = r.closesAt = 0; }).isEmpty());
}

TEST_CASE("Complaint and task codes round-trip and refuse strangers", "[service]")
{
    for (auto state : {ComplaintState::Received, ComplaintState::Acknowledged, ComplaintState::Investigating,
             ComplaintState::ResolutionOffered, ComplaintState::Resolved, ComplaintState::CalledBack,
             ComplaintState::Closed})
        CHECK(complaintStateFromCode(toCode(state)) == state);
    CHECK(toCode(ComplaintState::ResolutionOffered) == QStringLiteral("resolution_offered"));
    CHECK(toCode(ComplaintChannel::InStore) == QStringLiteral("in_store"));
    CHECK(toCode(Resolution::None).isEmpty());
    CHECK(resolutionFromCode(QString()) == Resolution::None);
    CHECK_FALSE(complaintCategoryFromCode(QStringLiteral("colour")));
    for (auto purpose :
        {TaskPurpose::Planned, TaskPurpose::Birthday, TaskPurpose::PurchaseCycle, TaskPurpose::Dormant,
            TaskPurpose::ComplaintCallback, TaskPurpose::Holiday, TaskPurpose::LifeEvent})
        CHECK(taskPurposeFromCode(toCode(purpose)) == purpose);
    CHECK(toCode(TaskOutcome::VisitBooked) == QStringLiteral("visit_booked"));
    CHECK_FALSE(taskChannelFromCode(QStringLiteral("email")));
}

TEST_CASE("Only wake-ups, reactivations and holiday greetings are marketing", "[service]")
{
    CHECK(isMarketing(TaskPurpose::PurchaseCycle));
    CHECK(isMarketing(TaskPurpose::Dormant));
    CHECK(isMarketing(TaskPurpose::Holiday));
    CHECK_FALSE(isMarketing(TaskPurpose::Birthday));
    CHECK_FALSE(isMarketing(TaskPurpose::ComplaintCallback));
    CHECK_FALSE(isMarketing(TaskPurpose::Planned));
    CHECK_FALSE(isMarketing(TaskPurpose::LifeEvent));
}

TEST_CASE("A task is overdue only while open and past its day", "[service]")
{
    FollowUpTask task;
    task.dueOn = QDate(2026, 6, 14);
    CHECK(task.isOverdue(QDate(2026, 6, 15)));
    CHECK_FALSE(task.isOverdue(QDate(2026, 6, 14)));
    task.status = TaskStatus::Done;
    CHECK_FALSE(task.isOverdue(QDate(2026, 6, 15)));
}
