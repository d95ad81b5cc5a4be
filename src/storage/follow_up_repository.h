#pragma once

#include "core/follow_up.h"
#include "core/task_filter.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace atelier {

// Follow-up tasks (follow_up_tasks). The complaints workflow and the nightly job add generated
// tasks through insertGenerated(), whose key makes a second attempt a no-op. The calendar's reads
// (month counts, a day's list, today and overdue) are single indexed queries.
class FollowUpRepository
{
public:
    explicit FollowUpRepository(QSqlDatabase db);

    TaskId insert(const FollowUpTask &task);
    // Inserts a task with a generatedKey unless a task with that key exists (whatever its status:
    // a cancelled birthday task is not made again). True when it was inserted.
    bool insertGenerated(const FollowUpTask &task);
    // The same for many tasks through one prepared statement; returns how many were inserted.
    int insertGenerated(const std::vector<FollowUpTask> &tasks);
    // The planned tasks whose key is not stored yet, in their order: what the night can still make.
    // One look-up a task on the UNIQUE index, on SQLite's handle (thousands a night).
    std::vector<FollowUpTask> notYetMade(std::vector<FollowUpTask> planned);
    // Tasks as they are, done ones with their outcome (the demo store's history), through one
    // prepared statement.
    void insertHistory(const std::vector<FollowUpTask> &tasks);
    std::optional<FollowUpTask> find(TaskId id);

    // Only open tasks change; false when the task is not open (or does not exist).
    bool markDone(TaskId id, TaskOutcome outcome, const QString &outcomeNote, const QString &nextStep,
        const QDateTime &doneAt, std::optional<StaffId> doneBy);
    bool reschedule(TaskId id, const QDate &dueOn);
    bool cancel(TaskId id);
    // A prospect who has bought is an ordinary customer: her prospect tasks still open are closed
    // (cancelled with the outcome purchased, closed at `at`, by nobody). Returns how many.
    int closeProspectsWhoBought(const QDateTime &at);
    // A customer without the archive consent (never given, or withdrawn) gets no birthday greeting:
    // her birthday tasks still open are cancelled (closed at `at`, by nobody, no outcome), so that no
    // clerk calls someone who said no. Returns how many.
    int cancelBirthdaysWithoutConsent(const QDateTime &at);

    // Days in [first, last] with at least one task, in date order.
    std::vector<DayCount> monthCounts(
        const QDate &first, const QDate &last, const TaskFilter &filter, const QDate &today);
    QList<TaskRow> dayList(const QDate &day, const TaskFilter &filter);
    // Today's tasks and every open task due before today, oldest first.
    QList<TaskRow> todayAndOverdue(const QDate &today, const TaskFilter &filter);
    // Open tasks due before today, oldest first (the filter's status is ignored).
    QList<TaskRow> overdue(const QDate &today, const TaskFilter &filter);
    QList<TaskRow> forCustomer(CustomerId customer);
    // The last day a task for the customer was done; invalid when never.
    QDate lastContact(CustomerId customer);

private:
    // Cancels the open tasks of `purpose` whose row meets `whose` (a fixed SQL condition over
    // follow_up_tasks), with `outcome`, closed at `at` by nobody. Returns how many.
    int cancelOpen(TaskPurpose purpose, TaskOutcome outcome, const QString &whose, const QDateTime &at);
    QList<TaskRow> rows(const QString &where, const QVariantList &values, const TaskFilter &filter);

    QSqlDatabase m_db;
};

} // namespace atelier
