#include "services/access.h"

#include "storage/database.h"

#include <spdlog/spdlog.h>

namespace atelier {

bool Access::allows(const Database &db, Permission permission)
{
    const std::optional<Role> role = db.role();
    return !role || Permissions::allows(*role, permission);
}

QString Access::refusal(const Database &db, Permission permission)
{
    if (allows(db, permission))
        return {};
    spdlog::warn("refused permission {} to role {}", static_cast<int>(permission),
        Permissions::code(*db.role()).toStdString());
    return refusalText();
}

QString Access::refusal(const Session &by, Permission permission)
{
    return by.can(permission) ? QString() : refusalText();
}

QString Access::refusalText()
{
    return tr("Only the manager may do this. Ask the manager to log in.");
}

} // namespace atelier
