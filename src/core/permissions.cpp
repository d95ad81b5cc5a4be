#include "core/permissions.h"

#include "core/code_table.h"

#include <array>
#include <utility>

namespace atelier {

namespace {

constexpr CodeTable<Role, 2> roleCodes{{{Role::Clerk, "clerk"}, {Role::Manager, "manager"}}};

// The one place that says who may do what: a clerk serves customers and may look at one customer's
// full contact details when the customer asks (the reveal is audited); everything else is the
// manager's. A new permission is refused to clerks until it is listed here.
constexpr std::array clerkPermissions{Permission::ServeCustomers, Permission::RevealContact};

} // namespace

bool Permissions::allows(Role role, Permission permission)
{
    if (role == Role::Manager)
        return true;
    for (const Permission allowed : clerkPermissions)
        if (allowed == permission)
            return true;
    return false;
}

QString Permissions::code(Role role)
{
    return codeIn(roleCodes, role);
}

std::optional<Role> Permissions::roleFromCode(const QString &code)
{
    return valueIn(roleCodes, code);
}

} // namespace atelier
