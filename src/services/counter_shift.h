#pragma once

#include "core/audit.h"
#include "core/session.h"
#include "core/staff_member.h"

#include <QObject>

#include <optional>

namespace atelier {

class Database;

// Who is at the counter now: the clerk who takes a complaint, whose tasks "mine" means, who reads
// the handover notes, and whose role the guarded services check. In the app a shift begins only
// with a login or a PIN (a Session: ClerkPicker asks every attendant for hers).
class CounterShift : public QObject
{
    Q_OBJECT
public:
    explicit CounterShift(Database &db, QObject *parent = nullptr);

    std::optional<StaffMember> clerk() const { return m_clerk; }
    std::optional<StaffId> clerkId() const;
    std::optional<Session> session() const { return m_session; }
    // False (and no change) when there is no such active member of staff. Without a Session the
    // role is the staff list's: for tests and scripted set-ups, never offered in the window.
    bool begin(StaffId clerk);
    bool begin(const Session &session);
    void end();

signals:
    // A new shift began (or ended): pages show that clerk's tasks and unread notes.
    void changed();

private:
    bool start(StaffId clerk, std::optional<Role> role);
    // Written with the clerk who takes (or leaves) the counter as the actor.
    void recordChange(const AuditActor &actor, const QString &from, const QString &to);

    Database &m_db;
    std::optional<StaffMember> m_clerk;
    std::optional<Session> m_session;
};

} // namespace atelier
