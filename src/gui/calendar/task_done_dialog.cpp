#include "gui/calendar/task_done_dialog.h"

#include "core/labels.h"
#include "gui/counter/satisfaction_dialog.h"
#include "services/follow_up_service.h"
#include "services/satisfaction.h"
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

void TaskDoneDialog::offerScore(Satisfaction &satisfaction, CustomerId customer)
{
    m_satisfaction = &satisfaction;
    m_customer = customer;
    SatisfactionDialog::fillScores(m_ui->scoreComboBox, true);
    m_ui->scoreCommentEdit->setMaxLength(SatisfactionScore::maxCommentLength);
    for (QWidget *widget :
        {static_cast<QWidget *>(m_ui->scoreLabel), static_cast<QWidget *>(m_ui->scoreComboBox),
            static_cast<QWidget *>(m_ui->scoreCommentLabel), static_cast<QWidget *>(m_ui->scoreCommentEdit)})
        widget->show();
}

void TaskDoneDialog::accept()
{
    if (!m_done && !markDone())
        return;
    const int score = m_satisfaction ? m_ui->scoreComboBox->currentData().toInt() : 0;
    if (score > 0) {
        const SatisfactionResult recorded
            = m_satisfaction->recordFollowUp(m_customer, m_task, score, m_ui->scoreCommentEdit->text());
        if (!recorded.ok()) {
            m_ui->messageLabel->setText(
                tr("The follow-up is done; her score was not recorded. %1").arg(recorded.message));
            return;
        }
    }
    QDialog::accept();
}

bool TaskDoneDialog::markDone()
{
    const auto outcome = TaskOutcome(m_ui->outcomeCombo->currentData().toInt());
    std::optional<QDate> next;
    if (m_ui->nextDateCheck->isChecked())
        next = m_ui->nextDateEdit->date();
    const TaskResult result
        = m_tasks.markDone(m_task, outcome, m_ui->noteEdit->text(), m_ui->nextStepEdit->text(), m_by, next);
    if (!result.ok()) {
        m_ui->messageLabel->setText(result.message);
        return false;
    }
    // Done: OK again only tries the score.
    m_done = true;
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->outcomeCombo),
             static_cast<QWidget *>(m_ui->noteEdit), static_cast<QWidget *>(m_ui->nextStepEdit),
             static_cast<QWidget *>(m_ui->nextDateCheck), static_cast<QWidget *>(m_ui->nextDateEdit)})
        widget->setEnabled(false);
    return true;
}

} // namespace atelier
