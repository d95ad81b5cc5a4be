#pragma once

#include "core/session.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace atelier {

class AccountWorker;
class Store;
struct LoginResult;

// The quick switch at the counter: the clerk who takes over types their PIN. Checked on a worker
// thread like a password.
class PinDialog : public QDialog
{
    Q_OBJECT
public:
    PinDialog(Store &store, StaffId staff, const QString &name, QWidget *parent = nullptr);

    std::optional<Session> session() const { return m_session; }
    bool isChecking() const;
    void accept() override;

private:
    void answered(const LoginResult &result);

    StaffId m_staff;
    AccountWorker *m_worker;
    QLineEdit *m_pinEdit;
    QLabel *m_message;
    QPushButton *m_okButton;
    std::optional<Session> m_session;
};

} // namespace atelier
