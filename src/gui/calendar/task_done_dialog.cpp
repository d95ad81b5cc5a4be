#include "gui/calendar/task_done_dialog.h"

#include "core/labels.h"
#include "services/follow_up_service.h"
#include "ui_task_done_dialog.h"

namespace atelier {

TaskDoneDialog::TaskDoneDialog(
    FollowUpService &tasks, TaskId task, std::optional<StaffId> by, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TaskDoneDialog>())
    , m_tasks(tasks)
    , m_task(task)
    , m_by(by)
{
    m_ui->setupUi(this);
    for (TaskOutcome outcome : {TaskOutcome::Reached, TaskOutcome::NoAnswer, TaskOutcome::VisitBooked,
             TaskOutcome::Purchased, TaskOutcome::Declined, TaskOutcome::Other})
        m_ui->outcomeCombo->addItem(Labels::of(outcome), int(outcome));
    m_ui->noteEdit->setMaxLength(FollowUpService::maxTextLength);
    m_ui->nextStepEdit->setMaxLength(FollowUpService::maxTextLength);
    const QDate today = tasks.today();
    m_ui->nextDateEdit->setMinimumDate(today);
    m_ui->nextDateEdit->setDate(today.addDays(7));
    connect(m_ui->nextDateCheck, &QCheckBox::toggled, m_ui->nextDateEdit, &QWidget::setEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TaskDoneDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &TaskDoneDialog::reject);
}

TaskDoneDialog::~TaskDoneDialog() = default;

void TaskDoneDialog::accept()
{
    const auto outcome = TaskOutcome(m_ui->outcomeCombo->currentData().toInt());
    std::optional<QDate> next;
    if (m_ui->nextDateCheck->isChecked())
        next = m_ui->nextDateEdit->date();
    const TaskResult result
        = m_tasks.markDone(m_task, outcome, m_ui->noteEdit->text(), m_ui->nextStepEdit->text(), m_by, next);
    if (!result.ok()) {
        m_ui->messageLabel->setText(result.message);
        return;
    }
    QDialog::accept();
}

} // namespace atelier
