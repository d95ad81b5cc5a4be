#include "core/login_throttle.h"
#include "services/account_service.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sql.h"
#include "support/temp_store.h"

#include "services/store.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::TempStore;

namespace {

struct Accounts
{
    TempStore t;
    AccountService service{t.store().database(), t.clock(), PasswordHasher(PasswordHasher::testCost())};

    Session manager()
    {
        REQUIRE(service.needsFirstManager());
        REQUIRE(service
                    .createFirstManager(
                        QStringLiteral("王店长"), QStringLiteral("wang"), QStringLiteral("spring-2026"))
                    .ok());
        const LoginResult login = service.login(QStringLiteral("wang"), QStringLiteral("spring-2026"));
        REQUIRE(login.session);
        return *login.session;
    }
    QVariant scalar(const QString &statement)
    {
        return sql::scalar(t.store().database().connection(), statement);
    }
};

} // namespace

TEST_CASE("the first start makes the manager, once", "[services][accounts]")
{
    Accounts a;
    const Session manager = a.manager();
    CHECK(manager.role == Role::Manager);
    CHECK(manager.name == QStringLiteral("王店长"));
    CHECK_FALSE(a.service.needsFirstManager());
    const AccountResult second = a.service.createFirstManager(
        QStringLiteral("someone"), QStringLiteral("someone"), QStringLiteral("password-1"));
    CHECK_FALSE(second.ok());
    // Only a hash is stored.
    const QString stored = a.scalar(QStringLiteral("SELECT password_hash FROM staff_credentials")).toString();
    CHECK(stored.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(stored.contains(QStringLiteral("spring")));
}

TEST_CASE("a clerk session cannot do the manager's account work", "[services][accounts]")
{
    Accounts a;
    const Session manager = a.manager();
    const AccountResult added = a.service.addAccount(
        manager, QStringLiteral("小李"), QStringLiteral("li"), QStringLiteral("counter-li-1"), Role::Clerk);
    REQUIRE(added.ok());
    const LoginResult li = a.service.login(QStringLiteral("LI"), QStringLiteral("counter-li-1")); // any case
    REQUIRE(li.session);
    const Session clerk = *li.session;
    CHECK(clerk.role == Role::Clerk);
    CHECK_FALSE(clerk.can(Permission::ExportCustomers));

    CHECK_FALSE(a.service
                    .addAccount(clerk, QStringLiteral("小赵"), QStringLiteral("zhao"),
                        QStringLiteral("password-2"), Role::Manager)
                    .ok());
    CHECK_FALSE(a.service.resetPassword(clerk, manager.staffId, QStringLiteral("taken-over-1")).ok());
    CHECK_FALSE(a.service.deactivate(clerk, manager.staffId).ok());
    CHECK(a.service.accounts(clerk).isEmpty());
    CHECK_FALSE(a.service.setPin(clerk, manager.staffId, QStringLiteral("1234")).ok());
    // Her own PIN she may set.
    CHECK(a.service.setPin(clerk, clerk.staffId, QStringLiteral("2468")).ok());
    CHECK(a.service.switchByPin(clerk.staffId, QStringLiteral("2468")).session.has_value());
    CHECK(a.scalar(QStringLiteral("SELECT count(*) FROM staff")).toInt() == 2);
    CHECK(a.service.accounts(manager).size() == 2);
}

TEST_CASE("bad account input is refused with a reason and stores nothing", "[services][accounts]")
{
    Accounts a;
    const Session manager = a.manager();
    auto add = [&](const QString &name, const QString &login, const QString &password) {
        return a.service.addAccount(manager, name, login, password, Role::Clerk).error;
    };
    CHECK(add(QStringLiteral("小李"), QStringLiteral("l"), QStringLiteral("counter-li-1"))
              .contains(QStringLiteral("2 to 30")));
    CHECK(add(QStringLiteral("小李"), QStringLiteral("li"), QStringLiteral("short"))
              .contains(QStringLiteral("8")));
    CHECK(add(QStringLiteral("小李"), QStringLiteral("li-counter"), QStringLiteral("LI-COUNTER"))
              .contains(QStringLiteral("login")));
    CHECK(add(QStringLiteral("小李"), QStringLiteral("WANG"), QStringLiteral("counter-li-1"))
              .contains(QStringLiteral("taken")));
    CHECK(add(QString(), QStringLiteral("li"), QStringLiteral("counter-li-1"))
              .contains(QStringLiteral("name")));
    CHECK(a.scalar(QStringLiteral("SELECT count(*) FROM staff_credentials")).toInt() == 1);
    CHECK(a.service.setPin(manager, manager.staffId, QStringLiteral("12a4"))
              .error.contains(QStringLiteral("4 to 6")));
}

TEST_CASE("ten wrong passwords slow the login but the account stays", "[services][accounts]")
{
    Accounts a;
    a.manager();
    int lastWait = 0;
    for (int attempt = 1; attempt <= 10; ++attempt) {
        const LoginResult wrong
            = a.service.login(QStringLiteral("wang"), QStringLiteral("guess-%1").arg(attempt));
        CHECK_FALSE(wrong.session);
        CHECK(wrong.waitSeconds >= lastWait);
        lastWait = wrong.waitSeconds;
        // The guesser waits it out; the wait grows with every wrong password.
        if (attempt < 10)
            a.t.clock().set(a.t.clock().now().addSecs(wrong.waitSeconds));
    }
    CHECK(lastWait == 60);
    // Too early: refused without looking at the password, even the right one.
    const LoginResult early = a.service.login(QStringLiteral("wang"), QStringLiteral("spring-2026"));
    CHECK_FALSE(early.session);
    CHECK(early.waitSeconds == 60);
    a.t.clock().set(a.t.clock().now().addSecs(61));
    const LoginResult right = a.service.login(QStringLiteral("wang"), QStringLiteral("spring-2026"));
    REQUIRE(right.session);
    CHECK(a.scalar(QStringLiteral("SELECT failed_logins FROM staff_credentials")).toInt() == 0);
    // An unknown login gets the same sentence as a wrong password.
    CHECK(a.service.login(QStringLiteral("nobody"), QStringLiteral("spring-2026")).error
        == a.service.login(QStringLiteral("wang"), QStringLiteral("wrong-one")).error);
}

TEST_CASE("accounts are deactivated, never deleted, and the last manager stays", "[services][accounts]")
{
    Accounts a;
    const Session manager = a.manager();
    const StaffId li = *a.service
                            .addAccount(manager, QStringLiteral("小李"), QStringLiteral("li"),
                                QStringLiteral("counter-li-1"), Role::Clerk)
                            .staffId;
    CHECK_FALSE(a.service.deactivate(manager, manager.staffId).ok()); // not oneself
    REQUIRE(a.service.deactivate(manager, li).ok());
    CHECK_FALSE(a.service.login(QStringLiteral("li"), QStringLiteral("counter-li-1")).session);
    CHECK(a.scalar(QStringLiteral("SELECT name FROM staff WHERE id = %1").arg(li)).toString()
        == QStringLiteral("小李"));
    // A password reset by the manager works and clears the wrong-password count.
    REQUIRE(a.service.resetPassword(manager, manager.staffId, QStringLiteral("summer-2026")).ok());
    CHECK(a.service.login(QStringLiteral("wang"), QStringLiteral("summer-2026")).session.has_value());
}

TEST_CASE("logins and failed logins are in the audit trail", "[services][accounts][audit]")
{
    Accounts a;
    a.manager();
    a.service.login(QStringLiteral("wang"), QStringLiteral("wrong-one"));
    a.service.login(QStringLiteral("nobody"), QStringLiteral("whatever-1"));
    CHECK(a.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login'")).toInt() == 1);
    CHECK(a.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login_failed'")).toInt()
        == 2);
    CHECK(a.scalar(QStringLiteral("SELECT actor_name FROM audit_log WHERE action = 'login'")).toString()
        == QStringLiteral("王店长"));
    // What was typed as a login is kept; a password never is.
    CHECK(a.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE details LIKE '%wrong-one%'")).toInt()
        == 0);
    CHECK(a.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE details LIKE '%nobody%'")).toInt()
        == 1);
}

TEST_CASE("a member of staff without a login gets a counter PIN and takes the counter with it",
    "[services][accounts][pin]")
{
    Accounts a;
    const Session manager = a.manager();
    const StaffId zhao = a.scalar(QStringLiteral("INSERT INTO staff (name, role) VALUES ('赵敏', 'clerk') "
                                                 "RETURNING id"))
                             .toLongLong();
    // No PIN yet: she cannot be chosen, and the reason names what to do.
    CHECK_FALSE(a.service.staffWithPin().value->contains(zhao));
    const LoginResult before = a.service.switchByPin(zhao, QStringLiteral("4321"));
    CHECK_FALSE(before.session);
    CHECK(before.error.contains(QStringLiteral("no counter PIN")));

    REQUIRE(a.service.setPin(manager, zhao, QStringLiteral("4321")).ok());
    CHECK(a.service.staffWithPin().value->contains(zhao));
    const LoginResult taken = a.service.switchByPin(zhao, QStringLiteral("4321"));
    REQUIRE(taken.session);
    CHECK(taken.session->name == QStringLiteral("赵敏"));
    CHECK(taken.session->role == Role::Clerk);
    // She is on the manager's list without a login; only a hash is stored.
    bool listed = false;
    for (const AccountSummary &member : a.service.accounts(manager))
        if (member.staffId == zhao) {
            listed = true;
            CHECK(member.login.isEmpty());
            CHECK(member.hasPin);
        }
    CHECK(listed);
    CHECK(a.scalar(QStringLiteral("SELECT pin_hash FROM counter_pins WHERE staff_id = %1").arg(zhao))
              .toString()
              .startsWith(QStringLiteral("$argon2id$")));
    // Deactivated, she can no longer be chosen.
    REQUIRE(a.service.deactivate(manager, zhao).ok());
    CHECK_FALSE(a.service.staffWithPin().value->contains(zhao));
    CHECK_FALSE(a.service.switchByPin(zhao, QStringLiteral("4321")).session);
}

TEST_CASE("a PIN typed wrong three times gets the same back-off as a password", "[services][accounts][pin]")
{
    Accounts a;
    const Session manager = a.manager();
    const StaffId zhao = a.scalar(QStringLiteral("INSERT INTO staff (name, role) VALUES ('赵敏', 'clerk') "
                                                 "RETURNING id"))
                             .toLongLong();
    REQUIRE(a.service.setPin(manager, zhao, QStringLiteral("4321")).ok());
    for (int attempt = 1; attempt <= LoginThrottle::freeAttempts; ++attempt) {
        const LoginResult wrong = a.service.switchByPin(zhao, QStringLiteral("000%1").arg(attempt));
        CHECK_FALSE(wrong.session);
        CHECK(wrong.waitSeconds == LoginThrottle::waitSeconds(attempt));
    }
    // The fourth try comes too soon: refused without looking at the PIN, even the right one.
    const LoginResult early = a.service.switchByPin(zhao, QStringLiteral("4321"));
    CHECK_FALSE(early.session);
    CHECK(early.waitSeconds > 0);
    CHECK(early.waitSeconds
        == LoginThrottle::secondsLeft(LoginThrottle::freeAttempts, a.t.clock().now(), a.t.clock().now()));
    a.t.clock().set(a.t.clock().now().addSecs(early.waitSeconds));
    REQUIRE(a.service.switchByPin(zhao, QStringLiteral("4321")).session);
    CHECK(a.scalar(QStringLiteral("SELECT failed_attempts FROM counter_pins WHERE staff_id = %1").arg(zhao))
              .toInt()
        == 0);
    // Each wrong PIN is in the audit trail under her name; the PIN typed never is.
    CHECK(a.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login_failed' "
                                  "AND actor_name = '赵敏'"))
              .toInt()
        == LoginThrottle::freeAttempts);
    CHECK(
        a.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE details LIKE '%0001%'")).toInt() == 0);
}

TEST_CASE("a PIN set before counter_pins still opens the counter after the migration",
    "[services][accounts][pin][migrations][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    const int before = 18; // the version before 019_counter_pins
    REQUIRE(Migrator::latestVersion() > before);
    const PasswordHasher hasher(PasswordHasher::testCost());
    {
        Database old;
        REQUIRE(old.openAtVersion(path, before));
        sql::execute(old.connection(),
            QStringLiteral("INSERT INTO staff (id, name, role) VALUES (7, '李晓雯', 'clerk')"));
        sql::run(old.connection(),
            QStringLiteral("INSERT INTO staff_credentials (staff_id, login, password_hash, pin_hash, "
                           "password_set_at) VALUES (7, 'li', ?, ?, '2026-01-01T09:00:00+08:00')"),
            {QString::fromLatin1(*hasher.hash(QStringLiteral("counter-li-1"))),
                QString::fromLatin1(*hasher.hash(QStringLiteral("2468")))});
    }
    Database db;
    REQUIRE(db.open(path));
    FixedClock clock(QDateTime(QDate(2026, 2, 1), QTime(10, 0)));
    AccountService service(db, clock, hasher);
    CHECK(service.switchByPin(7, QStringLiteral("2468")).session.has_value());
    CHECK_FALSE(service.switchByPin(7, QStringLiteral("1357")).session.has_value());
    CHECK(sql::scalar(db.connection(),
              QStringLiteral("SELECT count(*) FROM staff_credentials "
                             "WHERE pin_hash IS NOT NULL"))
              .toInt()
        == 0);
    // The password is untouched.
    CHECK(service.login(QStringLiteral("li"), QStringLiteral("counter-li-1")).session.has_value());
}
