#pragma once

#include "services/demo_sales.h"

#include <QList>

#include <cstdint>

namespace atelier {

class Database;

// The demo store's member cards (issue 24): about 70 % of its customers hold one, most of those who
// bought (a prospect who never bought has none). About a quarter were typed from the cards of the
// store's old till (6 to 10 digits), the rest generated in the store's series (MemberCardNumber). All
// unique. `visits` carry real customer ids. One transaction; returns how many cards were given.
class DemoCards
{
public:
    static int generate(Database &db, const QList<DemoVisit> &visits, std::uint64_t seed);
};

} // namespace atelier
