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
class Satisfaction;

// Quick "done" for a follow-up: how it went, a note, the next step and, when it has a day, the
// follow-on task, and her satisfaction score when offered. OK saves through the service and closes; a
// refusal is shown and the dialog stays.
class TaskDoneDialog : public QDialog
{
    Q_OBJECT
public:
    TaskDoneDialog(FollowUpService &tasks, TaskId task, std::optional<StaffId> by, QWidget *parent = nullptr);
    ~TaskDoneDialog() override;

    // Offers an optional satisfaction score (issue 24) with her comment, recorded for this follow-up
    // once it is marked done. Without this call the dialog has no score.
    void offerScore(Satisfaction &satisfaction, CustomerId customer);

    void accept() override;

private:
    bool markDone();

    std::unique_ptr<Ui::TaskDoneDialog> m_ui;
    FollowUpService &m_tasks;
    TaskId m_task;
    std::optional<StaffId> m_by;
    Satisfaction *m_satisfaction = nullptr;
    CustomerId m_customer = 0;
    bool m_done = false; // marked done; a score that failed may be tried again
};

} // namespace atelier
