#include "core/complaint_workflow.h"

#include "core/labels.h"

namespace atelier {

QList<ComplaintState> ComplaintWorkflow::allowedNext(ComplaintState state)
{
    using S = ComplaintState;
    switch (state) {
    case S::Received:
        return {S::Acknowledged};
    case S::Acknowledged:
        return {S::Investigating, S::ResolutionOffered};
    case S::Investigating:
        return {S::ResolutionOffered};
    case S::ResolutionOffered:
        // Investigating again: the customer declined the offer.
        return {S::Resolved, S::Investigating};
    case S::Resolved:
        return {S::CalledBack};
    case S::CalledBack:
        return {S::Closed};
    case S::Closed:
        return {};
    }
    return {};
}

bool ComplaintWorkflow::isAllowed(ComplaintState from, ComplaintState to)
{
    return allowedNext(from).contains(to);
}

std::optional<QString> ComplaintWorkflow::checkTransition(
    const Complaint &complaint, ComplaintState to, const TransitionInput &input, const QDateTime &now)
{
    if (!isAllowed(complaint.state, to)) {
        if (complaint.state == ComplaintState::Closed)
            return tr("This complaint is closed; it cannot change any more.");
        if (to == ComplaintState::Closed)
            return tr(
                "A complaint is closed only after the call-back with the customer's satisfaction score.");
        return tr("A complaint that is \"%1\" cannot move to \"%2\".")
            .arg(Labels::of(complaint.state), Labels::of(to));
    }
    if (input.note.size() > maxNoteLength)
        return tr("The note is too long (at most %1 characters).").arg(maxNoteLength);
    switch (to) {
    case ComplaintState::Acknowledged:
        if (!input.responsible)
            return tr("Choose who is responsible for this complaint.");
        if (!input.deadline.isValid())
            return tr("Set a deadline for resolving this complaint.");
        if (input.deadline <= now)
            return tr("The deadline is in the past; choose a time still to come.");
        break;
    case ComplaintState::ResolutionOffered:
        if (input.resolution == Resolution::None)
            return tr("Choose the resolution offered to the customer.");
        if (input.resolutionValue.fen() < 0)
            return tr("The value of the resolution cannot be negative.");
        break;
    case ComplaintState::Resolved:
        if (complaint.resolution == Resolution::None)
            return tr("Offer a resolution before marking the complaint resolved.");
        break;
    case ComplaintState::CalledBack:
        if (!input.satisfaction)
            return tr("Record the customer's satisfaction score (1 to 5) from the call-back.");
        if (*input.satisfaction < 1 || *input.satisfaction > 5)
            return tr("The satisfaction score must be from 1 to 5, not %1.").arg(*input.satisfaction);
        break;
    case ComplaintState::Closed:
        if (!complaint.calledBackAt.isValid() || !complaint.satisfaction)
            return tr(
                "A complaint is closed only after the call-back with the customer's satisfaction score.");
        break;
    case ComplaintState::Received:
    case ComplaintState::Investigating:
        break;
    }
    return std::nullopt;
}

Complaint ComplaintWorkflow::apply(
    const Complaint &complaint, ComplaintState to, const TransitionInput &input, const QDateTime &now)
{
    Complaint c = complaint;
    c.state = to;
    c.updatedAt = now;
    switch (to) {
    case ComplaintState::Acknowledged:
        c.responsible = input.responsible;
        c.deadline = input.deadline;
        c.acknowledgedAt = now;
        break;
    case ComplaintState::ResolutionOffered:
        c.resolution = input.resolution;
        c.resolutionValue = input.resolutionValue;
        c.resolutionNote = input.note.trimmed();
        break;
    case ComplaintState::Resolved:
        c.resolvedAt = now;
        break;
    case ComplaintState::CalledBack:
        c.satisfaction = input.satisfaction;
        c.calledBackAt = now;
        c.callbackNote = input.note.trimmed();
        break;
    case ComplaintState::Closed:
        c.closedAt = now;
        break;
    case ComplaintState::Received:
    case ComplaintState::Investigating:
        break;
    }
    return c;
}

} // namespace atelier
