#include "services/counter_shift.h"

#include "services/audit_trail.h"
#include "services/try_read.h"
#include "storage/database.h"
#include "storage/staff_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <spdlog/spdlog.h>

namespace atelier {

CounterShift::CounterShift(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

std::optional<StaffId> CounterShift::clerkId() const
{
    if (!m_clerk)
        return std::nullopt;
    return m_clerk->id;
}

bool CounterShift::begin(StaffId clerk)
{
    return start(clerk, std::nullopt);
}

bool CounterShift::begin(const Session &session)
{
    return start(session.staffId, session.role);
}

bool CounterShift::start(StaffId clerk, std::optional<Role> role)
{
    // A clerk who cannot be read does not take the counter (tryRead has logged why); the window
    // shows who really is at the counter.
    const ReadResult<std::optional<StaffMember>> read = tryRead<std::optional<StaffMember>>(
        "staff member", [&] { return StaffRepository(m_db.connection()).find(clerk); });
    const std::optional<StaffMember> member = read.value.value_or(std::nullopt);
    if (!member || !member->active)
        return false;
    if (!m_clerk || m_clerk->id != member->id)
        recordChange(
            AuditActor::staff(member->id, member->name), m_clerk ? m_clerk->name : QString(), member->name);
    m_clerk = member;
    m_session
        = Session{member->id, member->name, role.value_or(member->manager ? Role::Manager : Role::Clerk)};
    spdlog::info("shift begins for staff {}", clerk);
    emit changed();
    return true;
}

void CounterShift::recordChange(const AuditActor &actor, const QString &from, const QString &to)
{
    // The counter changes hands even when the trail cannot be written (a locked or vanished file):
    // refusing would leave the previous clerk credited with the next sales.
    try {
        Transaction transaction(m_db.connection());
        AuditTrail(m_db).recordAttendantChanged(actor, from, to);
        transaction.commit();
    } catch (const StorageError &error) {
        spdlog::error("attendant change not recorded in the audit trail: {}", error.detail().toStdString());
    }
}

void CounterShift::end()
{
    if (!m_clerk)
        return;
    recordChange(AuditActor::staff(m_clerk->id, m_clerk->name), m_clerk->name, QString());
    m_clerk.reset();
    m_session.reset();
    emit changed();
}

} // namespace atelier
