#include "gui/settings/account_worker.h"

#include "services/store.h"

namespace atelier {

AccountWorker::AccountWorker(QString storePath, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_runner(std::move(storePath), clock, QStringLiteral("account"))
{
}

bool AccountWorker::start(Call call)
{
    if (isBusy())
        return false;
    m_runner.run(
        this, [call = std::move(call)](BackgroundJob &job) { return call(job.store().accounts()); },
        [this](BackgroundResult<LoginResult> result) {
            LoginResult answer = result.value.value_or(LoginResult{});
            if (!result.ok())
                answer.error = result.error;
            emit done(answer);
        });
    return true;
}

} // namespace atelier
