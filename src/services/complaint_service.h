#pragma once

#include "core/complaint.h"
#include "core/complaint_query.h"
#include "core/complaint_workflow.h"
#include "core/coupon.h"
#include "core/customer_rules.h"
#include "core/read_result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace atelier {

class Clock;
class Database;
class ComplaintRepository;
class StorageError;
struct ServiceRules;

// What the counter takes down when a customer complains.
struct ComplaintDraft
{
    std::optional<CustomerId> customer; // none: a caller who is not in the archive
    // A caller's name and phone as typed, both optional; ignored when there is a customer. The
    // phone must pass the registration's rule (PhoneNumber).
    QString callerName;
    QString callerPhoneText;
    ComplaintChannel channel = ComplaintChannel::InStore;
    ComplaintCategory category = ComplaintCategory::Quality;
    ComplaintSeverity severity = ComplaintSeverity::Medium;
    QString content;
    QString styleNumber;
    std::optional<StaffId> takenBy; // the clerk at the counter
};

struct ComplaintResult
{
    std::optional<Complaint> complaint; // the complaint after the step
    bool callbackTaskCreated = false; // resolve: a call-back task was added to the calendar
    // resolve: the seed's compensation coupon, issued in the same transaction (a setting)
    std::optional<Coupon> couponIssued;
    QString message; // why nothing was written
    bool ok() const { return complaint.has_value(); }
};

// Complaints from intake to closure. Every step re-reads the complaint inside one write
// transaction (BEGIN IMMEDIATE), checks it against ComplaintWorkflow, and writes the row and its
// history event together, so two windows can never skip a state. Resolving also plans the
// call-back task and, for a customer's complaint resolved with a refund or a coupon, issues the
// seed's compensation coupon (ServiceRules); recording the call-back marks that task done. complaintChanged
// goes out after commit. Reads never throw.
class ComplaintService : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxContentLength = 2000;
    static constexpr int maxStyleNumberLength = 40;
    static constexpr int maxCallerNameLength = CustomerRules::maxNameLength;

    ComplaintService(Database &db, const Clock &clock, QObject *parent = nullptr);

    ComplaintResult intake(const ComplaintDraft &draft);
    ComplaintResult acknowledge(ComplaintId id, StaffId responsible, const QDateTime &deadline,
        std::optional<StaffId> by = {}, const QString &note = {});
    ComplaintResult startInvestigating(
        ComplaintId id, std::optional<StaffId> by = {}, const QString &note = {});
    ComplaintResult offerResolution(ComplaintId id, Resolution resolution, Money value,
        const QString &note = {}, std::optional<StaffId> by = {});
    // The customer declined the offer: back to investigating.
    ComplaintResult declineOffer(ComplaintId id, std::optional<StaffId> by = {}, const QString &note = {});
    ComplaintResult resolve(ComplaintId id, std::optional<StaffId> by = {}, const QString &note = {});
    ComplaintResult recordCallback(
        ComplaintId id, int satisfaction, const QString &note = {}, std::optional<StaffId> by = {});
    ComplaintResult close(ComplaintId id, std::optional<StaffId> by = {}, const QString &note = {});
    // The caller was registered as `customer`: the complaint becomes hers (the caller's name and
    // phone go, her record has them), and a resolved one gets its call-back task now.
    ComplaintResult linkCaller(ComplaintId id, CustomerId customer);

    // A caller's phone as the person at this PC may see it: whole for the manager, masked for a
    // clerk (docs/privacy.md); empty when none was given.
    QString callerPhoneShown(const Complaint &complaint) const;

    ReadResult<std::optional<Complaint>> find(ComplaintId id);
    ReadResult<QList<ComplaintEvent>> events(ComplaintId id);
    // Every complaint not closed, the most urgent first (ServiceRules deadlines; see response_deadline.h).
    ReadResult<QList<ComplaintRow>> openByUrgency();
    ReadResult<QList<ComplaintRow>> list(const ComplaintFilter &filter);
    ReadResult<QList<ComplaintRow>> forCustomer(CustomerId customer);
    // Resolved complaints whose call-back task is missing, for the nightly catch-up.
    ReadResult<QList<Complaint>> resolvedAwaitingCallback();

    // The seed's compensation for a complaint resolved with a refund or a coupon, when the rules ask
    // for one: the coupon to issue (not yet written), its value the resolution's own for a coupon.
    static std::optional<Coupon> compensationFor(
        const Complaint &resolved, const ServiceRules &rules, const QDateTime &now);

signals:
    void complaintChanged(atelier::ComplaintId id);

private:
    // One change to one complaint in one immediate transaction: reads it, lets `write` refuse (a
    // sentence, nothing written) or write and fill `after` and the result, commits and announces it.
    using Write = std::function<std::optional<QString>(
        ComplaintRepository &complaints, const Complaint &before, Complaint &after, ComplaintResult &result)>;
    ComplaintResult change(ComplaintId id, const char *what, const Write &write);
    ComplaintResult move(
        ComplaintId id, ComplaintState to, const TransitionInput &input, std::optional<StaffId> by);
    static ComplaintResult failed(const char *what, const StorageError &error);
    // Inside the resolution's transaction: the compensation coupon when the rules ask for one.
    std::optional<Coupon> compensationCoupon(
        const Complaint &resolved, const ServiceRules &rules, const QDateTime &now);

    // Inside the call-back's transaction: her score counts in the satisfaction figures too (issue 24),
    // about whoever made the call-back, so the two can never disagree.
    void recordCallbackScore(const Complaint &calledBack, std::optional<StaffId> by, const QDateTime &now);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
