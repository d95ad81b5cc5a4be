#pragma once

#include "core/archive_query.h"
#include "core/audit.h"
#include "core/backup_record.h"
#include "core/clock.h"
#include "core/complaint.h"
#include "core/coupon.h"
#include "core/keyset_page.h"
#include "core/loyalty_query.h"
#include "core/nightly_run.h"
#include "core/permissions.h"
#include "core/read_result.h"
#include "core/sale.h"
#include "services/csv_export.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace atelier {

class Database;
struct CustomerArchive;
struct TierBenefit;
struct LostSale;
struct Arrival;
struct SatisfactionScore;
struct StaffTarget;
struct ArchiveCheck;
struct StaffMember;
struct OpenWork;

// A finished export as the trail records it.
struct ExportRecord
{
    QString source; // "archive", "loyalty", "tasks", "sms", "archive_list", "loyalty_list", "audit"
    QString filter; // the list's filter in words ("tier=gold"), empty for everything
    QStringList columns; // column codes or header words
    int rows = 0;
    QString fileName; // empty when the device was not a file
};

enum class RevealedField
{
    Phone,
    Address
};

// The audit trail (操作日志): who did what, when. Writers run inside the caller's transaction and
// throw StorageError like a repository, so a change and its entry are committed together or not at
// all. Details are JSON; personal data goes to the database only, never to a log line.
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
public:
    AuditTrail(Database &db, const Clock &clock);
    // For services that keep no clock (rulebooks, list exports): the connection's audit clock.
    explicit AuditTrail(Database &db);

    // Writers: each appends one entry.
    void recordCustomerCreated(const AuditActor &actor, const CustomerArchive &created);
    // Nothing is written when nothing changed.
    void recordCustomerChange(
        const AuditActor &actor, const CustomerArchive &before, const CustomerArchive &after);
    // No personal data: the reason's code only (services/customer_erasure).
    void recordCustomerErased(const AuditActor &actor, CustomerId customer, const QString &reasonCode);
    void recordExport(const AuditActor &actor, const ExportRecord &record);
    // `which` names the rulebook ("loyalty", "service", "templates"); only changed fields are listed.
    void recordRulesChanged(const AuditActor &actor, const QString &which, const QList<FieldChange> &changes);
    void recordReveal(const AuditActor &actor, CustomerId customer, RevealedField what);
    void recordLogin(const AuditActor &actor);
    void recordFailedLogin(const QString &loginName);

    // Money and the counter. Amounts are stored in fen, states and kinds as codes; no phone.
    void recordSale(const AuditActor &actor, const Sale &sale, qint64 pointsEarned);
    // A return, or an exchange when `replacement` is given (its points in `pointsEarned`).
    void recordReturn(const AuditActor &actor, std::optional<CustomerId> customer, const ReturnableLine &line,
        const ReturnRecord &record, qint64 pointsTakenBack, const SaleLine *replacement = nullptr,
        qint64 pointsEarned = 0);
    void recordRedemption(const AuditActor &actor, CustomerId customer, qint64 points, Money value);
    void recordPointsAdjusted(
        const AuditActor &actor, CustomerId customer, qint64 delta, const QString &reason);
    // Staff names: `from` empty when nobody was at the counter, `to` empty when a shift ended.
    void recordAttendantChanged(const AuditActor &actor, const QString &from, const QString &to);
    void recordBackup(const AuditActor &actor, const BackupRecord &record);
    void recordRestore(const AuditActor &actor, const QString &backupFile);
    void recordRecompute(const AuditActor &actor, const NightlyRun &run);
    // A complaint taken down (`from` empty) or moved along its workflow.
    void recordComplaintStep(
        const AuditActor &actor, const Complaint &after, std::optional<ComplaintState> from);
    void recordCallerLinked(const AuditActor &actor, ComplaintId complaint, CustomerId customer);
    // A coupon a manager issued by hand, or cancelled: its id, code, kind, value and validity.
    void recordCouponIssued(const AuditActor &actor, const Coupon &coupon);
    void recordCouponCancelled(const AuditActor &actor, const Coupon &coupon);
    // An event campaign's invitation answered (`recorded` "yes" or "no") or attended ("came", on `day`).
    void recordCampaignResponse(const AuditActor &actor, CustomerId customer, qint64 campaign,
        const QString &recorded, const QDate &day);
    // A tier benefit used on `day` (issue 22): its id, kind, tier and words in both languages.
    void recordBenefitUsed(
        const AuditActor &actor, CustomerId customer, const TierBenefit &benefit, const QDate &day);
    // A tier benefit `change`d by the manager ("added", "changed", "retired", "removed"), with the fields
    // that changed.
    void recordBenefitsChanged(const AuditActor &actor, const TierBenefit &benefit, const QString &change,
        const QList<FieldChange> &changes);

    // A lost sale recorded at the counter (issue 23): its id, what was wanted, colour, size and reason
    // (the free note stays out); and an arrival the manager marked, with the wishes and tasks it made.
    void recordLostSale(const AuditActor &actor, const LostSale &sale);
    void recordLostSalesArrived(const AuditActor &actor, const Arrival &arrival, int wishes, int tasks);
    // A satisfaction score recorded in the shop (issue 24): score, occasion, the row it is about and the
    // clerk; the comment stays out (her own words, blanked on erasure).
    void recordSatisfaction(const AuditActor &actor, const SatisfactionScore &score);
    // Staff goals (issue 24, services/audit_staff_record.cpp): the targets of `month` ("YYYY-MM") that
    // changed, a spot check (the verdict, not the note), and a deactivation with the open work handed
    // over (`tasksTo` empty with open tasks: whoever is at the counter).
    void recordStaffTargets(const AuditActor &actor, const QString &month, const QList<StaffTarget> &targets);
    void recordArchiveCheck(const AuditActor &actor, const ArchiveCheck &check);
    void recordDeactivated(const AuditActor &actor, const StaffMember &member, const OpenWork &open,
        const QString &tasksTo, const QString &complaintsTo);

    // For an export written to a QIODevice: the file's name when it is a file.
    static QString fileNameOf(const QIODevice &device);

    // Readers for the manager's viewer, newest first, keyset-paged by id: a read that fails says so
    // (and logs why); a clerk gets nothing.
    ReadResult<KeysetPage<AuditEntry>> page(
        const AuditFilter &filter, const std::optional<PageCursor> &after, int limit);
    ReadResult<int> total(const AuditFilter &filter);
    // The same for readers that take a failed read as nothing (the CLI's checks, tests).
    QList<AuditEntry> entries(const AuditFilter &filter, int limit, std::optional<qint64> beforeId = {});
    int count(const AuditFilter &filter);
    ReadResult<QStringList> actorNames();
    // RFC 4180 CSV, UTF-8 with BOM, oldest first: when, who, action, customer, details (in words).
    // The export itself is recorded.
    ExportResult exportCsv(const AuditFilter &filter, QIODevice &device, const ExportProgress &progress = {});

    // For people: the action and the details in the UI language, e.g. "Phone: 13800000000 → 13900001111".
    static QString actionLabel(AuditAction action);
    static QString describe(const AuditEntry &entry);
    static QString fieldLabel(const QString &field);
    // "张三 (#12)", "#12" once the customer is gone, empty when the entry is about no customer.
    static QString customerText(const AuditEntry &entry);

private:
    void append(const AuditActor &actor, AuditAction action, std::optional<CustomerId> customer,
        const QString &details);

    Database &m_db;
    const Clock &m_clock;
};

// Scheduled work names itself for as long as it runs on a connection, then gives the name back.
// A system actor also works with the rights of the files' owner (no role) meanwhile: the nightly
// run expires points and backs up whoever happens to be logged in.
class ActingAs
{
public:
    ActingAs(Database &db, const AuditActor &actor);
    ~ActingAs();
    ActingAs(const ActingAs &) = delete;
    ActingAs &operator=(const ActingAs &) = delete;

private:
    Database &m_db;
    AuditActor m_previous;
    std::optional<Role> m_previousRole;
};

// After an export: records a complete one (rows from `result`) for the connection's actor. When the
// entry cannot be written the export fails with that message, so that no file leaves unrecorded
// (callers drop the file). Returns false then.
bool recordCompleteExport(Database &db, ExportResult &result, ExportRecord record);

// A list's filter in stored codes, for the trail ("source=wechat, birth_month=5"); empty: everything.
QString exportFilterText(const ArchiveFilter &filter);
QString exportFilterText(const LoyaltyFilter &filter);
// The same in words for people ("Source: WeChat; Birth month: 5"); a part it does not know stays as
// stored, so entries written by another version still read.
QString exportFilterWords(const QString &stored);

} // namespace atelier
