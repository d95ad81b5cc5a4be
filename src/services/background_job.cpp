#include "services/background_job_state.h"

#include "services/store.h"

#include <spdlog/spdlog.h>

#include <stdexcept>
#include <utility>

namespace atelier {

// The relay lives on the context's thread beside the context, not as its child: a callback that
// deletes the context must not delete the object it is being called on.
void BackgroundJobState::attach(QObject *to)
{
    context = to;
    m_relay = new QObject;
    std::weak_ptr<BackgroundJobState> self = weak_from_this();
    QObject::connect(
        to, &QObject::destroyed, m_relay,
        [self] {
            if (const auto state = self.lock())
                state->detach();
        },
        Qt::DirectConnection);
}

void BackgroundJobState::post(std::function<void()> call, bool final)
{
    const std::lock_guard lock(m_mutex);
    if (!m_relay) {
        if (final)
            delivered = true;
        return;
    }
    QMetaObject::invokeMethod(
        m_relay,
        [self = shared_from_this(), call = std::move(call), final] {
            if (final) {
                self->detach();
                self->delivered = true;
            }
            if (self->context && self->current())
                call();
            else if (final)
                spdlog::debug(
                    "job {}: result dropped (stale or its window is gone)", self->name.toStdString());
        },
        Qt::QueuedConnection);
}

// On the context's thread: nothing is queued after this; what was queued goes with the relay.
void BackgroundJobState::detach()
{
    QObject *relay = nullptr;
    {
        const std::lock_guard lock(m_mutex);
        relay = std::exchange(m_relay, nullptr);
    }
    if (relay)
        relay->deleteLater();
}

BackgroundJob::BackgroundJob(std::shared_ptr<BackgroundJobState> state, Store *store)
    : m_state(std::move(state))
    , m_store(store)
{
}

Store &BackgroundJob::store()
{
    if (!m_store)
        throw std::logic_error("this job runs without a store");
    return *m_store;
}

bool BackgroundJob::cancelled() const
{
    return m_state->cancelRequested.load();
}

const std::atomic_bool *BackgroundJob::cancelFlag() const
{
    return &m_state->cancelRequested;
}

void BackgroundJob::progress(qint64 done, qint64 total, const QString &step)
{
    m_state->post(
        [state = m_state, update = BackgroundProgress{done, total, step}] {
            if (state->progress)
                state->progress(update);
        },
        false);
}

void BackgroundJob::post(std::function<void()> onContextThread)
{
    m_state->post(std::move(onContextThread), false);
}

} // namespace atelier
