#pragma once

#include "services/account_service.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace atelier {

class AccountWorker;
class Store;

// Settings → Accounts, for the manager: who logs in, with which role, and whether they have a
// counter PIN. Adds accounts, resets passwords, sets PINs and deactivates (never deletes: the
// history keeps the name). Each change hashes a secret (Argon2id, a few tenths of a second), so it
// runs on a worker thread while the buttons wait.
class AccountsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AccountsPage(Store &store, QWidget *parent = nullptr);

    void reload();

private:
    std::optional<StaffId> selectedStaff() const;
    void addAccount();
    void resetPassword();
    void setPin();
    void deactivate();
    // Runs `change` for the session at the counter on the worker; `done` names what happened.
    void run(std::function<AccountResult(AccountService &, const Session &)> change, const QString &done);
    void finished(const QString &error, const QString &done);
    void updateButtons();

    Store &m_store;
    AccountWorker *m_worker = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_passwordButton = nullptr;
    QPushButton *m_pinButton = nullptr;
    QPushButton *m_deactivateButton = nullptr;
    QLabel *m_status = nullptr;
    QList<AccountSummary> m_accounts;
};

} // namespace atelier
