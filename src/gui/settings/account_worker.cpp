#include "gui/settings/account_worker.h"

#include "services/store.h"

#include <QThread>

namespace atelier {

AccountWorker::AccountWorker(QString storePath, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_clock(clock)
{
}

AccountWorker::~AccountWorker()
{
    if (m_thread) {
        m_thread->wait(); // one password check at most
        delete m_thread;
    }
}

bool AccountWorker::start(Call call)
{
    if (m_thread)
        return false;
    AccountWorker *self = this; // outlives the thread: the destructor waits for it
    m_thread = QThread::create([self, path = m_storePath, &clock = m_clock, call = std::move(call)] {
        LoginResult result;
        {
            Store store(&clock);
            if (store.open(path)) {
                AccountService accounts(store.database(), store.clock());
                result = call(accounts);
            } else {
                result.error = store.errorString();
            }
        }
        QMetaObject::invokeMethod(
            self, [self, result] { self->finished(result); }, Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

void AccountWorker::finished(const LoginResult &result)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    emit done(result);
}

} // namespace atelier
