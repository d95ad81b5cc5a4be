#pragma once

#include "core/complaint.h"
#include "core/money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace atelier {

// One step a complaint took, as kept in complaint_events: the history on the complaints page.
struct ComplaintEvent
{
    qint64 id = 0;
    ComplaintId complaint = 0;
    QDateTime at;
    std::optional<ComplaintState> from; // none: the intake
    ComplaintState to = ComplaintState::Received;
    std::optional<StaffId> by;
    QString note;
};

// What a person gives with a step: only the fields that step needs are looked at.
struct TransitionInput
{
    std::optional<StaffId> responsible; // acknowledge
    QDateTime deadline; // acknowledge
    Resolution resolution = Resolution::None; // offer a resolution
    Money resolutionValue; // offer a resolution
    std::optional<int> satisfaction; // call-back, 1–5
    QString note;
};

// The complaint workflow's rulebook: which state may follow which, and what each step needs.
//   received → acknowledged → investigating ⇄ resolution offered → resolved → called back → closed
// with acknowledged → resolution offered for simple cases. Everything else is refused, so that
// no complaint is closed without its call-back and satisfaction score.
class ComplaintWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintWorkflow)
public:
    static constexpr int maxNoteLength = 2000;

    static QList<ComplaintState> allowedNext(ComplaintState state);
    static bool isAllowed(ComplaintState from, ComplaintState to);
    static bool isOpen(ComplaintState state) { return state != ComplaintState::Closed; }

    // Why the move of `complaint` to `to` with `input` at `now` is refused, or nullopt when it may
    // go ahead. Whether the responsible person is active staff is the caller's check (it needs the
    // staff list).
    static std::optional<QString> checkTransition(
        const Complaint &complaint, ComplaintState to, const TransitionInput &input, const QDateTime &now);
    // The complaint after the move (call checkTransition first).
    static Complaint apply(
        const Complaint &complaint, ComplaintState to, const TransitionInput &input, const QDateTime &now);
};

} // namespace atelier
