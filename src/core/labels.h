#pragma once

#include "core/customer.h"
#include "core/loyalty.h"
#include "core/nightly_run.h"

#include <QCoreApplication>
#include <QString>

namespace atelier {

// The words people see for the archive's and the loyalty engine's coded values, in the UI language.
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
    static QString of(NightlyRun::StartedBy value);
    static QString of(NightlyRun::Result value);
};

} // namespace atelier
