#pragma once

#include "core/customer.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace atelier {

// Who a change is written down for. Until staff accounts and login arrive, the clerk of the counter
// shift stands for the person at the PC (or "unknown clerk" when nobody chose); the command line
// acts as `cli:<operating-system user>` and scheduled work as `system:<job>`.
struct AuditActor
{
    Q_DECLARE_TR_FUNCTIONS(AuditActor)
public:
    enum class Kind
    {
        Staff,
        Cli,
        System
    };
    Kind kind = Kind::Staff;
    std::optional<StaffId> staffId; // set for a known member of staff
    QString name; // the staff member's name, "cli:alice", "system:nightly", "unknown clerk"

    static AuditActor staff(StaffId id, const QString &name);
    static AuditActor cli(const QString &osUser);
    static AuditActor system(const QString &job);
    static AuditActor unknownClerk();

    bool isUnknownClerk() const { return kind == Kind::Staff && !staffId && name == unknownClerkName(); }
    // For people: the name, with "unknown clerk" in the UI language.
    QString label() const;
    static QString unknownClerkName() { return QStringLiteral("unknown clerk"); }
    bool operator==(const AuditActor &) const = default;
};

// What was done. Codes are stored; never shown as they are.
enum class AuditAction
{
    CustomerCreated,
    CustomerChanged,
    CustomerErased,
    RevealPhone,
    RevealAddress,
    Export,
    Login,
    LoginFailed,
    RulesChanged,
    MergeCustomers,
    UndoMerge,
    // What money and the counter did: one entry per sale, return or exchange, redemption or
    // correction of points, change of attendant, backup or restore, nightly run or recompute, and
    // complaint step. Bulk loads (sales import, demo data) write one entry or none, never one a row.
    Sale,
    Return,
    Redemption,
    PointsAdjusted,
    AttendantChanged,
    Backup,
    Restore,
    Recompute,
    ComplaintStep,
    // Coupons a manager issued by hand or cancelled (issue 21); campaign, return and complaint
    // coupons are written down with the step that issued them.
    CouponIssued,
    CouponCancelled,
    // An invited customer's answer to an event campaign or her coming, recorded at the counter
    // (issue 22): the campaign, what was recorded and the day.
    CampaignResponse,
    // A tier benefit used at the counter (issue 22): the benefit, its words in both languages and the
    // day; and a tier's benefits edited by the manager (added, changed, retired or removed).
    BenefitUsed,
    BenefitsChanged,
    // A lost sale or wish recorded at the counter, and a style (or category) and size the manager
    // marked as arrived, with how many wishes it answered and tasks it planned (issue 23).
    LostSaleRecorded,
    LostSalesArrived,
    // A satisfaction score recorded in the shop (issue 24): the score, its occasion and the row it is
    // about; never the comment, which is the customer's own words.
    SatisfactionRecorded,
    // The manager's staff goals (issue 24): a month's targets set for some clerks, an archive's spot
    // check (valid or not, never the note), and an account deactivated with how many open tasks and
    // complaints went to whom.
    StaffTargetsSet,
    ArchiveChecked,
    AccountDeactivated
};

QString toCode(AuditActor::Kind kind);
QString toCode(AuditAction action);
AuditActor::Kind auditActorKindFromCode(const QString &code);
std::optional<AuditAction> auditActionFromCode(const QString &code);
QList<AuditAction> allAuditActions();

// One field of a record before and after: a customer's phone, a rulebook's threshold.
struct FieldChange
{
    QString field; // the archive's field name ("phone", "size_top", "tags") or a rule's key
    QString before;
    QString after;
    bool operator==(const FieldChange &) const = default;
};

// One line of the trail as stored. `details` is JSON text whose shape depends on the action.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime happenedAt;
    AuditActor actor;
    AuditAction action = AuditAction::CustomerChanged;
    std::optional<CustomerId> customerId;
    QString details;
    QString customerName; // read back for the viewer; not stored with the entry
};

// What the manager's viewer and the export ask for; an empty part does not filter.
struct AuditFilter
{
    QDate from; // inclusive, local date of happened_at
    QDate to; // inclusive
    std::optional<AuditAction> action;
    QString actorName; // exact
    std::optional<CustomerId> customerId;
};

} // namespace atelier
