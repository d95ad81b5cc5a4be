#pragma once

#include "core/occasion_plan.h"

#include <QSqlDatabase>

namespace atelier {

// Reads the holidays and life-event anniversaries the nightly run plans from: the greeted holidays
// in the holiday window, and the life events whose month and day fall in the life-event window.
// Two queries in all, however many customers the store has.
class OccasionQuery
{
public:
    static OccasionFacts read(const QSqlDatabase &db, const QDate &asOf, const ServiceRules &rules);
};

} // namespace atelier
