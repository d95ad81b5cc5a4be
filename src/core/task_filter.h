#pragma once

#include "core/follow_up.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace atelier {

// Which follow-up tasks the calendar (and the CLI) show: whose, for what, in which state.
struct TaskFilter
{
    enum class Status
    {
        Active, // open and done; cancelled tasks are gone from the calendar
        Open,
        Done,
        Any
    };

    std::optional<StaffId> assignee; // none: everyone's
    // With an assignee: tasks nobody was given count as theirs too (whoever is at the counter does them).
    bool includeUnassigned = true;
    QList<TaskPurpose> purposes; // empty: every purpose
    Status status = Status::Active;

    // "Mine": the clerk's own tasks and everyone's.
    static TaskFilter mine(StaffId clerk)
    {
        TaskFilter filter;
        filter.assignee = clerk;
        return filter;
    }
};

// A calendar day: how many tasks fall on it and in which state.
struct DayCount
{
    QDate day;
    int total = 0; // open + done (cancelled ones are not counted)
    int open = 0;
    int overdue = 0; // open and due before today
    int done = 0;
};

// A task as a list shows it: with the names of the customer and of the person it was given to.
struct TaskRow
{
    FollowUpTask task;
    QString customerName;
    QString assigneeName; // empty: nobody in particular
};

} // namespace atelier
