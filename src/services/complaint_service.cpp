#include "services/complaint_service.h"

#include "core/clock.h"
#include "core/complaint_callback.h"
#include "core/response_deadline.h"
#include "services/access.h"
#include "services/audit_trail.h"
#include "services/service_settings.h"
#include "services/try_read.h"
#include "storage/complaint_repository.h"
#include "storage/coupon_repository.h"
#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/follow_up_repository.h"
#include "storage/satisfaction_repository.h"
#include "storage/staff_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace atelier {

ComplaintService::ComplaintService(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
}

ComplaintResult ComplaintService::failed(const char *what, const StorageError &error)
{
    spdlog::error("{} failed: {}", what, error.detail().toStdString());
    ComplaintResult result;
    result.message = error.userMessage();
    return result;
}

ComplaintResult ComplaintService::intake(const ComplaintDraft &draft)
{
    ComplaintResult result;
    const QString content = draft.content.trimmed();
    const QString style = draft.styleNumber.trimmed();
    if (content.isEmpty()) {
        result.message = tr("Write down what the customer complains about.");
        return result;
    }
    if (content.size() > maxContentLength) {
        result.message = tr("The complaint is too long (at most %1 characters).").arg(maxContentLength);
        return result;
    }
    if (style.size() > maxStyleNumberLength) {
        result.message
            = tr("The style number is too long (at most %1 characters).").arg(maxStyleNumberLength);
        return result;
    }
    Complaint c;
    if (!draft.customer) {
        c.callerName = draft.callerName.simplified();
        if (c.callerName.size() > maxCallerNameLength) {
            result.message
                = tr("The caller's name is too long (at most %1 characters).").arg(maxCallerNameLength);
            return result;
        }
        // Optional, but a number given is one the counter can call: registration's rule and words.
        if (!draft.callerPhoneText.trimmed().isEmpty()) {
            const PhoneNumber::Parsed phone = PhoneNumber::parse(draft.callerPhoneText);
            if (!phone.ok()) {
                result.message = PhoneNumber::problemText(phone.problem);
                return result;
            }
            c.callerPhone = PhoneNumber::fromParsed(phone);
        }
    }
    c.customer = draft.customer;
    c.channel = draft.channel;
    c.category = draft.category;
    c.severity = draft.severity;
    c.content = content;
    c.styleNumber = style;
    c.takenBy = draft.takenBy;
    c.receivedAt = m_clock.now();
    c.updatedAt = c.receivedAt;
    try {
        Transaction transaction(m_db.connection(), Transaction::Mode::Immediate);
        if (draft.customer && !CustomerRepository(m_db.connection()).find(*draft.customer)) {
            result.message = tr("This customer does not exist.");
            return result;
        }
        if (draft.takenBy && !StaffRepository(m_db.connection()).find(*draft.takenBy)) {
            result.message = tr("The clerk taking the complaint is not on the staff list.");
            return result;
        }
        const ServiceRules rules = ServiceSettings(m_db).rules();
        c.respondBy = respondBy(c.receivedAt, rules.minutesFor(c.channel), rules);
        ComplaintRepository complaints(m_db.connection());
        c.id = complaints.insert(c);
        complaints.insertEvent(
            {0, c.id, c.receivedAt, std::nullopt, ComplaintState::Received, c.takenBy, {}});
        AuditTrail(m_db, m_clock).recordComplaintStep(m_db.auditActor(), c, std::nullopt);
        transaction.commit();
    } catch (const StorageError &error) {
        return failed("complaint intake", error);
    }
    // Whether a caller left a number, never the number.
    spdlog::info("complaint {} received ({}, {}{})", c.id, toCode(c.channel).toStdString(),
        toCode(c.category).toStdString(), c.callerPhone.isValid() ? ", caller phone recorded" : "");
    result.complaint = c;
    emit complaintChanged(c.id);
    return result;
}

ComplaintResult ComplaintService::change(ComplaintId id, const char *what, const Write &write)
{
    ComplaintResult result;
    Complaint after;
    try {
        // Immediate: the state read here is the state the write replaces.
        Transaction transaction(m_db.connection(), Transaction::Mode::Immediate);
        ComplaintRepository complaints(m_db.connection());
        const std::optional<Complaint> before = complaints.find(id);
        if (!before) {
            result.message = tr("There is no complaint #%1.").arg(id);
            return result;
        }
        if (const std::optional<QString> refused = write(complaints, *before, after, result)) {
            result.message = *refused;
            return result;
        }
        transaction.commit();
    } catch (const StorageError &error) {
        return failed(what, error);
    }
    result.complaint = after;
    emit complaintChanged(id);
    return result;
}

std::optional<Coupon> ComplaintService::compensationFor(
    const Complaint &resolved, const ServiceRules &rules, const QDateTime &now)
{
    const bool compensates
        = resolved.resolution == Resolution::Refund || resolved.resolution == Resolution::Coupon;
    if (!rules.complaintCouponOn || !compensates || !resolved.customer)
        return std::nullopt;
    // A coupon offered with its own value is that coupon; otherwise the seed's 200元.
    const Money value = resolved.resolution == Resolution::Coupon && resolved.resolutionValue.fen() > 0
        ? resolved.resolutionValue
        : rules.complaintCouponValue;
    Coupon coupon = amountCoupon(CouponReason::Complaint, value, rules.complaintCouponMinSpend, now.date(),
        rules.complaintCouponValidDays, now);
    coupon.customerId = resolved.customer;
    coupon.complaintId = resolved.id;
    return coupon;
}

std::optional<Coupon> ComplaintService::compensationCoupon(
    const Complaint &resolved, const ServiceRules &rules, const QDateTime &now)
{
    std::optional<Coupon> coupon = compensationFor(resolved, rules, now);
    if (!coupon)
        return std::nullopt;
    coupon->issuedBy = m_db.auditActor().name;
    CouponRepository(m_db.connection()).issue(*coupon);
    return coupon;
}

void ComplaintService::recordCallbackScore(
    const Complaint &calledBack, std::optional<StaffId> by, const QDateTime &now)
{
    SatisfactionScore score;
    score.customer = *calledBack.customer;
    score.scoredOn = m_clock.today();
    score.score = calledBack.satisfaction.value_or(0);
    score.occasion = SatisfactionOccasion::Complaint;
    score.complaint = calledBack.id;
    score.staff = by ? by : calledBack.responsible;
    score.recordedAt = now;
    score.recordedBy = m_db.auditActor().staffId;
    score.id = SatisfactionRepository(m_db.connection()).insert(score).value_or(0);
    AuditTrail(m_db, m_clock).recordSatisfaction(m_db.auditActor(), score);
}

ComplaintResult ComplaintService::move(
    ComplaintId id, ComplaintState to, const TransitionInput &input, std::optional<StaffId> by)
{
    const QDateTime now = m_clock.now();
    const ComplaintResult result = change(id, "complaint step",
        [&](ComplaintRepository &complaints, const Complaint &before, Complaint &after,
            ComplaintResult &moved) -> std::optional<QString> {
            if (std::optional<QString> problem = ComplaintWorkflow::checkTransition(before, to, input, now))
                return problem;
            StaffRepository staff(m_db.connection());
            if (to == ComplaintState::Acknowledged) {
                const std::optional<StaffMember> person = staff.find(*input.responsible);
                if (!person || !person->active)
                    return tr("The responsible person must be a current member of staff.");
            }
            if (by && !staff.find(*by))
                return tr("Whoever records this step must be on the staff list.");
            after = ComplaintWorkflow::apply(before, to, input, now);
            complaints.updateWorkflow(after);
            complaints.insertEvent({0, id, now, before.state, to, by, input.note.trimmed()});
            if (to == ComplaintState::Resolved && after.customer) {
                const ServiceRules rules = ServiceSettings(m_db).rules();
                moved.callbackTaskCreated = FollowUpRepository(m_db.connection())
                                                .insertGenerated(callbackTaskFor(after, rules, now));
                moved.couponIssued = compensationCoupon(after, rules, now);
            }
            if (to == ComplaintState::CalledBack) {
                complaints.completeCallbackTask(id, now, by, input.note.trimmed());
                if (after.customer)
                    recordCallbackScore(after, by, now);
            }
            AuditTrail(m_db, m_clock).recordComplaintStep(m_db.auditActor(), after, before.state);
            return std::nullopt;
        });
    if (result.complaint)
        spdlog::info("complaint {} moved to {}", id, toCode(to).toStdString());
    return result;
}

ComplaintResult ComplaintService::acknowledge(ComplaintId id, StaffId responsible, const QDateTime &deadline,
    std::optional<StaffId> by, const QString &note)
{
    TransitionInput input;
    input.responsible = responsible;
    input.deadline = deadline;
    input.note = note;
    return move(id, ComplaintState::Acknowledged, input, by);
}

ComplaintResult ComplaintService::startInvestigating(
    ComplaintId id, std::optional<StaffId> by, const QString &note)
{
    TransitionInput input;
    input.note = note;
    return move(id, ComplaintState::Investigating, input, by);
}

ComplaintResult ComplaintService::offerResolution(
    ComplaintId id, Resolution resolution, Money value, const QString &note, std::optional<StaffId> by)
{
    TransitionInput input;
    input.resolution = resolution;
    input.resolutionValue = value;
    input.note = note;
    return move(id, ComplaintState::ResolutionOffered, input, by);
}

ComplaintResult ComplaintService::declineOffer(ComplaintId id, std::optional<StaffId> by, const QString &note)
{
    TransitionInput input;
    input.note = note;
    return move(id, ComplaintState::Investigating, input, by);
}

ComplaintResult ComplaintService::resolve(ComplaintId id, std::optional<StaffId> by, const QString &note)
{
    TransitionInput input;
    input.note = note;
    return move(id, ComplaintState::Resolved, input, by);
}

ComplaintResult ComplaintService::recordCallback(
    ComplaintId id, int satisfaction, const QString &note, std::optional<StaffId> by)
{
    TransitionInput input;
    input.satisfaction = satisfaction;
    input.note = note;
    return move(id, ComplaintState::CalledBack, input, by);
}

ComplaintResult ComplaintService::close(ComplaintId id, std::optional<StaffId> by, const QString &note)
{
    TransitionInput input;
    input.note = note;
    return move(id, ComplaintState::Closed, input, by);
}

ComplaintResult ComplaintService::linkCaller(ComplaintId id, CustomerId customer)
{
    const QDateTime now = m_clock.now();
    const ComplaintResult result = change(id, "complaint link",
        [&](ComplaintRepository &complaints, const Complaint &before, Complaint &after,
            ComplaintResult &linked) -> std::optional<QString> {
            if (before.customer)
                return tr("Complaint #%1 already belongs to a customer.").arg(id);
            const std::optional<Customer> found = CustomerRepository(m_db.connection()).find(customer);
            if (!found || found->erasedAt)
                return tr("This customer does not exist.");
            complaints.linkCustomer(id, customer, now);
            after = before;
            after.customer = customer;
            after.callerName.clear();
            after.callerPhone = PhoneNumber();
            after.updatedAt = now;
            // The step that plans the call-back has passed; the nightly catch-up would plan it tonight.
            if (after.state == ComplaintState::Resolved) {
                const ServiceRules rules = ServiceSettings(m_db).rules();
                linked.callbackTaskCreated = FollowUpRepository(m_db.connection())
                                                 .insertGenerated(callbackTaskFor(after, rules, now));
            }
            AuditTrail(m_db, m_clock).recordCallerLinked(m_db.auditActor(), id, customer);
            return std::nullopt;
        });
    if (result.complaint)
        spdlog::info("complaint {} linked to customer {}", id, customer);
    return result;
}

QString ComplaintService::callerPhoneShown(const Complaint &complaint) const
{
    return atelier::callerPhoneShown(complaint, Access::allows(m_db, Permission::SeeFullContact));
}

ReadResult<std::optional<Complaint>> ComplaintService::find(ComplaintId id)
{
    return tryRead<std::optional<Complaint>>(
        "complaint", [&] { return ComplaintRepository(m_db.connection()).find(id); });
}

ReadResult<QList<ComplaintEvent>> ComplaintService::events(ComplaintId id)
{
    return tryRead<QList<ComplaintEvent>>(
        "complaint events", [&] { return ComplaintRepository(m_db.connection()).events(id); });
}

ReadResult<QList<ComplaintRow>> ComplaintService::openByUrgency()
{
    ComplaintFilter filter;
    filter.openOnly = true;
    ReadResult<QList<ComplaintRow>> rows = list(filter);
    if (!rows.ok())
        return rows;
    const ServiceRules rules = ServiceSettings(m_db).rules();
    std::stable_sort(
        rows.value->begin(), rows.value->end(), [&rules](const ComplaintRow &a, const ComplaintRow &b) {
            return moreUrgent(a.complaint, b.complaint, rules);
        });
    return rows;
}

ReadResult<QList<ComplaintRow>> ComplaintService::list(const ComplaintFilter &filter)
{
    return tryRead<QList<ComplaintRow>>(
        "complaints", [&] { return ComplaintRepository(m_db.connection()).list(filter); });
}

ReadResult<QList<ComplaintRow>> ComplaintService::forCustomer(CustomerId customer)
{
    ComplaintFilter filter;
    filter.customer = customer;
    return list(filter);
}

ReadResult<QList<Complaint>> ComplaintService::resolvedAwaitingCallback()
{
    return tryRead<QList<Complaint>>("complaints awaiting call-back",
        [&] { return ComplaintRepository(m_db.connection()).resolvedAwaitingCallback(); });
}

} // namespace atelier
