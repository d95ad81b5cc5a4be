#pragma once

#include "core/customer.h"

#include <QString>

namespace atelier {

// A member of the store's staff as the archive needs them: who registered a customer, who sold.
struct StaffMember
{
    StaffId id = 0;
    QString name;
    bool manager = false;
    bool active = true;
};

} // namespace atelier
