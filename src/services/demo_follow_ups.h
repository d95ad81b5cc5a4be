#pragma once

#include "core/customer.h"

#include <QDate>
#include <QList>

#include <cstdint>

namespace atelier {

class Database;

// The demo store's follow-up calendar: a year of done follow-ups (about one per 20 customers, with
// mixed outcomes) and a few hundred open ones planned for the coming month, a handful already
// overdue. `customers` are in registration order, spread evenly from firstDay to lastDay, as
// DemoStoreGenerator makes them. One transaction; returns how many tasks were written.
class DemoFollowUps
{
public:
    static int generate(Database &db, const QList<CustomerId> &customers, const QList<StaffId> &staff,
        const QDate &firstDay, const QDate &lastDay, std::uint64_t seed);
};

} // namespace atelier
