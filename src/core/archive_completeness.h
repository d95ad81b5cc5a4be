#pragma once

#include "core/customer.h"

namespace atelier {

// How complete a customer's archive is, 0–100, for the store's quarterly archive review (档案评比).
// The weights are documented in docs/archive-completeness.md; soft facts weigh most because the
// store holds that they are "80% of the value".
class ArchiveCompleteness
{
public:
    struct Extras
    {
        int tagCount = 0;
        int lifeEventCount = 0;
    };
    static int score(const Customer &customer, const Extras &extras);
};

} // namespace atelier
