#pragma once

#include "core/staff_member.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <optional>

namespace atelier {

// A member of staff as the counter's PIN check needs them: the hash, never a PIN.
struct StoredPin
{
    StaffMember staff;
    QByteArray pinHash; // empty: no PIN set, the member of staff cannot take the counter
    int failedAttempts = 0;
    QDateTime lastFailedAt;
};

// A member of staff as the manager's accounts list shows them: with or without a login.
struct StaffAccess
{
    StaffMember staff;
    QString login; // empty: takes the counter with a PIN but does not log in
    bool hasPin = false;
};

// Counter PINs (migration 019): one per member of staff, login or not.
class CounterPinRepository
{
public:
    explicit CounterPinRepository(QSqlDatabase db);

    // The member of staff with their PIN, if any; nothing when there is no such member of staff.
    std::optional<StoredPin> find(StaffId staff);
    // Active staff who have a PIN: the ones who may be chosen at the counter.
    QSet<StaffId> activeWithPin();
    // Everyone, active first, then by name.
    QList<StaffAccess> everyone();

    // A new PIN also forgets the wrong attempts made against the old one.
    void setPinHash(StaffId staff, const QByteArray &hash);
    void recordFailedAttempt(StaffId staff, const QDateTime &at);
    void clearFailedAttempts(StaffId staff);

private:
    QSqlDatabase m_db;
};

} // namespace atelier
