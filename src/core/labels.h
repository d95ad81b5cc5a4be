#pragma once

#include "core/complaint.h"
#include "core/customer.h"
#include "core/follow_up.h"
#include "core/loyalty.h"
#include "core/nightly_run.h"
#include "core/points.h"

#include <QCoreApplication>
#include <QString>

namespace atelier {

// The words people see for the archive's the loyalty engine's and the service desk's coded values, in the UI
// language.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    static QString of(Gender value);
    static QString of(BodyType value);
    static QString of(SourceChannel value);
    static QString of(ContactChannel value);
    static QString of(PromotionReceptiveness value);
    static QString of(Tag::Category value);
    static QString of(LifeEvent::Kind value);
    static QString of(Tier value); // Tier::None: "Member"
    static QString of(StoreSegment value); // StoreSegment::None: "No purchase yet"
    static QString of(NamedSegment value); // NamedSegment::None: "No purchase yet"
    static QString of(PointsMovement::Kind value); // "earned", "redeemed"…: a ledger row in a list
    static QString of(NightlyRun::StartedBy value);
    static QString of(NightlyRun::Result value);
    static QString of(ComplaintChannel value);
    static QString of(ComplaintCategory value);
    static QString of(ComplaintSeverity value);
    static QString of(ComplaintState value);
    static QString of(Resolution value); // Resolution::None: empty
    static QString of(TaskChannel value);
    static QString of(TaskPurpose value);
    static QString of(TaskStatus value);
    static QString of(TaskOutcome value); // TaskOutcome::None: empty
};

} // namespace atelier
