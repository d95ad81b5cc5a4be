#pragma once

#include "core/customer.h"

#include <QCoreApplication>
#include <QString>

namespace atelier {

// The words people see for the archive's coded values, in the UI language.
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
};

} // namespace atelier
