#pragma once

#include "core/session.h"

#include <QDialog>

#include <memory>
#include <optional>

class QTimer;

namespace Ui {
class LoginDialog;
}

namespace atelier {

class AccountWorker;
class Store;
struct LoginResult;

// The screen before the window: a login and password, or, on a store without a manager yet, the
// manager's account to create. The password check runs on a worker thread (it takes a few tenths
// of a second); after wrong passwords the button waits out the delay with a countdown.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Login,
        FirstManager,
    };
    LoginDialog(Store &store, Mode mode, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // Set once the dialog is accepted.
    std::optional<Session> session() const { return m_session; }
    bool isChecking() const;

    void accept() override;

private:
    void answered(const LoginResult &result);
    void tick();
    void setBusy(bool busy);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    Store &m_store;
    Mode m_mode;
    AccountWorker *m_worker;
    QTimer *m_countdown;
    int m_waitLeft = 0;
    std::optional<Session> m_session;
};

} // namespace atelier
