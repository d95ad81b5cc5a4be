#include "gui/complaints/complaint_intake_dialog.h"

#include "core/labels.h"
#include "gui/common/could_not_read.h"
#include "services/complaint_service.h"
#include "services/counter_shift.h"
#include "services/customer_service.h"
#include "services/store.h"
#include "ui_complaint_intake_dialog.h"

#include <QPushButton>

namespace atelier {

ComplaintIntakeDialog::ComplaintIntakeDialog(
    Store &store, std::optional<CustomerId> customer, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ComplaintIntakeDialog>())
    , m_store(store)
    , m_customer(customer)
{
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Log complaint"));
    const ReadResult<std::optional<CustomerArchive>> read
        = customer ? store.customers().load(*customer) : nothingChosen<CustomerArchive>();
    const std::optional<CustomerArchive> archive = read.value.value_or(std::nullopt);
    if (!read.ok())
        m_ui->customerLabel->setText(CouldNotRead::customer(read.error));
    else
        m_ui->customerLabel->setText(archive
                ? tr("Customer: %1 (%2)").arg(archive->customer.name, archive->customer.phone.masked())
                : tr("A caller who is not in the archive"));
    const std::optional<StaffMember> clerk = store.shift().clerk();
    m_ui->takerLabel->setText(clerk ? clerk->name : tr("nobody chosen at the counter"));

    for (ComplaintChannel channel : {ComplaintChannel::InStore, ComplaintChannel::Phone,
             ComplaintChannel::WeChat, ComplaintChannel::Online})
        m_ui->channelComboBox->addItem(Labels::of(channel), int(channel));
    for (ComplaintCategory category :
        {ComplaintCategory::Quality, ComplaintCategory::Size, ComplaintCategory::Service,
            ComplaintCategory::Delivery, ComplaintCategory::Price, ComplaintCategory::Other})
        m_ui->categoryComboBox->addItem(Labels::of(category), int(category));
    for (ComplaintSeverity severity :
        {ComplaintSeverity::Low, ComplaintSeverity::Medium, ComplaintSeverity::High})
        m_ui->severityComboBox->addItem(Labels::of(severity), int(severity));
    m_ui->severityComboBox->setCurrentIndex(1);
    // Someone not in the archive is, at this desk, nearly always on the phone; she may leave a
    // name and a number to call back. A customer's own are on her card.
    const bool caller = !customer;
    m_ui->formLayout->setRowVisible(m_ui->callerNameLineEdit, caller);
    m_ui->formLayout->setRowVisible(m_ui->callerPhoneLineEdit, caller);
    if (caller) {
        m_ui->channelComboBox->setCurrentIndex(m_ui->channelComboBox->findData(int(ComplaintChannel::Phone)));
        m_ui->callerNameLineEdit->setFocus();
    } else {
        m_ui->contentTextEdit->setFocus();
    }

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ComplaintIntakeDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ComplaintIntakeDialog::~ComplaintIntakeDialog() = default;

void ComplaintIntakeDialog::save()
{
    ComplaintDraft draft;
    draft.customer = m_customer;
    if (!m_customer) {
        draft.callerName = m_ui->callerNameLineEdit->text();
        draft.callerPhoneText = m_ui->callerPhoneLineEdit->text();
    }
    draft.channel = ComplaintChannel(m_ui->channelComboBox->currentData().toInt());
    draft.category = ComplaintCategory(m_ui->categoryComboBox->currentData().toInt());
    draft.severity = ComplaintSeverity(m_ui->severityComboBox->currentData().toInt());
    draft.styleNumber = m_ui->styleLineEdit->text();
    draft.content = m_ui->contentTextEdit->toPlainText();
    draft.takenBy = m_store.shift().clerkId();
    const ComplaintResult result = m_store.complaints().intake(draft);
    if (!result.ok()) {
        m_ui->messageLabel->setText(result.message);
        m_ui->messageLabel->show();
        // A caller's number that breaks the registration's rule is the one field to fix then.
        const bool phoneRefused = !m_customer && !draft.callerPhoneText.trimmed().isEmpty()
            && !PhoneNumber::parse(draft.callerPhoneText).ok();
        if (phoneRefused)
            m_ui->callerPhoneLineEdit->setFocus();
        else
            m_ui->contentTextEdit->setFocus();
        return;
    }
    m_saved = result.complaint->id;
    accept();
}

} // namespace atelier
