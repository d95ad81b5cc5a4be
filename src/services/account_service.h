#pragma once

#include "core/read_result.h"
#include "core/session.h"
#include "core/staff_member.h"
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
class StaffRepository;

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

// Who takes over a departing member of staff's open work when her account is deactivated: her open
// follow-up tasks go to `tasksTo` or, with `tasksToCounter`, to whoever is at the counter (no
// assignee); her open complaints to `complaintsTo`. Either must be an active member of staff.
struct WorkReassignment
{
    std::optional<StaffId> tasksTo;
    bool tasksToCounter = false;
    std::optional<StaffId> complaintsTo;
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
    // Deactivates the account and hands over her open tasks and complaints in the same transaction
    // (audited with their counts). When she has open work and `to` does not say who takes it, nothing is
    // done and the error says what to choose.
    AccountResult deactivate(const Session &by, StaffId staff, const WorkReassignment &to = {});
    // Her open follow-up tasks and complaints, for the manager's choice before deactivating.
    ReadResult<OpenWork> openWork(const Session &by, StaffId staff);
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
    // The names of who takes over a departing member's work (empty: nobody, or the counter).
    struct HandedOver
    {
        QString tasksTo;
        QString complaintsTo;
    };
    // Why `to` cannot take `open` over (nobody chosen, or not an active member of staff); empty when it can.
    static QString takerProblem(const OpenWork &open, const WorkReassignment &to, StaffId leaving,
        StaffRepository &staffList, HandedOver &names);

    Database &m_db;
    const Clock &m_clock;
    PasswordHasher m_hasher;
};

} // namespace atelier
