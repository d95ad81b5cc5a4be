#pragma once

#include "core/read_result.h"
#include "core/session.h"
#include "services/password_hasher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
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

// A member of staff as the manager's accounts list shows them: no hashes.
struct AccountSummary
{
    StaffId staffId = 0;
    QString name;
    QString login; // empty: takes the counter with a PIN but does not log in
    Role role = Role::Clerk;
    bool active = true;
    bool hasPin = false;
};

// Staff accounts: the first start's manager, the clerks the manager adds, passwords and counter
// PINs (stored as Argon2id hashes; every attendant needs a PIN to take the counter, login or not),
// deactivation (never deletion: history keeps the name) and logins slowed down after wrong passwords
// (core/login_throttle). Manager-only operations take the caller's Session and refuse a clerk here, not only
// in the window.
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

    // Active staff who may take the counter: the ones with a PIN.
    ReadResult<QSet<StaffId>> staffWithPin();
    LoginResult login(const QString &login, const QString &password);
    // Taking the counter: any member of staff with a PIN, login or not.
    LoginResult switchByPin(StaffId staff, const QString &pin);

    static constexpr int minimumPasswordLength = 8;

private:
    // A password or a PIN about to be checked, and where its wrong attempts are counted.
    struct Attempt
    {
        StaffId staff = 0;
        QString name;
        QString auditName; // the login typed, or the name a PIN was typed for
        bool manager = false;
        QByteArray storedHash;
        int failed = 0;
        QDateTime lastFailedAt;
    };
    struct AttemptRecords
    {
        std::function<void(const QDateTime &)> failed;
        std::function<void()> cleared;
        std::function<void(const QByteArray &)> rehashed;
    };
    LoginResult check(const Attempt &attempt, const QString &secret, bool pin, const AttemptRecords &records);

    Database &m_db;
    const Clock &m_clock;
    PasswordHasher m_hasher;
};

} // namespace atelier
