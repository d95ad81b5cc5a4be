#include "core/permissions.h"

#include <catch2/catch.hpp>

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
