#include "cli/commands.h"

#include "core/stored_time.h"
#include "services/follow_up_service.h"
#include "services/store.h"

#include <algorithm>

namespace atelier::cli {

int runTasks(CommandLine &line, const QString &databasePath)
{
    const std::optional<QDate> date = line.takeDate(QStringLiteral("date"));
    const bool overdue = line.takeFlag(QStringLiteral("overdue"));
    if (!line.finish())
        return badInput(line.error());

    Store store;
    if (const int opened = openStore(store, databasePath, false); opened != Success)
        return opened;
    FollowUpService &tasks = store.followUps();
    const QDate today = store.clock().today();
    TaskFilter everything;
    everything.status = TaskFilter::Status::Any;

    QList<TaskRow> rows;
    if (date || !overdue) {
        const ReadResult<QList<TaskRow>> day = tasks.dayList(date.value_or(today), everything);
        if (!day.ok())
            return readFailed(day.error);
        rows = *day.value;
    }
    if (overdue) {
        const ReadResult<QList<TaskRow>> late = tasks.overdue({});
        if (!late.ok())
            return readFailed(late.error);
        for (const TaskRow &row : *late.value)
            if (std::none_of(
                    rows.cbegin(), rows.cend(), [&](const TaskRow &r) { return r.task.id == row.task.id; }))
                rows << row;
        std::stable_sort(rows.begin(), rows.end(), [](const TaskRow &a, const TaskRow &b) {
            return a.task.dueOn != b.task.dueOn ? a.task.dueOn < b.task.dueOn : a.task.id < b.task.id;
        });
    }

    // A fixed header and codes, whatever the language: this output is for scripts.
    QString text = QStringLiteral(
        "id,due_on,customer_id,purpose,channel,assignee_id,status,overdue,outcome,generated_key\n");
    for (const TaskRow &row : rows) {
        const FollowUpTask &t = row.task;
        const QStringList fields{QString::number(t.id), toStoredText(t.dueOn), QString::number(t.customer),
            toCode(t.purpose), toCode(t.channel), t.assignee ? QString::number(*t.assignee) : QString(),
            toCode(t.status), t.isOverdue(today) ? QStringLiteral("1") : QStringLiteral("0"),
            toCode(t.outcome), t.generatedKey};
        text += csvLine(fields);
    }
    printOut(text);
    return Success;
}

} // namespace atelier::cli
