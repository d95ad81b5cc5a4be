#include "services/retry.h"

#include <QRandomGenerator>
#include <QThread>

#include <spdlog/spdlog.h>

namespace atelier {

int Retry::pauseBefore(int attempt)
{
    // 5–25 ms before the second attempt, 10–50 ms before the third: the other counter's transaction,
    // a sale or a redemption, is done in a few milliseconds; the clerk notices nothing.
    const int base = 5 * (attempt - 1);
    return base + int(QRandomGenerator::global()->bounded(4 * base + 1));
}

void Retry::run(const char *what, const std::function<void()> &work)
{
    for (int attempt = 1;; ++attempt) {
        try {
            work();
            return;
        } catch (const StorageError &error) {
            if (error.kind() != StorageError::Kind::Conflict || attempt >= maxAttempts)
                throw;
            spdlog::warn("{}: conflict with another counter (attempt {} of {}), trying again: {}", what,
                attempt, maxAttempts, error.detail().toStdString());
            QThread::msleep(static_cast<unsigned long>(pauseBefore(attempt + 1)));
        }
    }
}

} // namespace atelier
