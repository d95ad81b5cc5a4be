#include "services/follow_up_service.h"

#include "core/clock.h"
#include "core/display_format.h"
#include "services/try_read.h"
#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/follow_up_repository.h"
#include "storage/staff_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <spdlog/spdlog.h>

namespace atelier {

namespace {
const char *const noteTooLong
    = QT_TRANSLATE_NOOP("atelier::FollowUpService", "The note is too long (at most %1 characters).");
const char *const nextStepTooLong
    = QT_TRANSLATE_NOOP("atelier::FollowUpService", "The next step is too long (at most %1 characters).");
} // namespace

FollowUpService::FollowUpService(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
}

QDate FollowUpService::today() const
{
    return m_clock.today();
}

TaskResult FollowUpService::failed(const char *what, const StorageError &error)
{
    spdlog::error("{} failed: {}", what, error.detail().toStdString());
    return refused(error.userMessage());
}

TaskResult FollowUpService::refused(const QString &message)
{
    TaskResult result;
    result.message = message;
    return result;
}

QString FollowUpService::checkDue(const QDate &due) const
{
    if (!due.isValid())
        return tr("Choose the day the follow-up is due.");
    if (due < m_clock.today())
        return tr("%1 has already passed: a follow-up can only be planned for today or a later day.")
            .arg(DisplayFormat::date(due));
    return {};
}

QString FollowUpService::checkText(const QString &text, const char *tooLong) const
{
    if (text.size() > maxTextLength)
        return tr(tooLong).arg(maxTextLength);
    return {};
}

QString FollowUpService::callbackOnComplaint()
{
    return tr("A complaint call-back is recorded on the complaint, with the customer's satisfaction "
              "score: open it on the Complaints page.");
}

TaskResult FollowUpService::create(const FollowUpTask &draft)
{
    if (const QString problem = checkDue(draft.dueOn); !problem.isEmpty())
        return refused(problem);
    if (const QString problem = checkText(draft.note.trimmed(), noteTooLong); !problem.isEmpty())
        return refused(problem);
    FollowUpTask task = draft;
    task.id = 0;
    task.note = draft.note.trimmed();
    task.generatedKey.clear();
    task.status = TaskStatus::Open;
    task.outcome = TaskOutcome::None;
    task.createdAt = m_clock.now();
    task.run.reset();
    TaskResult result;
    try {
        Transaction transaction(m_db.connection());
        const std::optional<Customer> customer = CustomerRepository(m_db.connection()).find(task.customer);
        if (!customer)
            return refused(tr("This customer does not exist."));
        if (isMarketing(task.purpose) && !customer->consentMarketing)
            return refused(tr("This customer has not agreed to receive promotions: plan a call-back or a "
                              "greeting instead of a marketing contact."));
        if (task.purpose == TaskPurpose::ComplaintCallback)
            return refused(tr("Complaint call-backs are planned by the complaint when it is resolved."));
        if (task.assignee) {
            const std::optional<StaffMember> staff = StaffRepository(m_db.connection()).find(*task.assignee);
            if (!staff || !staff->active)
                return refused(tr("Follow-ups can only be given to a current member of staff."));
        }
        result.id = FollowUpRepository(m_db.connection()).insert(task);
        transaction.commit();
    } catch (const StorageError &error) {
        return failed("follow-up task creation", error);
    }
    result.done = true;
    spdlog::info("follow-up task {} planned for customer {}", *result.id, task.customer);
    emit tasksChanged();
    return result;
}

TaskResult FollowUpService::markDone(TaskId id, TaskOutcome outcome, const QString &note,
    const QString &nextStep, std::optional<StaffId> by, std::optional<QDate> nextDue)
{
    if (outcome == TaskOutcome::None)
        return refused(tr("Choose how the follow-up went."));
    if (const QString problem = checkText(note.trimmed(), noteTooLong); !problem.isEmpty())
        return refused(problem);
    if (const QString problem = checkText(nextStep.trimmed(), nextStepTooLong); !problem.isEmpty())
        return refused(problem);
    if (nextDue) {
        if (const QString problem = checkDue(*nextDue); !problem.isEmpty())
            return refused(problem);
    }
    TaskResult result;
    try {
        Transaction transaction(m_db.connection());
        FollowUpRepository tasks(m_db.connection());
        const std::optional<FollowUpTask> task = tasks.find(id);
        if (!task)
            return refused(tr("This follow-up does not exist."));
        if (task->status != TaskStatus::Open)
            return refused(tr("This follow-up is already done or cancelled."));
        if (task->purpose == TaskPurpose::ComplaintCallback)
            return refused(callbackOnComplaint());
        if (by) {
            const std::optional<StaffMember> staff = StaffRepository(m_db.connection()).find(*by);
            if (!staff || !staff->active)
                return refused(tr("Only a current member of staff can record a follow-up."));
        }
        tasks.markDone(id, outcome, note.trimmed(), nextStep.trimmed(), m_clock.now(), by);
        if (nextDue) {
            // The next step becomes a planned call-back for the same customer, on the same channel,
            // for whoever did this one (or whoever this one was given to).
            FollowUpTask next;
            next.customer = task->customer;
            next.dueOn = *nextDue;
            next.channel = task->channel;
            next.purpose = TaskPurpose::Planned;
            next.assignee = by ? by : task->assignee;
            next.note = nextStep.trimmed();
            next.createdAt = m_clock.now();
            next.createdBy = by;
            result.id = tasks.insert(next);
        }
        transaction.commit();
    } catch (const StorageError &error) {
        return failed("follow-up task completion", error);
    }
    result.done = true;
    spdlog::info("follow-up task {} done ({}){}", id, toCode(outcome).toStdString(),
        result.id ? fmt::format(", next task {}", *result.id) : std::string());
    emit tasksChanged();
    return result;
}

TaskResult FollowUpService::reschedule(TaskId id, const QDate &dueOn)
{
    return reschedule(QList<TaskId>{id}, dueOn);
}

TaskResult FollowUpService::reschedule(const QList<TaskId> &ids, const QDate &dueOn)
{
    if (const QString problem = checkDue(dueOn); !problem.isEmpty())
        return refused(problem);
    // All of them or none: a drop of several tasks never leaves some moved and some not.
    int moved = 0;
    try {
        Transaction transaction(m_db.connection());
        FollowUpRepository tasks(m_db.connection());
        for (TaskId id : ids) {
            const std::optional<FollowUpTask> task = tasks.find(id);
            if (!task)
                return refused(tr("This follow-up does not exist."));
            if (task->status != TaskStatus::Open)
                return refused(tr("A follow-up that is done or cancelled cannot be moved."));
            if (task->dueOn == dueOn)
                continue;
            tasks.reschedule(id, dueOn);
            ++moved;
        }
        transaction.commit();
    } catch (const StorageError &error) {
        return failed("follow-up task rescheduling", error);
    }
    TaskResult result;
    result.done = true;
    if (moved == 0)
        return result;
    spdlog::info("{} follow-up task(s) moved", moved);
    emit tasksChanged();
    return result;
}

TaskResult FollowUpService::cancel(TaskId id)
{
    try {
        Transaction transaction(m_db.connection());
        const std::optional<FollowUpTask> task = FollowUpRepository(m_db.connection()).find(id);
        if (task && task->purpose == TaskPurpose::ComplaintCallback)
            return refused(callbackOnComplaint());
        if (!FollowUpRepository(m_db.connection()).cancel(id))
            return refused(tr("Only an open follow-up can be cancelled."));
        transaction.commit();
    } catch (const StorageError &error) {
        return failed("follow-up task cancellation", error);
    }
    spdlog::info("follow-up task {} cancelled", id);
    emit tasksChanged();
    TaskResult result;
    result.done = true;
    return result;
}

ReadResult<std::optional<FollowUpTask>> FollowUpService::find(TaskId id)
{
    return tryRead<std::optional<FollowUpTask>>(
        "follow-up task", [&] { return FollowUpRepository(m_db.connection()).find(id); });
}

ReadResult<std::vector<DayCount>> FollowUpService::monthCounts(
    const QDate &first, const QDate &last, const TaskFilter &filter)
{
    return tryRead<std::vector<DayCount>>("follow-up month", [&] {
        return FollowUpRepository(m_db.connection()).monthCounts(first, last, filter, m_clock.today());
    });
}

ReadResult<QList<TaskRow>> FollowUpService::dayList(const QDate &day, const TaskFilter &filter)
{
    return tryRead<QList<TaskRow>>(
        "follow-up day list", [&] { return FollowUpRepository(m_db.connection()).dayList(day, filter); });
}

ReadResult<QList<TaskRow>> FollowUpService::todayAndOverdue(const TaskFilter &filter)
{
    return tryRead<QList<TaskRow>>("follow-ups today and overdue",
        [&] { return FollowUpRepository(m_db.connection()).todayAndOverdue(m_clock.today(), filter); });
}

ReadResult<QList<TaskRow>> FollowUpService::overdue(const TaskFilter &filter)
{
    return tryRead<QList<TaskRow>>("overdue follow-ups",
        [&] { return FollowUpRepository(m_db.connection()).overdue(m_clock.today(), filter); });
}

ReadResult<QList<TaskRow>> FollowUpService::forCustomer(CustomerId customer)
{
    return tryRead<QList<TaskRow>>(
        "customer follow-ups", [&] { return FollowUpRepository(m_db.connection()).forCustomer(customer); });
}

} // namespace atelier
