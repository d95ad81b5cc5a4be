#include "gui/counter/handover_note_dialog.h"

#include "gui/common/could_not_read.h"
#include "services/counter_shift.h"
#include "services/customer_service.h"
#include "services/handover_notes.h"
#include "services/store.h"
#include "ui_handover_note_dialog.h"

#include <QKeySequence>
#include <QPushButton>
#include <QShortcut>

namespace atelier {

HandoverNoteDialog::HandoverNoteDialog(Store &store, CustomerId shownCustomer, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HandoverNoteDialog>())
    , m_store(store)
    , m_customer(shownCustomer)
{
    m_ui->setupUi(this);
    const auto clerk = store.shift().clerk();
    m_ui->writerLabel->setText(clerk ? tr("Written by %1.").arg(clerk->name)
                                     : tr("No clerk is at the counter: the note will be unsigned."));
    const ReadResult<std::optional<CustomerArchive>> read
        = shownCustomer ? store.customers().load(shownCustomer) : nothingChosen<CustomerArchive>();
    const std::optional<CustomerArchive> archive = read.value.value_or(std::nullopt);
    if (!read.ok()) {
        // The note may still be written, without a link to a customer it cannot name.
        m_customer = 0;
        m_ui->linkCustomerCheckBox->setChecked(false);
        m_ui->linkCustomerCheckBox->setEnabled(false);
        m_ui->linkCustomerCheckBox->setText(CouldNotRead::customer(read.error));
    } else if (archive) {
        m_ui->linkCustomerCheckBox->setText(
            tr("&Link the customer on the card: %1").arg(archive->customer.name));
        m_ui->linkCustomerCheckBox->setChecked(true);
    } else {
        m_customer = 0;
        m_ui->linkCustomerCheckBox->hide();
    }
    // Enter starts a new line of the note, so saving from the keyboard takes Ctrl+Enter (either key).
    for (const QKeySequence &keys :
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &HandoverNoteDialog::accept);
    m_ui->buttonBox->button(QDialogButtonBox::Save)
        ->setToolTip(tr("Save the note (%1)")
                         .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &HandoverNoteDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->bodyEdit, &QPlainTextEdit::textChanged, m_ui->messageLabel, &QLabel::clear);
}

HandoverNoteDialog::~HandoverNoteDialog() = default;

void HandoverNoteDialog::accept()
{
    QList<CustomerId> customers;
    if (m_customer != 0 && m_ui->linkCustomerCheckBox->isChecked())
        customers << m_customer;
    const HandoverResult result
        = m_store.handover().write(m_ui->bodyEdit->toPlainText(), customers, m_store.shift().clerkId());
    if (!result.ok()) {
        m_ui->messageLabel->setText(result.message);
        m_ui->bodyEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_note = result.id;
    QDialog::accept();
}

} // namespace atelier
