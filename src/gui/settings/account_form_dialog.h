#pragma once

#include "core/permissions.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace atelier {

// The manager's form for a new account: name, login, first password and role. Only collects; the
// accounts page runs AccountService (its rules give the messages) on a worker thread.
class AccountFormDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AccountFormDialog(QWidget *parent = nullptr);

    QString name() const;
    QString login() const;
    QString password() const;
    Role role() const;

private:
    QLineEdit *m_name = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_role = nullptr;
};

} // namespace atelier
