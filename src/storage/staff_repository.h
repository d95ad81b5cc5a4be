#pragma once

#include "core/staff_member.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace atelier {

// The store's staff as far as the archive needs them: who registered a customer, who sold.
// Accounts and passwords come with the security issue.
class StaffRepository
{
public:
    explicit StaffRepository(QSqlDatabase db);
    std::optional<StaffMember> find(StaffId id);
    std::optional<StaffMember> findByName(const QString &name);
    // Everyone, active first, then by name: for assignee and clerk pickers.
    QList<StaffMember> all();
    StaffId insert(const QString &name, bool manager);
    void setRole(StaffId id, bool manager);
    // Deactivated staff stay on the list: history keeps their name.
    void setActive(StaffId id, bool active);

    // A row whose first columns are staff's id, name, role, active (other repositories join staff).
    static StaffMember readRow(const QSqlQuery &query);

private:
    QSqlDatabase m_db;
};

} // namespace atelier
