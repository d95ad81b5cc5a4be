#include "services/demo_accounts.h"

#include "services/account_service.h"
#include "services/demo_catalog.h"

#include <spdlog/spdlog.h>

namespace atelier::demo {

DemoLogin managerLogin()
{
    return {QStringLiteral("manager"), QStringLiteral("atelier-manager"), QStringLiteral("1111")};
}

DemoLogin clerkLogin()
{
    return {QStringLiteral("clerk"), QStringLiteral("atelier-clerk"), QStringLiteral("2222")};
}

QString otherStaffPin()
{
    return QStringLiteral("3333");
}

bool addDemoAccounts(Database &db, const Clock &clock)
{
    AccountService accounts(db, clock);
    const DemoLogin manager = managerLogin();
    const DemoLogin clerk = clerkLogin();
    AccountResult made = accounts.createFirstManager(managerName(), manager.login, manager.password);
    if (!made.ok()) {
        spdlog::error("demo store: the manager account was not made");
        return false;
    }
    const Session by{*made.staffId, managerName(), Role::Manager};
    const AccountResult pin = accounts.setPin(by, *made.staffId, manager.pin);
    made = accounts.addAccount(by, clerkNames().first(), clerk.login, clerk.password, Role::Clerk);
    if (!pin.ok() || !made.ok() || !accounts.setPin(by, *made.staffId, clerk.pin).ok()) {
        spdlog::error("demo store: the clerk account was not made");
        return false;
    }
    // Everyone else takes the counter with the PIN README.md prints. Its hash is made at the
    // cheapest cost, which keeps a demo store quick to make (tests make many); the first right PIN
    // hashes it again at the store's cost (AccountService::check).
    AccountService quick(db, clock, PasswordHasher(PasswordHasher::testCost()));
    for (const AccountSummary &member : accounts.accounts(by)) {
        if (member.hasPin || !member.active)
            continue;
        if (!quick.setPin(by, member.staffId, otherStaffPin()).ok()) {
            spdlog::error("demo store: a counter PIN was not set");
            return false;
        }
    }
    return true;
}

} // namespace atelier::demo
