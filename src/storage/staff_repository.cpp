#include "storage/staff_repository.h"

#include "storage/inserted_id.h"
#include "storage/sql.h"

namespace atelier {

StaffMember StaffRepository::readRow(const QSqlQuery &q)
{
    return StaffMember{q.value(0).toLongLong(), q.value(1).toString(),
        q.value(2).toString() == QStringLiteral("manager"), q.value(3).toInt() != 0};
}

StaffRepository::StaffRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<StaffMember> StaffRepository::find(StaffId id)
{
    QSqlQuery query = sql::run(
        m_db, QStringLiteral("SELECT id, name, role, active FROM staff WHERE id = ?"), {qlonglong(id)});
    if (!query.next())
        return std::nullopt;
    return readRow(query);
}

std::optional<StaffMember> StaffRepository::findByName(const QString &name)
{
    QSqlQuery query
        = sql::run(m_db, QStringLiteral("SELECT id, name, role, active FROM staff WHERE name = ?"), {name});
    if (!query.next())
        return std::nullopt;
    return readRow(query);
}

QList<StaffMember> StaffRepository::all()
{
    QSqlQuery query = sql::run(
        m_db, QStringLiteral("SELECT id, name, role, active FROM staff ORDER BY active DESC, name"));
    QList<StaffMember> staff;
    while (query.next())
        staff.append(readRow(query));
    return staff;
}

StaffId StaffRepository::insert(const QString &name, bool manager)
{
    QSqlQuery query
        = sql::run(m_db, QStringLiteral("INSERT INTO staff (name, role) VALUES (?, ?) RETURNING id"),
            {name, manager ? QStringLiteral("manager") : QStringLiteral("clerk")});
    return sql::insertedId(query);
}

void StaffRepository::setRole(StaffId id, bool manager)
{
    sql::run(m_db, QStringLiteral("UPDATE staff SET role = ? WHERE id = ?"),
        {manager ? QStringLiteral("manager") : QStringLiteral("clerk"), qlonglong(id)});
}

void StaffRepository::setActive(StaffId id, bool active)
{
    sql::run(
        m_db, QStringLiteral("UPDATE staff SET active = ? WHERE id = ?"), {active ? 1 : 0, qlonglong(id)});
}

} // namespace atelier
