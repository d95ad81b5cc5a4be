#pragma once

#include "core/staff_member.h"

#include <QSqlDatabase>

#include <optional>

namespace atelier {

// A member of staff's open work (OpenWork), read and handed over when her account is deactivated.
class StaffWorkRepository
{
public:
    explicit StaffWorkRepository(QSqlDatabase db);

    OpenWork openWork(StaffId staff);
    // Her open tasks go to `tasksTo` (empty: whoever is at the counter), her open complaints to
    // `complaintsTo` (empty: they stay hers). Inside the caller's transaction.
    void handOver(StaffId from, std::optional<StaffId> tasksTo, std::optional<StaffId> complaintsTo);

private:
    QSqlDatabase m_db;
};

} // namespace atelier
