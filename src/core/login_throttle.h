#pragma once

#include <QDateTime>

namespace atelier {

// How long a login waits after wrong passwords: the first three are free (typos), then the wait
// doubles from 1 s up to a minute. The account is never locked for good: a clerk who forgot the
// password asks the manager to reset it, and a guesser gets about one try a minute.
class LoginThrottle
{
public:
    static constexpr int freeAttempts = 3;
    static constexpr int longestWaitSeconds = 60;

    static int waitSeconds(int failedLogins);
    // Seconds still to wait at `now`; 0 when a login may be tried.
    static int secondsLeft(int failedLogins, const QDateTime &lastFailedAt, const QDateTime &now);
};

} // namespace atelier
