#include "core/follow_up.h"

#include "core/code_table.h"

namespace atelier {

namespace {

constexpr CodeTable<TaskChannel, 4> channels{{
    {TaskChannel::Phone, "phone"},
    {TaskChannel::WeChat, "wechat"},
    {TaskChannel::Sms, "sms"},
    {TaskChannel::Visit, "visit"},
}};

constexpr CodeTable<TaskPurpose, 11> purposes{{
    {TaskPurpose::Planned, "planned"},
    {TaskPurpose::Birthday, "birthday"},
    {TaskPurpose::PurchaseCycle, "purchase_cycle"},
    {TaskPurpose::Dormant, "dormant"},
    {TaskPurpose::ComplaintCallback, "complaint_callback"},
    {TaskPurpose::Holiday, "holiday"},
    {TaskPurpose::LifeEvent, "life_event"},
    {TaskPurpose::Activation, "activation"},
    {TaskPurpose::ThankYou, "thank_you"},
    {TaskPurpose::Arrival, "arrival"},
    {TaskPurpose::Prospect, "prospect"},
}};

constexpr CodeTable<TaskStatus, 3> statuses{{
    {TaskStatus::Open, "open"},
    {TaskStatus::Done, "done"},
    {TaskStatus::Cancelled, "cancelled"},
}};

constexpr CodeTable<TaskOutcome, 7> outcomes{{
    {TaskOutcome::None, ""},
    {TaskOutcome::Reached, "reached"},
    {TaskOutcome::NoAnswer, "no_answer"},
    {TaskOutcome::Declined, "declined"},
    {TaskOutcome::VisitBooked, "visit_booked"},
    {TaskOutcome::Purchased, "purchased"},
    {TaskOutcome::Other, "other"},
}};

} // namespace

bool isMarketing(TaskPurpose purpose)
{
    return purpose == TaskPurpose::PurchaseCycle || purpose == TaskPurpose::Dormant
        || purpose == TaskPurpose::Holiday || purpose == TaskPurpose::Activation
        || purpose == TaskPurpose::Prospect;
}

QString toCode(TaskChannel value)
{
    return codeIn(channels, value);
}

QString toCode(TaskPurpose value)
{
    return codeIn(purposes, value);
}

QString toCode(TaskStatus value)
{
    return codeIn(statuses, value);
}

QString toCode(TaskOutcome value)
{
    return codeIn(outcomes, value);
}

std::optional<TaskChannel> taskChannelFromCode(const QString &code)
{
    return valueIn(channels, code);
}

std::optional<TaskPurpose> taskPurposeFromCode(const QString &code)
{
    return valueIn(purposes, code);
}

std::optional<TaskStatus> taskStatusFromCode(const QString &code)
{
    return valueIn(statuses, code);
}

std::optional<TaskOutcome> taskOutcomeFromCode(const QString &code)
{
    return valueIn(outcomes, code);
}

} // namespace atelier
