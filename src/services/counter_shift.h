#pragma once

#include "core/staff_member.h"

#include <QObject>

#include <optional>

namespace atelier {

class Database;

// Who is at the counter now: the clerk who takes a complaint, whose tasks "mine" means, who reads
// the handover notes. A shift begins when a clerk is chosen. Until staff accounts and login arrive
// (the security issue), choosing is trusted; the app remembers the last clerk on this PC.
class CounterShift : public QObject
{
    Q_OBJECT
public:
    explicit CounterShift(Database &db, QObject *parent = nullptr);

    std::optional<StaffMember> clerk() const { return m_clerk; }
    std::optional<StaffId> clerkId() const;
    // False (and no change) when there is no such active member of staff.
    bool begin(StaffId clerk);
    void end();

signals:
    // A new shift began (or ended): pages show that clerk's tasks and unread notes.
    void changed();

private:
    Database &m_db;
    std::optional<StaffMember> m_clerk;
};

} // namespace atelier
