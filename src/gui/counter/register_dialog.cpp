#include "gui/counter/register_dialog.h"

#include "gui/common/could_not_read.h"
#include "services/counter_shift.h"
#include "services/customer_service.h"
#include "services/member_cards.h"
#include "services/store.h"
#include "ui_register_dialog.h"

#include <QPushButton>

namespace atelier {

RegisterDialog::RegisterDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RegisterDialog>())
    , m_store(store)
{
    m_ui->setupUi(this);
    m_ui->referrerPicker->setStore(store);
    clearErrors();
    connect(m_ui->newCardNoButton, &QPushButton::clicked, this, [this]() {
        // A free number from the store's series; it is hers when she is registered.
        const CardNumberResult free = m_store.memberCards().freeNumber();
        m_ui->cardNoLineEdit->setText(free.cardNo);
        m_ui->cardNoErrorLabel->setText(free.error);
        m_ui->cardNoErrorLabel->setVisible(!free.ok());
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RegisterDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->openExistingButton, &QPushButton::clicked, this, [this]() {
        m_id = m_duplicateOf;
        accept();
    });
}

RegisterDialog::~RegisterDialog() = default;

void RegisterDialog::suggest(const QString &searchText)
{
    const QString text = searchText.trimmed();
    if (text.isEmpty())
        return;
    if (!PhoneNumber::digitsOnly(text).isEmpty() && PhoneNumber::digitsOnly(text).size() * 2 >= text.size())
        m_ui->phoneLineEdit->setText(text);
    else
        m_ui->nameLineEdit->setText(text);
}

void RegisterDialog::clearErrors()
{
    m_ui->nameErrorLabel->hide();
    m_ui->phoneErrorLabel->hide();
    m_ui->referrerErrorLabel->hide();
    m_ui->cardNoErrorLabel->hide();
    m_ui->openExistingButton->hide();
    m_ui->messageLabel->hide();
    m_duplicateOf = 0;
}

void RegisterDialog::save()
{
    clearErrors();
    // The clerk at the counter registers her (customers.created_by: her new archives in the Staff report
    // and the archive contest). A referrer chosen makes her source "referral"
    // (CustomerService::registerCustomer).
    const SaveResult result
        = m_store.customers().registerCustomer(m_ui->nameLineEdit->text(), m_ui->phoneLineEdit->text(),
            m_store.shift().clerkId(), m_ui->referrerPicker->referrer(), m_ui->cardNoLineEdit->text());
    if (result.ok()) {
        m_id = *result.id;
        accept();
        return;
    }
    for (const FieldError &error : result.errors) {
        QLabel *label = error.field == QStringLiteral("phone") ? m_ui->phoneErrorLabel
            : error.field == QStringLiteral("referrerId")      ? m_ui->referrerErrorLabel
            : error.field == QStringLiteral("cardNo")          ? m_ui->cardNoErrorLabel
                                                               : m_ui->nameErrorLabel;
        label->setText(error.message);
        label->show();
    }
    if (result.duplicateOf) {
        m_duplicateOf = *result.duplicateOf;
        const ReadResult<std::optional<CustomerArchive>> existing = m_store.customers().load(m_duplicateOf);
        if (!existing.ok()) {
            m_ui->phoneErrorLabel->setText(CouldNotRead::customer(existing.error));
            m_ui->phoneErrorLabel->show();
        } else if (const std::optional<CustomerArchive> &found = *existing.value) {
            m_ui->phoneErrorLabel->setText(
                tr("This number already belongs to %1.").arg(found->customer.name));
            m_ui->phoneErrorLabel->show();
        }
        m_ui->openExistingButton->show();
    }
    if (!result.message.isEmpty()) {
        m_ui->messageLabel->setText(result.message);
        m_ui->messageLabel->show();
    }
}

} // namespace atelier
