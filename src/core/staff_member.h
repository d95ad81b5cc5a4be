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

// What a member of staff still has open: follow-up tasks assigned to her and complaints she is
// responsible for (not closed). Handed over when her account is deactivated.
struct OpenWork
{
    int tasks = 0;
    int complaints = 0;
    bool isEmpty() const { return tasks == 0 && complaints == 0; }
};

} // namespace atelier
