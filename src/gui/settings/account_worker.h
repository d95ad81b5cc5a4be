#pragma once

#include "services/account_service.h"
#include "services/background_runner.h"

#include <QObject>
#include <QString>

#include <functional>

namespace atelier {

class Clock;

// Runs one AccountService call on a worker (BackgroundRunner) with its own connection to the store file: an
// Argon2id check takes a few tenths of a second, which the window must not spend frozen. The call acts
// with the process's role, not a window's: at a login nobody is at the counter yet. The result comes
// back on the owner's thread through `done`.
class AccountWorker : public QObject
{
    Q_OBJECT
public:
    using Call = std::function<LoginResult(AccountService &)>;

    // The clock must outlive the worker's calls (the app's store's, or a test's).
    AccountWorker(QString storePath, const Clock &clock, QObject *parent = nullptr);

    bool isBusy() const { return m_runner.isRunning(); }
    // False when a call is still running.
    bool start(Call call);

signals:
    void done(const atelier::LoginResult &result);

private:
    BackgroundRunner m_runner;
};

} // namespace atelier
