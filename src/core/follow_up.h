#pragma once

#include "core/complaint.h"
#include "core/customer.h"
#include "core/stored_words.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace atelier {

using TaskId = qint64;

enum class TaskChannel
{
    Phone,
    WeChat,
    Sms,
    Visit
};

enum class TaskPurpose
{
    Planned, // a call-back the clerk planned
    Birthday,
    PurchaseCycle, // wake-up before the customer's expected next purchase
    Dormant, // reactivation after entering Dormant
    ComplaintCallback,
    Holiday, // holiday greeting
    LifeEvent, // care on the anniversary of a wedding, a baby, a promotion, a move
    Activation, // a first-time buyer who has not come back, with a coupon (seed 002 §4)
    ThankYou, // a thank-you message the day after a purchase
    Arrival, // "it's in": a style and size she asked for has arrived (a lost sale, issue 23)
    Prospect // the first follow-up of a customer registered without a purchase (seed 000)
};

enum class TaskStatus
{
    Open,
    Done,
    Cancelled
};

enum class TaskOutcome
{
    None,
    Reached,
    NoAnswer,
    Declined,
    VisitBooked,
    Purchased,
    Other
};

// Marketing contacts (purchase cycle, dormant, activation, holiday, a prospect's first follow-up) respect
// the quiet period and the customer's consent and count against the caps;
// care and service (birthday greetings, complaint call-backs, planned call-backs) do not. Thank-you
// messages and life-event anniversaries are not marketing either, but their plans (TaskPlan,
// OccasionPlan) still ask for consent and respect the quiet period.
bool isMarketing(TaskPurpose purpose);

// A follow-up task (回访) as stored in follow_up_tasks.
struct FollowUpTask
{
    TaskId id = 0;
    CustomerId customer = 0;
    QDate dueOn;
    TaskChannel channel = TaskChannel::Phone;
    TaskPurpose purpose = TaskPurpose::Planned;
    std::optional<StaffId> assignee; // none: whoever is at the counter
    QString note; // in the reader's language: rendered from noteWords when they have a kind
    StoredWords noteWords; // what is stored; no kind: note is plain text (a clerk's, or from before kinds)
    std::optional<ComplaintId> complaint;
    QString generatedKey; // empty for a task someone made by hand
    TaskStatus status = TaskStatus::Open;
    TaskOutcome outcome = TaskOutcome::None;
    QString outcomeNote;
    QString nextStep;
    QDateTime doneAt;
    std::optional<StaffId> doneBy;
    QDateTime createdAt;
    std::optional<StaffId> createdBy; // none: generated
    std::optional<qint64> run; // the nightly run that generated it
    std::optional<qint64> coupon; // the coupon the task hands over (activation, dormant message)

    bool isOverdue(const QDate &today) const { return status == TaskStatus::Open && dueOn < today; }
    void setNote(const StoredWords &words)
    {
        noteWords = words;
        note = words.text;
    }
};

QString toCode(TaskChannel value);
QString toCode(TaskPurpose value);
QString toCode(TaskStatus value);
QString toCode(TaskOutcome value);
std::optional<TaskChannel> taskChannelFromCode(const QString &code);
std::optional<TaskPurpose> taskPurposeFromCode(const QString &code);
std::optional<TaskStatus> taskStatusFromCode(const QString &code);
std::optional<TaskOutcome> taskOutcomeFromCode(const QString &code);

} // namespace atelier
