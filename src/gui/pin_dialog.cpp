#include "gui/pin_dialog.h"

#include "gui/settings/account_worker.h"
#include "services/store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace atelier {

PinDialog::PinDialog(Store &store, StaffId staff, const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_staff(staff)
    , m_worker(new AccountWorker(store.path(), store.clock(), this))
    , m_pinEdit(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Take over the counter"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_pinEdit->setObjectName(QStringLiteral("pinEdit"));
    m_pinEdit->setEchoMode(QLineEdit::Password);
    m_pinEdit->setMaxLength(6);
    m_pinEdit->setInputMethodHints(Qt::ImhDigitsOnly);
    form->addRow(tr("%1's &PIN:").arg(name), m_pinEdit);
    layout->addLayout(form);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PinDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_worker, &AccountWorker::done, this, &PinDialog::answered);
    m_pinEdit->setFocus(Qt::OtherFocusReason);
}

bool PinDialog::isChecking() const
{
    return m_worker->isBusy();
}

void PinDialog::accept()
{
    const QString pin = m_pinEdit->text();
    const StaffId staff = m_staff;
    if (!m_worker->start([staff, pin](AccountService &accounts) { return accounts.switchByPin(staff, pin); }))
        return;
    m_okButton->setEnabled(false);
    m_pinEdit->setEnabled(false);
    m_message->setText(tr("Checking…"));
}

void PinDialog::answered(const LoginResult &result)
{
    m_pinEdit->setEnabled(true);
    m_okButton->setEnabled(true);
    if (result.session) {
        m_session = result.session;
        QDialog::accept();
        return;
    }
    m_message->setText(result.error);
    m_pinEdit->clear();
    m_pinEdit->setFocus(Qt::OtherFocusReason);
}

} // namespace atelier
