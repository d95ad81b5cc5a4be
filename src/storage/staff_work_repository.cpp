#include "storage/staff_work_repository.h"

#include "storage/sql.h"

namespace atelier {

StaffWorkRepository::StaffWorkRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

OpenWork StaffWorkRepository::openWork(StaffId staff)
{
    OpenWork work;
    work.tasks = sql::scalar(m_db,
        QStringLiteral("SELECT COUNT(*) FROM follow_up_tasks WHERE assignee_id = ? AND status = 'open'"),
        {staff})
                     .toInt();
    work.complaints = sql::scalar(m_db,
        QStringLiteral("SELECT COUNT(*) FROM complaints WHERE responsible_id = ? AND state <> 'closed'"),
        {staff})
                          .toInt();
    return work;
}

void StaffWorkRepository::handOver(
    StaffId from, std::optional<StaffId> tasksTo, std::optional<StaffId> complaintsTo)
{
    sql::run(m_db,
        QStringLiteral(
            "UPDATE follow_up_tasks SET assignee_id = ? WHERE assignee_id = ? AND status = 'open'"),
        {sql::optionalId(tasksTo), from});
    if (complaintsTo)
        sql::run(m_db,
            QStringLiteral(
                "UPDATE complaints SET responsible_id = ? WHERE responsible_id = ? AND state <> 'closed'"),
            {*complaintsTo, from});
}

} // namespace atelier
