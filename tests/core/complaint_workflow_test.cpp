#include "core/complaint_callback.h"
#include "core/complaint_workflow.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

#include <set>
#include <utility>

using namespace atelier;
using S = ComplaintState;

namespace {

const QTimeZone china(8 * 3600);
const QDateTime now(QDate(2026, 6, 15), QTime(10, 0), china);

const QList<S> allStates{S::Received, S::Acknowledged, S::Investigating, S::ResolutionOffered, S::Resolved,
    S::CalledBack, S::Closed};

// The decided table, written out pair by pair so that the code's table is checked against it.
const std::set<std::pair<S, S>> legal{
    {S::Received, S::Acknowledged},
    {S::Acknowledged, S::Investigating},
    {S::Acknowledged, S::ResolutionOffered},
    {S::Investigating, S::ResolutionOffered},
    {S::ResolutionOffered, S::Investigating},
    {S::ResolutionOffered, S::Resolved},
    {S::Resolved, S::CalledBack},
    {S::CalledBack, S::Closed},
};

// A complaint in `state` with everything the earlier steps would have filled in.
Complaint complaintIn(S state)
{
    Complaint c;
    c.id = 7;
    c.customer = 3;
    c.state = state;
    c.content = QStringLiteral("拉链坏了");
    c.receivedAt = now.addDays(-3);
    if (state != S::Received) {
        c.responsible = 2;
        c.deadline = now.addDays(1);
        c.acknowledgedAt = now.addDays(-3).addSecs(600);
    }
    if (state == S::ResolutionOffered || state == S::Resolved || state == S::CalledBack
        || state == S::Closed) {
        c.resolution = Resolution::Repair;
    }
    if (state == S::Resolved || state == S::CalledBack || state == S::Closed)
        c.resolvedAt = now.addDays(-2);
    if (state == S::CalledBack || state == S::Closed) {
        c.calledBackAt = now.addDays(-1);
        c.satisfaction = 4;
    }
    return c;
}

// What each target state needs, all valid.
TransitionInput goodInput()
{
    TransitionInput input;
    input.responsible = 2;
    input.deadline = now.addDays(2);
    input.resolution = Resolution::Coupon;
    input.resolutionValue = Money::fromYuan(50);
    input.satisfaction = 5;
    return input;
}

} // namespace

TEST_CASE("Every one of the 49 state pairs is allowed exactly when the table says so", "[core][complaints]")
{
    for (S from : allStates) {
        for (S to : allStates) {
            const bool expected = legal.count({from, to}) > 0;
            INFO("from " << toCode(from).toStdString() << " to " << toCode(to).toStdString());
            CHECK(ComplaintWorkflow::isAllowed(from, to) == expected);
            const std::optional<QString> problem
                = ComplaintWorkflow::checkTransition(complaintIn(from), to, goodInput(), now);
            CHECK(problem.has_value() == !expected);
            if (problem)
                CHECK_FALSE(problem->isEmpty());
        }
    }
    CHECK(ComplaintWorkflow::allowedNext(S::Closed).isEmpty());
    CHECK(
        ComplaintWorkflow::allowedNext(S::Acknowledged) == QList<S>{S::Investigating, S::ResolutionOffered});
}

TEST_CASE("Acknowledging needs a responsible person and a deadline still to come", "[core][complaints]")
{
    const Complaint c = complaintIn(S::Received);
    TransitionInput input = goodInput();
    input.responsible.reset();
    CHECK(ComplaintWorkflow::checkTransition(c, S::Acknowledged, input, now).has_value());

    input = goodInput();
    input.deadline = QDateTime();
    CHECK(ComplaintWorkflow::checkTransition(c, S::Acknowledged, input, now).has_value());

    input.deadline = now.addSecs(-60);
    const std::optional<QString> past = ComplaintWorkflow::checkTransition(c, S::Acknowledged, input, now);
    REQUIRE(past);
    CHECK(past->contains(QStringLiteral("past")));
    input.deadline = now;
    CHECK(ComplaintWorkflow::checkTransition(c, S::Acknowledged, input, now).has_value());

    input.deadline = now.addSecs(60);
    CHECK_FALSE(ComplaintWorkflow::checkTransition(c, S::Acknowledged, input, now).has_value());
    const Complaint after = ComplaintWorkflow::apply(c, S::Acknowledged, input, now);
    CHECK(after.state == S::Acknowledged);
    CHECK(after.responsible == input.responsible);
    CHECK(after.deadline == input.deadline);
    CHECK(after.acknowledgedAt == now);
}

TEST_CASE("An offer needs a resolution and a value of 0 or more", "[core][complaints]")
{
    const Complaint c = complaintIn(S::Investigating);
    TransitionInput input = goodInput();
    input.resolution = Resolution::None;
    CHECK(ComplaintWorkflow::checkTransition(c, S::ResolutionOffered, input, now).has_value());
    input = goodInput();
    input.resolutionValue = Money::fromFen(-1);
    CHECK(ComplaintWorkflow::checkTransition(c, S::ResolutionOffered, input, now).has_value());
    input.resolutionValue = Money();
    input.note = QStringLiteral("送同色腰带");
    CHECK_FALSE(ComplaintWorkflow::checkTransition(c, S::ResolutionOffered, input, now).has_value());
    const Complaint after = ComplaintWorkflow::apply(c, S::ResolutionOffered, input, now);
    CHECK(after.resolution == Resolution::Coupon);
    CHECK(after.resolutionNote == QStringLiteral("送同色腰带"));
}

TEST_CASE("A call-back score must be 1 to 5, and closing needs the call-back", "[core][complaints]")
{
    const Complaint resolved = complaintIn(S::Resolved);
    TransitionInput input = goodInput();
    for (int score : {0, 6, -1}) {
        input.satisfaction = score;
        CHECK(ComplaintWorkflow::checkTransition(resolved, S::CalledBack, input, now).has_value());
    }
    input.satisfaction.reset();
    CHECK(ComplaintWorkflow::checkTransition(resolved, S::CalledBack, input, now).has_value());
    for (int score : {1, 5}) {
        input.satisfaction = score;
        CHECK_FALSE(ComplaintWorkflow::checkTransition(resolved, S::CalledBack, input, now).has_value());
    }
    CHECK(ComplaintWorkflow::checkTransition(resolved, S::Closed, goodInput(), now).has_value());
    Complaint oddRow = complaintIn(S::CalledBack);
    oddRow.satisfaction.reset();
    CHECK(ComplaintWorkflow::checkTransition(oddRow, S::Closed, goodInput(), now).has_value());
    CHECK_FALSE(
        ComplaintWorkflow::checkTransition(complaintIn(S::CalledBack), S::Closed, {}, now).has_value());
}

TEST_CASE("The call-back task is due a day after resolution, by WeChat for a WeChat complaint",
    "[core][complaints]")
{
    Complaint c = complaintIn(S::Resolved);
    c.resolvedAt = QDateTime(QDate(2026, 6, 30), QTime(21, 0), china);
    c.takenBy = 5;
    c.responsible.reset();
    c.channel = ComplaintChannel::WeChat;
    ServiceRules rules;
    FollowUpTask task = callbackTaskFor(c, rules, now);
    CHECK(task.dueOn == QDate(2026, 7, 1));
    CHECK(task.channel == TaskChannel::WeChat);
    CHECK(task.purpose == TaskPurpose::ComplaintCallback);
    CHECK(task.assignee == std::optional<StaffId>(5));
    CHECK(task.customer == 3);
    CHECK(task.complaint == std::optional<ComplaintId>(7));
    CHECK(task.generatedKey == QStringLiteral("complaint_callback:7"));
    CHECK(task.note.contains(QStringLiteral("#7")));
    CHECK_FALSE(task.note.contains(c.content));
    CHECK(task.createdAt == now);

    c.channel = ComplaintChannel::Online;
    c.responsible = 2;
    rules.callbackAfterHours = 3;
    task = callbackTaskFor(c, rules, now);
    CHECK(task.channel == TaskChannel::Phone);
    CHECK(task.assignee == std::optional<StaffId>(2));
    CHECK(task.dueOn == QDate(2026, 7, 1)); // 21:00 + 3 h is past midnight
}
