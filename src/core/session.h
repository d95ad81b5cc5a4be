#pragma once

#include "core/customer.h"
#include "core/permissions.h"

#include <QString>

namespace atelier {

// Who is logged in at this PC: what the guarded services ask before they act.
struct Session
{
    StaffId staffId = 0;
    QString name;
    Role role = Role::Clerk;

    bool can(Permission permission) const { return Permissions::allows(role, permission); }
};

} // namespace atelier
