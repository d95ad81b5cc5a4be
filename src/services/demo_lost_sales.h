#pragma once

#include "services/demo_sales.h"

#include <QDate>
#include <QList>

#include <cstdint>

namespace atelier {

class Database;

// The demo store's lost sales and wishes (issue 23): about 3 % of visits leave one, most for a size out
// of stock in the customer's own (so mostly popular) size, some for price, fit or colour; half name the
// customer, a few name only a category. Of the size wishes older than ten days about half have been
// marked arrived by the manager, each customer who asked with an "It's in" task, done unless recent.
// `visits` carry real customer ids; `staff` ends with the manager. One transaction; returns how many
// lost sales were written.
class DemoLostSales
{
public:
    static int generate(Database &db, const QList<DemoVisit> &visits, const QList<StaffId> &staff,
        const QDate &lastDay, std::uint64_t seed);
};

} // namespace atelier
