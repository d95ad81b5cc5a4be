#include "gui/calendar/task_reschedule_dialog.h"

#include "services/follow_up_service.h"
#include "ui_task_reschedule_dialog.h"

namespace atelier {

TaskRescheduleDialog::TaskRescheduleDialog(
    FollowUpService &tasks, TaskId task, const QDate &current, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TaskRescheduleDialog>())
    , m_tasks(tasks)
    , m_task(task)
{
    m_ui->setupUi(this);
    // No minimum date: a past day typed in gets the service's sentence rather than a silent clamp.
    m_ui->dateEdit->setDate(std::max(current, tasks.today()));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TaskRescheduleDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &TaskRescheduleDialog::reject);
}

TaskRescheduleDialog::~TaskRescheduleDialog() = default;

void TaskRescheduleDialog::setDate(const QDate &date)
{
    m_ui->dateEdit->setDate(date);
}

void TaskRescheduleDialog::accept()
{
    const TaskResult result = m_tasks.reschedule(m_task, m_ui->dateEdit->date());
    if (!result.ok()) {
        m_ui->messageLabel->setText(result.message);
        return;
    }
    QDialog::accept();
}

} // namespace atelier
