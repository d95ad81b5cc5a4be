#pragma once

#include "core/follow_up.h"
#include "core/read_result.h"
#include "core/task_filter.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>
#include <vector>

namespace atelier {

class Clock;
class Database;
class StorageError;

struct TaskResult
{
    std::optional<TaskId> id; // the task written (markDone: the follow-on task, when one was made)
    bool done = false; // the change was saved
    QString message; // why nothing was saved
    bool ok() const { return done; }
};

// Follow-up tasks (回访) for the calendar and the customer card: planning one by hand, doing it
// (with the outcome and, when there is a next step with a date, the follow-on task in the same
// transaction), moving it to another day, cancelling it; and the calendar's reads. Nothing is planned
// for a day before today. tasksChanged goes out after every commit.
class FollowUpService : public QObject
{
    Q_OBJECT
public:
    FollowUpService(Database &db, const Clock &clock, QObject *parent = nullptr);

    // A task planned by hand: due today or later, for a customer in the archive, given to an
    // active member of staff or to nobody in particular.
    TaskResult create(const FollowUpTask &draft);
    TaskResult markDone(TaskId id, TaskOutcome outcome, const QString &note, const QString &nextStep,
        std::optional<StaffId> by, std::optional<QDate> nextDue = std::nullopt);
    TaskResult reschedule(TaskId id, const QDate &dueOn);
    // Several tasks (a drop of a selection) move together or not at all.
    TaskResult reschedule(const QList<TaskId> &ids, const QDate &dueOn);
    TaskResult cancel(TaskId id);

    ReadResult<std::optional<FollowUpTask>> find(TaskId id);
    // The days of [first, last] that have tasks.
    ReadResult<std::vector<DayCount>> monthCounts(
        const QDate &first, const QDate &last, const TaskFilter &filter);
    ReadResult<QList<TaskRow>> dayList(const QDate &day, const TaskFilter &filter);
    // The clerk's default view: today's tasks and every overdue one, theirs and everyone's.
    ReadResult<QList<TaskRow>> todayAndOverdue(const TaskFilter &filter);
    ReadResult<QList<TaskRow>> overdue(const TaskFilter &filter);
    ReadResult<QList<TaskRow>> forCustomer(CustomerId customer);
    QDate today() const;

    static constexpr int maxTextLength = 500;
    // Why a complaint call-back is not done or cancelled from the calendar.
    static QString callbackOnComplaint();

signals:
    void tasksChanged();

private:
    static TaskResult failed(const char *what, const StorageError &error);
    static TaskResult refused(const QString &message);
    QString checkDue(const QDate &due) const;
    QString checkText(const QString &text, const char *tooLong) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
