#pragma once

#include "core/customer.h"

#include <QDate>
#include <QList>

#include <cstdint>

namespace atelier {

class Database;

// The demo store's staff goals (issue 24): monthly targets for each clerk for the last 12 months, set
// as a manager would from what she did the month before (85–120 % of it, rounded), so some are met and
// some not; and the manager's spot checks of about ten archives per clerk per month for the last six
// months, about 90 % valid, an archive with little in it more often not. `staff` ends with the manager,
// who sets and checks. One transaction.
class DemoStaffGoals
{
public:
    struct Written
    {
        int targets = 0;
        int checks = 0;
    };
    static Written generate(
        Database &db, const QList<StaffId> &staff, const QDate &lastDay, std::uint64_t seed);

    static constexpr int targetMonths = 12;
    static constexpr int checkedMonths = 6;
    static constexpr int checksPerClerk = 10;
};

} // namespace atelier
