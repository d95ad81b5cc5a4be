#pragma once

#include <QString>

#include <optional>

namespace atelier {

// Who works in the store. Clerks serve customers at the counter; the manager also sees full contact
// details, exports, changes the rules and looks after the accounts and the data.
enum class Role
{
    Clerk,
    Manager,
};

// What a session may do. Services ask `Permissions::allows(role, permission)` before a guarded
// operation, so a hidden button is never the only guard.
enum class Permission
{
    ServeCustomers, // search, register, edit, record sales and returns, complaints, follow-ups
    RevealContact, // open a customer's full phone and address for a moment (audited)
    SeeFullContact, // full phone numbers and addresses in every list, without a reveal
    ExportCustomers,
    ImportFromTill, // sales and members from the till's files
    ChangeRules, // loyalty, service rules, message templates, store settings
    AdjustPoints,
    IssueCoupons, // a coupon by hand, or cancelling one (issue 21)
    MergeCustomers,
    EraseCustomers,
    SeeOtherClerksReports, // the Reports page beyond one's own figures
    SeeForecastLists, // the prediction lists (at risk, likely this week, lapsed) and the store's chart
    ViewAuditTrail,
    ManageAccounts,
    BackUpAndRestore,
    MarkArrivals, // mark a style and size as arrived, which plans the "it's in" tasks (issue 23)
    SetStaffGoals, // monthly targets per clerk and the spot check of archives for the contest (issue 24)
};

class Permissions
{
public:
    static bool allows(Role role, Permission permission);

    // Stable codes, as stored with an account ("clerk", "manager").
    static QString code(Role role);
    static std::optional<Role> roleFromCode(const QString &code);
};

} // namespace atelier
