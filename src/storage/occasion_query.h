#pragma once

#include "core/occasion_plan.h"

#include <QSqlDatabase>

namespace atelier {

// Reads the holidays and life-event anniversaries the nightly run plans from. Stub: being written.
class OccasionQuery
{
public:
    static OccasionFacts read(const QSqlDatabase &db, const QDate &asOf, const ServiceRules &rules);
};

} // namespace atelier
