#include "gui/settings/account_form_dialog.h"

#include "services/account_service.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace atelier {

AccountFormDialog::AccountFormDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New account"));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("accountNameEdit"));
    m_name->setPlaceholderText(tr("as colleagues and the history name them"));
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("accountLoginEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("accountPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(
        tr("at least %n characters", nullptr, AccountService::minimumPasswordLength));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("accountRoleCombo"));
    m_role->addItem(tr("Clerk"), static_cast<int>(Role::Clerk));
    m_role->addItem(tr("Manager"), static_cast<int>(Role::Manager));
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Login:"), m_login);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Role:"), m_role);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add account"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString AccountFormDialog::name() const
{
    return m_name->text();
}

QString AccountFormDialog::login() const
{
    return m_login->text();
}

QString AccountFormDialog::password() const
{
    return m_password->text();
}

Role AccountFormDialog::role() const
{
    return static_cast<Role>(m_role->currentData().toInt());
}

} // namespace atelier
