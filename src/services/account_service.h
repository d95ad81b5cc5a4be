#pragma once

#include "core/session.h"
#include "services/password_hasher.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace atelier {

class Clock;
class Database;

struct AccountResult
{
    std::optional<StaffId> staffId; // set when done
    QString error; // for people, in the UI language
    bool ok() const { return error.isEmpty(); }
};

struct LoginResult
{
    std::optional<Session> session;
    QString error;
    int waitSeconds = 0; // > 0: too many wrong passwords, try again after this
};

// An account as the manager's list shows it: no hashes.
struct AccountSummary
{
    StaffId staffId = 0;
    QString name;
    QString login;
    Role role = Role::Clerk;
    bool active = true;
    bool hasPin = false;
};

// Staff accounts: the first start's manager, the clerks the manager adds, passwords and counter
// PINs (stored as Argon2id hashes), deactivation (never deletion: history keeps the name) and
// logins slowed down after wrong passwords (core/login_throttle). Manager-only operations take the
// caller's Session and refuse a clerk here, not only in the window.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)
public:
    AccountService(Database &db, const Clock &clock, PasswordHasher hasher = PasswordHasher());

    // True until a manager account exists: the app then asks for one before anything else.
    bool needsFirstManager();
    AccountResult createFirstManager(const QString &name, const QString &login, const QString &password);

    AccountResult addAccount(
        const Session &by, const QString &name, const QString &login, const QString &password, Role role);
    AccountResult resetPassword(const Session &by, StaffId staff, const QString &password);
    // Anyone may set their own PIN; the manager may set anyone's.
    AccountResult setPin(const Session &by, StaffId staff, const QString &pin);
    AccountResult deactivate(const Session &by, StaffId staff);
    QList<AccountSummary> accounts(const Session &by);

    // Whether a member of staff logs in (has an account), and whether they have a counter PIN.
    bool hasAccount(StaffId staff);
    LoginResult login(const QString &login, const QString &password);
    // The quick switch of the clerk at the counter.
    LoginResult switchByPin(StaffId staff, const QString &pin);

    static constexpr int minimumPasswordLength = 8;

private:
    LoginResult check(StaffId staff, const QString &secret, bool pin);

    Database &m_db;
    const Clock &m_clock;
    PasswordHasher m_hasher;
};

} // namespace atelier
