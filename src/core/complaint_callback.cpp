#include "core/complaint_callback.h"

namespace atelier {

QString ComplaintCallback::keyFor(ComplaintId complaint)
{
    return QStringLiteral("complaint_callback:%1").arg(complaint);
}

FollowUpTask ComplaintCallback::taskFor(
    const Complaint &complaint, const ServiceRules &rules, const QDateTime &now)
{
    FollowUpTask task;
    task.customer = complaint.customer.value_or(0);
    task.dueOn = complaint.resolvedAt.addSecs(qint64(rules.callbackAfterHours) * 3600).date();
    task.channel = complaint.channel == ComplaintChannel::WeChat ? TaskChannel::WeChat : TaskChannel::Phone;
    task.purpose = TaskPurpose::ComplaintCallback;
    task.assignee = complaint.responsible ? complaint.responsible : complaint.takenBy;
    // No customer text here: the task list is seen by everyone at the counter.
    task.setNote(StoredWords::complaintCallback(complaint.id));
    task.complaint = complaint.id;
    task.generatedKey = keyFor(complaint.id);
    task.status = TaskStatus::Open;
    task.createdAt = now;
    return task;
}

} // namespace atelier
