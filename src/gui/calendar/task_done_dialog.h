#pragma once

#include "core/follow_up.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class TaskDoneDialog;
}

namespace atelier {

class FollowUpService;

// Quick "done" for a follow-up: how it went, a note, the next step and, when it has a day, the
// follow-on task. OK saves through the service and closes; a refusal is shown and the dialog stays.
class TaskDoneDialog : public QDialog
{
    Q_OBJECT
public:
    TaskDoneDialog(FollowUpService &tasks, TaskId task, std::optional<StaffId> by, QWidget *parent = nullptr);
    ~TaskDoneDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui::TaskDoneDialog> m_ui;
    FollowUpService &m_tasks;
    TaskId m_task;
    std::optional<StaffId> m_by;
};

} // namespace atelier
