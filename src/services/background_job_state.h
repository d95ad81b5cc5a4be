#pragma once

#include "services/background_runner.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace atelier {

// One run of a BackgroundRunner (private to it): shared by the runner, the worker and the calls
// queued to the context's thread.
class BackgroundJobState : public std::enable_shared_from_this<BackgroundJobState>
{
public:
    QString name;
    quint64 generation = 0;
    std::shared_ptr<std::atomic<quint64>> runnerGeneration;
    bool cancellable = true;
    std::atomic_bool cancelRequested = false;
    std::atomic_bool delivered = false;
    BackgroundRunner::ProgressHandler progress;
    QPointer<QObject> context; // read on the context's thread only

    bool current() const { return runnerGeneration->load() == generation; }
    void requestCancel()
    {
        if (cancellable)
            cancelRequested = true;
    }

    // On the context's thread, before the worker starts.
    void attach(QObject *to);
    // From any thread: queues `call` to the context's thread, where it runs only while the context
    // lives and this run is current. The final call is the result.
    void post(std::function<void()> call, bool final);

private:
    void detach();

    std::mutex m_mutex;
    QObject *m_relay = nullptr; // guarded by m_mutex
};

} // namespace atelier
