#pragma once

#include "storage/storage_error.h"

#include <functional>

namespace atelier {

// Runs a unit of work again when the server gave it up as a conflict with another counter's transaction
// (PostgreSQL's serialization failure or deadlock, StorageError::Kind::Conflict): the whole transaction
// was rolled back, so running it again from the start is safe. A few tries at most, each after a short
// random pause so that the two counters do not collide again in step; then the Conflict is thrown on, and
// the service tells the clerk that nothing was saved. Every other error is thrown on at once.
//
// `work` begins and commits its own Transaction and must start from the same inputs each time.
class Retry
{
public:
    static constexpr int maxAttempts = 3;

    // `what` names the work in the log (no personal data).
    static void run(const char *what, const std::function<void()> &work);

    // The pause before attempt `attempt` (2, 3, …), in milliseconds: short, random, growing.
    static int pauseBefore(int attempt);
};

} // namespace atelier
