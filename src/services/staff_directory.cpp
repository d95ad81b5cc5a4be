#include "services/staff_directory.h"

#include "services/read_or.h"
#include "storage/database.h"
#include "storage/staff_repository.h"

namespace atelier {

StaffDirectory::StaffDirectory(Database &db)
    : m_db(db)
{
}

QList<StaffMember> StaffDirectory::active() const
{
    QList<StaffMember> staff = all();
    staff.removeIf([](const StaffMember &member) { return !member.active; });
    return staff;
}

QList<StaffMember> StaffDirectory::all() const
{
    return readOr<QList<StaffMember>>("staff", [&] { return StaffRepository(m_db.connection()).all(); });
}

std::optional<StaffMember> StaffDirectory::find(StaffId id) const
{
    return readOr<std::optional<StaffMember>>(
        "staff member", [&] { return StaffRepository(m_db.connection()).find(id); });
}

} // namespace atelier
