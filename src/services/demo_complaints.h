#pragma once

#include "core/customer.h"

#include <QDateTime>
#include <QList>

#include <cstdint>

namespace atelier {

class Database;

// The demo store's complaints: about one per 300 customers over the 18 months before `now` (about
// one in twelve from a caller not in the archive, most with a name and phone), most closed with a
// call-back score, the recent ones still open (some overdue), each with its history. Written in one
// transaction; returns how many were made. Throws StorageError like the rest of the demo generator.
int addDemoComplaints(Database &db, const QList<CustomerId> &customers, const QList<StaffId> &staff,
    const QDateTime &now, std::uint64_t seed);

} // namespace atelier
