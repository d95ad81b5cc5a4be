#include "core/login_throttle.h"
#include "core/permissions.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace atelier;

TEST_CASE("a clerk serves customers and may reveal one customer's contact, nothing more", "[core][accounts]")
{
    CHECK(Permissions::allows(Role::Clerk, Permission::ServeCustomers));
    CHECK(Permissions::allows(Role::Clerk, Permission::RevealContact));
    for (const Permission managerOnly : {Permission::SeeFullContact, Permission::ExportCustomers,
             Permission::ChangeRules, Permission::AdjustPoints, Permission::MergeCustomers,
             Permission::EraseCustomers, Permission::SeeOtherClerksReports, Permission::ViewAuditTrail,
             Permission::ManageAccounts, Permission::BackUpAndRestore}) {
        INFO(static_cast<int>(managerOnly));
        CHECK_FALSE(Permissions::allows(Role::Clerk, managerOnly));
        CHECK(Permissions::allows(Role::Manager, managerOnly));
    }
}

TEST_CASE("roles have stable codes", "[core][accounts]")
{
    CHECK(Permissions::code(Role::Clerk) == QStringLiteral("clerk"));
    CHECK(Permissions::code(Role::Manager) == QStringLiteral("manager"));
    CHECK(Permissions::roleFromCode(QStringLiteral("manager")) == Role::Manager);
    CHECK_FALSE(Permissions::roleFromCode(QStringLiteral("Manager")).has_value());
    CHECK_FALSE(Permissions::roleFromCode(QString()).has_value());
}

TEST_CASE(
    "wrong passwords slow the next login down, up to a minute, and never lock for good", "[core][accounts]")
{
    CHECK(LoginThrottle::waitSeconds(0) == 0);
    CHECK(LoginThrottle::waitSeconds(2) == 0); // typos are free
    CHECK(LoginThrottle::waitSeconds(3) == 1);
    CHECK(LoginThrottle::waitSeconds(4) == 2);
    CHECK(LoginThrottle::waitSeconds(8) == 32);
    CHECK(LoginThrottle::waitSeconds(10) == 60);
    CHECK(LoginThrottle::waitSeconds(1000) == 60);
    const QDateTime failed(QDate(2026, 6, 15), QTime(10, 0), QTimeZone(8 * 3600));
    CHECK(LoginThrottle::secondsLeft(5, failed, failed.addSecs(1)) == 3);
    CHECK(LoginThrottle::secondsLeft(5, failed, failed.addSecs(4)) == 0);
    CHECK(LoginThrottle::secondsLeft(5, QDateTime(), failed) == 0);
    // A clock set back does not open the door early.
    CHECK(LoginThrottle::secondsLeft(5, failed, failed.addSecs(-30)) == 4);
}
