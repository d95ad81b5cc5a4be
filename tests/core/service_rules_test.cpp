#include "core/complaint.h"
#include "core/follow_up.h"
#include "core/service_rules.h"

#include <catch2/catch.hpp>

#include <functional>

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

TEST_CASE(
    "Activation, thank-you, Dormant discount, VIP cap and occasion settings are checked, naming the field",
    "[service]")
{
    CHECK_FALSE(ServiceRules().check()); // the defaults pass
    CHECK(isMarketing(TaskPurpose::Activation));
    CHECK_FALSE(isMarketing(TaskPurpose::ThankYou));
    const auto refused = [](const std::function<void(ServiceRules &)> &change) {
        ServiceRules rules;
        change(rules);
        const std::optional<ServiceRules::Problem> problem = rules.check();
        return problem ? problem->field : QString();
    };
    CHECK(refused([](ServiceRules &r) { r.activationAfterDays = 0; })
        == QStringLiteral("activation.after_days"));
    CHECK(refused([](ServiceRules &r) { r.activationFirstNightDays = 29; })
        == QStringLiteral("activation.first_night_days"));
    CHECK(refused([](ServiceRules &r) { r.activationFirstNightDays = 731; })
        == QStringLiteral("activation.first_night_days"));
    CHECK(refused([](ServiceRules &r) { r.activationFirstNightDays = 30; }).isEmpty()); // the same day: ok
    CHECK(refused([](ServiceRules &r) { r.activationCouponValue = Money(); })
        == QStringLiteral("activation.coupon_fen"));
    CHECK(refused([](ServiceRules &r) { r.activationCouponMinSpend = Money::fromFen(-1); })
        == QStringLiteral("activation.coupon_min_spend_fen"));
    CHECK(refused([](ServiceRules &r) { r.activationCouponValidDays = 0; })
        == QStringLiteral("activation.coupon_valid_days"));
    CHECK(refused([](ServiceRules &r) { r.dormantCouponPercent = 100; })
        == QStringLiteral("dormant.coupon_percent"));
    CHECK(refused([](ServiceRules &r) { r.dormantCouponPercent = 0; }).isEmpty()); // no coupon
    CHECK(refused([](ServiceRules &r) { r.dormantCouponValidDays = 0; })
        == QStringLiteral("dormant.coupon_valid_days"));
    CHECK(refused([](ServiceRules &r) { r.vipContactLimit = 0; }) == QStringLiteral("vip_cap.limit"));
    CHECK(refused([](ServiceRules &r) { r.vipContactDays = 0; }) == QStringLiteral("vip_cap.days"));
    CHECK(refused([](ServiceRules &r) { r.holidayLeadDays = 0; }) == QStringLiteral("holidays.lead_days"));
    CHECK(refused([](ServiceRules &r) { r.holidayMinTier = 4; }) == QStringLiteral("holidays.min_tier"));
    CHECK(refused([](ServiceRules &r) { r.holidayMinTier = 0; }).isEmpty());
    CHECK(refused([](ServiceRules &r) { r.lifeEventLeadDays = 61; })
        == QStringLiteral("life_events.lead_days"));

    ServiceRules rules;
    rules.vipContactDays = 0;
    CHECK(rules.check()->message.contains(QStringLiteral("VIP")));
}
