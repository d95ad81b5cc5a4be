#pragma once

#include "core/follow_up.h"

#include <QDialog>

#include <memory>

namespace Ui {
class TaskRescheduleDialog;
}

namespace atelier {

class FollowUpService;

// Moves a follow-up to another day through the service; a refusal (a day that has passed, a task
// already done) is shown and the dialog stays open.
class TaskRescheduleDialog : public QDialog
{
    Q_OBJECT
public:
    TaskRescheduleDialog(
        FollowUpService &tasks, TaskId task, const QDate &current, QWidget *parent = nullptr);
    ~TaskRescheduleDialog() override;

    void setDate(const QDate &date);
    void accept() override;

private:
    std::unique_ptr<Ui::TaskRescheduleDialog> m_ui;
    FollowUpService &m_tasks;
    TaskId m_task;
};

} // namespace atelier
