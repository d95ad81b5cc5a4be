#include "services/account_service.h"

#include "core/clock.h"
#include "core/login_throttle.h"
#include "services/access.h"
#include "services/audit_trail.h"
#include "services/change_notifier.h"
#include "services/try_read.h"
#include "storage/account_repository.h"
#include "storage/counter_pin_repository.h"
#include "storage/database.h"
#include "storage/staff_repository.h"
#include "storage/staff_work_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <QRegularExpression>

#include <spdlog/spdlog.h>

namespace atelier {

namespace {

QString loginProblem(const QString &login)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._-]{2,30}$"));
    if (!allowed.match(login).hasMatch())
        return AccountService::tr("A login is 2 to 30 letters, digits, dots, dashes or underscores.");
    return {};
}

QString passwordProblem(const QString &login, const QString &password)
{
    if (password.size() < AccountService::minimumPasswordLength)
        return AccountService::tr("A password needs at least %1 characters.")
            .arg(AccountService::minimumPasswordLength);
    if (password.compare(login, Qt::CaseInsensitive) == 0)
        return AccountService::tr("The password cannot be the login.");
    return {};
}

QString pinProblem(const QString &pin)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,6}$"));
    if (!digits.match(pin).hasMatch())
        return AccountService::tr("A PIN is 4 to 6 digits.");
    return {};
}

} // namespace

AccountService::AccountService(Database &db, const Clock &clock, PasswordHasher hasher)
    : m_db(db)
    , m_clock(clock)
    , m_hasher(hasher)
{
}

bool AccountService::needsFirstManager()
{
    try {
        return AccountRepository(m_db.connection()).activeManagers() == 0;
    } catch (const StorageError &e) {
        spdlog::error("accounts: {}", e.detail().toStdString());
        return false; // the store cannot be read: the app reports that, not a first-start form
    }
}

AccountResult AccountService::createFirstManager(
    const QString &name, const QString &login, const QString &password)
{
    if (!needsFirstManager())
        return {std::nullopt, tr("The store has a manager already; the manager adds the other accounts.")};
    const Session bootstrap{0, QString(), Role::Manager};
    return addAccount(bootstrap, name, login, password, Role::Manager);
}

AccountResult AccountService::addAccount(
    const Session &by, const QString &name, const QString &login, const QString &password, Role role)
{
    if (const QString refused = Access::refusal(by, Permission::ManageAccounts); !refused.isEmpty())
        return {std::nullopt, refused};
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty() || trimmedName.size() > 40)
        return {std::nullopt, tr("A name is 1 to 40 characters.")};
    QString problem = loginProblem(login);
    if (problem.isEmpty())
        problem = passwordProblem(login, password);
    if (!problem.isEmpty())
        return {std::nullopt, problem};
    const std::optional<QByteArray> hash = m_hasher.hash(password);
    if (!hash)
        return {std::nullopt, tr("The password could not be protected: the computer is short of memory.")};
    try {
        Transaction transaction(m_db.connection(), Transaction::Mode::Immediate);
        AccountRepository accounts(m_db.connection());
        if (accounts.findByLogin(login))
            return {std::nullopt, tr("The login %1 is taken.").arg(login)};
        // A member of staff already on the list (from the demo or an older version) gets the login.
        StaffRepository staffList(m_db.connection());
        StaffId staff = 0;
        if (const std::optional<StaffMember> existing = staffList.findByName(trimmedName)) {
            if (accounts.find(existing->id))
                return {std::nullopt, tr("%1 has an account already.").arg(trimmedName)};
            staff = existing->id;
            staffList.setRole(staff, role == Role::Manager);
            staffList.setActive(staff, true);
        } else {
            staff = staffList.insert(trimmedName, role == Role::Manager);
        }
        accounts.insertCredentials(staff, login, *hash, m_clock.now());
        transaction.commit();
        ChangeNotifier::post(Change::What::Accounts, {staff});
        spdlog::info(
            "accounts: account added for staff {} ({})", staff, Permissions::code(role).toStdString());
        return {staff, QString()};
    } catch (const StorageError &e) {
        spdlog::error("accounts: add failed: {}", e.detail().toStdString());
        return {std::nullopt, e.userMessage()};
    }
}

AccountResult AccountService::resetPassword(const Session &by, StaffId staff, const QString &password)
{
    if (const QString refused = Access::refusal(by, Permission::ManageAccounts); !refused.isEmpty())
        return {std::nullopt, refused};
    try {
        Transaction transaction(m_db.connection());
        AccountRepository accounts(m_db.connection());
        const std::optional<StoredAccount> account = accounts.find(staff);
        if (!account)
            return {std::nullopt, tr("There is no such account.")};
        if (const QString problem = passwordProblem(account->login, password); !problem.isEmpty())
            return {std::nullopt, problem};
        const std::optional<QByteArray> hash = m_hasher.hash(password);
        if (!hash)
            return {
                std::nullopt, tr("The password could not be protected: the computer is short of memory.")};
        accounts.setPasswordHash(staff, *hash, m_clock.now());
        transaction.commit();
        ChangeNotifier::post(Change::What::Accounts, {staff});
        spdlog::info("accounts: password reset for staff {}", staff);
        return {staff, QString()};
    } catch (const StorageError &e) {
        return {std::nullopt, e.userMessage()};
    }
}

AccountResult AccountService::setPin(const Session &by, StaffId staff, const QString &pin)
{
    if (by.staffId != staff)
        if (const QString refused = Access::refusal(by, Permission::ManageAccounts); !refused.isEmpty())
            return {std::nullopt, refused};
    if (const QString problem = pinProblem(pin); !problem.isEmpty())
        return {std::nullopt, problem};
    const std::optional<QByteArray> hash = m_hasher.hash(pin);
    if (!hash)
        return {std::nullopt, tr("The PIN could not be protected: the computer is short of memory.")};
    try {
        Transaction transaction(m_db.connection());
        CounterPinRepository pins(m_db.connection());
        // Any member of staff may get one, login or not: a PIN is what lets them take the counter.
        const std::optional<StoredPin> member = pins.find(staff);
        if (!member || !member->staff.active)
            return {std::nullopt, tr("There is no such member of staff.")};
        pins.setPinHash(staff, *hash);
        transaction.commit();
        ChangeNotifier::post(Change::What::Accounts, {staff});
        return {staff, QString()};
    } catch (const StorageError &e) {
        return {std::nullopt, e.userMessage()};
    }
}

AccountResult AccountService::deactivate(const Session &by, StaffId staff, const WorkReassignment &to)
{
    if (const QString refused = Access::refusal(by, Permission::ManageAccounts); !refused.isEmpty())
        return {std::nullopt, refused};
    if (by.staffId == staff)
        return {std::nullopt, tr("You cannot deactivate your own account.")};
    try {
        Transaction transaction(m_db.connection(), Transaction::Mode::Immediate);
        AccountRepository accounts(m_db.connection());
        StaffRepository staffList(m_db.connection());
        const std::optional<StaffMember> member = staffList.find(staff);
        if (!member)
            return {std::nullopt, tr("There is no such member of staff.")};
        const std::optional<StoredAccount> account = accounts.find(staff);
        if (account && account->manager && account->active && accounts.activeManagers() == 1)
            return {std::nullopt, tr("The store needs at least one active manager.")};
        StaffWorkRepository work(m_db.connection());
        const OpenWork open = work.openWork(staff);
        HandedOver handedOver;
        if (const QString problem = takerProblem(open, to, staff, staffList, handedOver); !problem.isEmpty())
            return {std::nullopt, problem};
        work.handOver(staff, open.tasks > 0 ? to.tasksTo : std::nullopt,
            open.complaints > 0 ? to.complaintsTo : std::nullopt);
        staffList.setActive(staff, false);
        AuditTrail(m_db, m_clock)
            .recordDeactivated(AuditActor::staff(by.staffId, by.name), *member, open, handedOver.tasksTo,
                handedOver.complaintsTo);
        transaction.commit();
        ChangeNotifier::post(Change::What::Accounts, {staff});
        if (open.tasks > 0)
            ChangeNotifier::post(Change::What::Tasks, {});
        if (open.complaints > 0)
            ChangeNotifier::post(Change::What::Complaints, {});
        spdlog::info("accounts: staff {} deactivated, {} open task(s) and {} open complaint(s) handed over",
            staff, open.tasks, open.complaints);
        return {staff, QString()};
    } catch (const StorageError &e) {
        spdlog::error("accounts: deactivation failed: {}", e.detail().toStdString());
        return {std::nullopt, e.userMessage()};
    }
}

QString AccountService::takerProblem(const OpenWork &open, const WorkReassignment &to, StaffId leaving,
    StaffRepository &staffList, HandedOver &names)
{
    const auto activeTaker = [&](StaffId taker, QString &name) -> QString {
        const std::optional<StaffMember> member = staffList.find(taker);
        if (!member || !member->active || taker == leaving)
            return tr("Her open work can only go to an active member of staff.");
        name = member->name;
        return {};
    };
    if (open.tasks > 0) {
        if (!to.tasksTo && !to.tasksToCounter)
            return tr("Choose who takes over her %n open follow-up task(s).", nullptr, open.tasks);
        if (to.tasksTo)
            if (const QString problem = activeTaker(*to.tasksTo, names.tasksTo); !problem.isEmpty())
                return problem;
    }
    if (open.complaints > 0) {
        if (!to.complaintsTo)
            return tr("Choose who takes over her %n open complaint(s).", nullptr, open.complaints);
        if (const QString problem = activeTaker(*to.complaintsTo, names.complaintsTo); !problem.isEmpty())
            return problem;
    }
    return {};
}

ReadResult<OpenWork> AccountService::openWork(const Session &by, StaffId staff)
{
    if (const QString refused = Access::refusal(by, Permission::ManageAccounts); !refused.isEmpty())
        return {std::nullopt, refused};
    return tryRead<OpenWork>(
        "open work", [&] { return StaffWorkRepository(m_db.connection()).openWork(staff); });
}

QList<AccountSummary> AccountService::accounts(const Session &by)
{
    QList<AccountSummary> list;
    if (!by.can(Permission::ManageAccounts))
        return list;
    try {
        for (const StaffAccess &a : CounterPinRepository(m_db.connection()).everyone())
            list.append({a.staff.id, a.staff.name, a.login, a.staff.manager ? Role::Manager : Role::Clerk,
                a.staff.active, a.hasPin});
    } catch (const StorageError &e) {
        spdlog::error("accounts: list failed: {}", e.detail().toStdString());
    }
    return list;
}

ReadResult<QSet<StaffId>> AccountService::staffWithPin()
{
    return tryRead<QSet<StaffId>>("the staff with a counter PIN",
        [&] { return CounterPinRepository(m_db.connection()).activeWithPin(); });
}

LoginResult AccountService::login(const QString &login, const QString &password)
{
    std::optional<StoredAccount> account;
    try {
        account = AccountRepository(m_db.connection()).findByLogin(login);
    } catch (const StorageError &e) {
        return {std::nullopt, e.userMessage(), 0};
    }
    // One sentence for an unknown login and a wrong password: the screen does not tell a guesser
    // which logins exist.
    if (!account || !account->active) {
        spdlog::info("accounts: login refused (unknown or inactive login)");
        try {
            Transaction transaction(m_db.connection());
            AuditTrail(m_db, m_clock).recordFailedLogin(login);
            transaction.commit();
        } catch (const StorageError &e) {
            spdlog::error("accounts: failed login not audited: {}", e.detail().toStdString());
        }
        return {std::nullopt, tr("The login or the password is wrong."), 0};
    }
    try {
        AccountRepository accounts(m_db.connection());
        const Attempt attempt{account->staffId, account->name, account->login, account->manager,
            account->passwordHash, account->failedLogins, account->lastFailedAt};
        return check(attempt, password, false,
            {[&](const QDateTime &at) { accounts.recordFailedLogin(attempt.staff, at); },
                [&] { accounts.clearFailedLogins(attempt.staff); },
                [&](const QByteArray &fresh) {
                    accounts.setPasswordHash(attempt.staff, fresh, m_clock.now());
                }});
    } catch (const StorageError &e) {
        spdlog::error("accounts: login check failed: {}", e.detail().toStdString());
        return {std::nullopt, e.userMessage(), 0};
    }
}

LoginResult AccountService::switchByPin(StaffId staff, const QString &pin)
{
    try {
        CounterPinRepository pins(m_db.connection());
        const std::optional<StoredPin> stored = pins.find(staff);
        if (!stored || !stored->staff.active)
            return {std::nullopt, tr("There is no such member of staff."), 0};
        if (stored->pinHash.isEmpty())
            return {std::nullopt,
                tr("%1 has no counter PIN yet: the manager sets it under Settings, Accounts.")
                    .arg(stored->staff.name),
                0};
        // A wrong PIN is written down under the name of the member of staff it was typed for.
        const Attempt attempt{staff, stored->staff.name, stored->staff.name, stored->staff.manager,
            stored->pinHash, stored->failedAttempts, stored->lastFailedAt};
        return check(attempt, pin, true,
            {[&](const QDateTime &at) { pins.recordFailedAttempt(staff, at); },
                [&] { pins.clearFailedAttempts(staff); },
                [&](const QByteArray &fresh) {
                    pins.setPinHash(staff, fresh);
                }});
    } catch (const StorageError &e) {
        spdlog::error("accounts: PIN check failed: {}", e.detail().toStdString());
        return {std::nullopt, e.userMessage(), 0};
    }
}

// Throws StorageError; the callers turn it into a result.
LoginResult AccountService::check(
    const Attempt &attempt, const QString &secret, bool pin, const AttemptRecords &records)
{
    const QDateTime now = m_clock.now();
    if (const int wait = LoginThrottle::secondsLeft(attempt.failed, attempt.lastFailedAt, now); wait > 0)
        return {std::nullopt, tr("Too many wrong attempts: try again in %1 s.").arg(wait), wait};
    if (!m_hasher.verify(attempt.storedHash, secret)) {
        Transaction transaction(m_db.connection());
        records.failed(now);
        AuditTrail(m_db, m_clock).recordFailedLogin(attempt.auditName);
        transaction.commit();
        spdlog::info("accounts: wrong {} for staff {} ({} in a row)", pin ? "PIN" : "password", attempt.staff,
            attempt.failed + 1);
        const int wait = LoginThrottle::waitSeconds(attempt.failed + 1);
        QString error;
        if (wait > 0)
            error = pin ? tr("The PIN is wrong: try again in %1 s.").arg(wait)
                        : tr("The login or the password is wrong: try again in %1 s.").arg(wait);
        else
            error = pin ? tr("The PIN is wrong.") : tr("The login or the password is wrong.");
        return {std::nullopt, error, wait};
    }
    Transaction transaction(m_db.connection());
    records.cleared();
    // A hash from an older cost is made again now that the secret is known to be right.
    if (m_hasher.needsRehash(attempt.storedHash))
        if (const std::optional<QByteArray> fresh = m_hasher.hash(secret))
            records.rehashed(*fresh);
    AuditTrail(m_db, m_clock).recordLogin(AuditActor::staff(attempt.staff, attempt.name));
    transaction.commit();
    spdlog::info("accounts: staff {} logged in{}", attempt.staff, pin ? " by PIN" : "");
    return {
        Session{attempt.staff, attempt.name, attempt.manager ? Role::Manager : Role::Clerk}, QString(), 0};
}

} // namespace atelier
