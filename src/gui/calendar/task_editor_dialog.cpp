#include "gui/calendar/task_editor_dialog.h"

#include "core/labels.h"
#include "gui/common/unreadable_item.h"
#include "services/counter_search.h"
#include "services/counter_shift.h"
#include "services/follow_up_service.h"
#include "services/staff_directory.h"
#include "services/store.h"
#include "ui_task_editor_dialog.h"

namespace atelier {

TaskEditorDialog::TaskEditorDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TaskEditorDialog>())
    , m_store(store)
{
    m_ui->setupUi(this);
    for (TaskPurpose purpose : {TaskPurpose::Planned, TaskPurpose::Birthday, TaskPurpose::PurchaseCycle,
             TaskPurpose::Dormant, TaskPurpose::Holiday, TaskPurpose::LifeEvent})
        m_ui->purposeCombo->addItem(Labels::of(purpose), int(purpose));
    for (TaskChannel channel :
        {TaskChannel::Phone, TaskChannel::WeChat, TaskChannel::Sms, TaskChannel::Visit})
        m_ui->channelCombo->addItem(Labels::of(channel), int(channel));
    m_ui->assigneeCombo->addItem(tr("Anyone at the counter"), QVariant());
    const ReadResult<QList<StaffMember>> staff = store.staff().active();
    for (const StaffMember &member : staff.value.value_or(QList<StaffMember>()))
        m_ui->assigneeCombo->addItem(member.name, qlonglong(member.id));
    if (!staff.ok())
        addUnreadableItem(m_ui->assigneeCombo, tr("The staff could not be read: %1").arg(staff.error));
    if (const std::optional<StaffId> clerk = store.shift().clerkId())
        m_ui->assigneeCombo->setCurrentIndex(std::max(0, m_ui->assigneeCombo->findData(qlonglong(*clerk))));
    m_ui->dueDateEdit->setDate(store.followUps().today().addDays(1));
    m_ui->noteEdit->setMaxLength(FollowUpService::maxTextLength);
    connect(m_ui->customerSearchEdit, &QLineEdit::textEdited, this, &TaskEditorDialog::search);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TaskEditorDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &TaskEditorDialog::reject);
}

TaskEditorDialog::~TaskEditorDialog() = default;

void TaskEditorDialog::setCustomer(CustomerId id, const QString &name)
{
    m_ui->customerCombo->clear();
    m_ui->customerCombo->addItem(name, qlonglong(id));
}

void TaskEditorDialog::search(const QString &text)
{
    m_ui->customerCombo->clear();
    if (text.trimmed().isEmpty())
        return;
    for (const CounterMatch &match : m_store.counterSearch().find(text.trimmed(), 20)) {
        const QString tail = match.customer.phoneDigits.right(4);
        m_ui->customerCombo->addItem(
            tail.isEmpty() ? match.customer.name : tr("%1 (…%2)").arg(match.customer.name, tail),
            qlonglong(match.customer.id));
    }
}

void TaskEditorDialog::setDue(const QDate &day)
{
    m_ui->dueDateEdit->setDate(day);
}

void TaskEditorDialog::accept()
{
    if (m_ui->customerCombo->currentIndex() < 0) {
        m_ui->messageLabel->setText(tr("Find the customer first."));
        return;
    }
    FollowUpTask draft;
    draft.customer = m_ui->customerCombo->currentData().toLongLong();
    draft.purpose = TaskPurpose(m_ui->purposeCombo->currentData().toInt());
    draft.channel = TaskChannel(m_ui->channelCombo->currentData().toInt());
    draft.dueOn = m_ui->dueDateEdit->date();
    if (const QVariant assignee = m_ui->assigneeCombo->currentData(); assignee.isValid())
        draft.assignee = assignee.toLongLong();
    draft.note = m_ui->noteEdit->text();
    draft.createdBy = m_store.shift().clerkId();
    const TaskResult result = m_store.followUps().create(draft);
    if (!result.ok()) {
        m_ui->messageLabel->setText(result.message);
        return;
    }
    m_created = *result.id;
    QDialog::accept();
}

} // namespace atelier
