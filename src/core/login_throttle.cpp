#include "core/login_throttle.h"

#include <algorithm>

namespace atelier {

int LoginThrottle::waitSeconds(int failedLogins)
{
    if (failedLogins < freeAttempts)
        return 0;
    const int doublings = std::min(failedLogins - freeAttempts, 6); // 2^6 = 64 > 60
    return std::min(1 << doublings, longestWaitSeconds);
}

int LoginThrottle::secondsLeft(int failedLogins, const QDateTime &lastFailedAt, const QDateTime &now)
{
    if (!lastFailedAt.isValid())
        return 0;
    const qint64 left = lastFailedAt.secsTo(now) >= 0 ? waitSeconds(failedLogins) - lastFailedAt.secsTo(now)
                                                      : waitSeconds(failedLogins);
    return static_cast<int>(std::max<qint64>(0, left));
}

} // namespace atelier
