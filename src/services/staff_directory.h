#pragma once

#include "core/read_result.h"
#include "core/staff_member.h"

#include <QList>

#include <optional>

namespace atelier {

class Database;

// The store's staff for pickers (assignee, responsible person, clerk at the counter) and names.
class StaffDirectory
{
public:
    explicit StaffDirectory(Database &db);

    ReadResult<QList<StaffMember>> active() const;
    ReadResult<QList<StaffMember>> all() const; // with former staff, whose names history keeps
    ReadResult<std::optional<StaffMember>> find(StaffId id) const;

private:
    Database &m_db;
};

} // namespace atelier
