#pragma once

#include "core/customer.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace atelier {

// A member of staff's login as stored: the hash, never a password (counter PINs: CounterPinRepository).
struct StoredAccount
{
    StaffId staffId = 0;
    QString name; // the staff member's name
    QString login;
    bool manager = false;
    bool active = true;
    QByteArray passwordHash;
    int failedLogins = 0;
    QDateTime lastFailedAt;
};

class AccountRepository
{
public:
    explicit AccountRepository(QSqlDatabase db);

    std::optional<StoredAccount> findByLogin(const QString &login);
    std::optional<StoredAccount> find(StaffId staff);
    QList<StoredAccount> all();
    int activeManagers();

    // A login for a member of staff (StaffRepository keeps the staff list itself).
    void insertCredentials(
        StaffId staff, const QString &login, const QByteArray &passwordHash, const QDateTime &setAt);
    void setPasswordHash(StaffId staff, const QByteArray &hash, const QDateTime &setAt);
    void recordFailedLogin(StaffId staff, const QDateTime &at);
    void clearFailedLogins(StaffId staff);

private:
    QSqlDatabase m_db;
};

} // namespace atelier
