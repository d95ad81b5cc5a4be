#include "services/staff_directory.h"

#include "services/try_read.h"
#include "storage/database.h"
#include "storage/staff_repository.h"

namespace atelier {

StaffDirectory::StaffDirectory(Database &db)
    : m_db(db)
{
}

ReadResult<QList<StaffMember>> StaffDirectory::active() const
{
    ReadResult<QList<StaffMember>> staff = all();
    if (staff.ok())
        staff.value->removeIf([](const StaffMember &member) { return !member.active; });
    return staff;
}

ReadResult<QList<StaffMember>> StaffDirectory::all() const
{
    return tryRead<QList<StaffMember>>("staff", [&] { return StaffRepository(m_db.connection()).all(); });
}

ReadResult<std::optional<StaffMember>> StaffDirectory::find(StaffId id) const
{
    return tryRead<std::optional<StaffMember>>(
        "staff member", [&] { return StaffRepository(m_db.connection()).find(id); });
}

} // namespace atelier
