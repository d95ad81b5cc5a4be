#pragma once

#include "services/account_service.h"

#include <QObject>
#include <QString>

#include <functional>

class QThread;

namespace atelier {

class Clock;

// Runs one AccountService call on a worker thread with its own connection to the store file: an
// Argon2id check takes a few tenths of a second, which the window must not spend frozen. The
// result comes back on the owner's thread through `done`.
class AccountWorker : public QObject
{
    Q_OBJECT
public:
    using Call = std::function<LoginResult(AccountService &)>;

    AccountWorker(QString storePath, const Clock &clock, QObject *parent = nullptr);
    ~AccountWorker() override;

    bool isBusy() const { return m_thread != nullptr; }
    // False when a call is still running.
    bool start(Call call);

signals:
    void done(const atelier::LoginResult &result);

private:
    void finished(const LoginResult &result);

    QString m_storePath;
    const Clock &m_clock;
    QThread *m_thread = nullptr;
};

} // namespace atelier
