#pragma once

#include "core/satisfaction.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace atelier {

// The satisfaction report's reads over satisfaction_scores, for days in [startDay, endDay) (YYYY-MM-DD,
// ReportPeriod::startKey/endKey), on the scored_on index.
class SatisfactionQuery
{
public:
    explicit SatisfactionQuery(QSqlDatabase db);

    // Month by month, oldest first; months without a score are left out.
    QList<SatisfactionMonth> byMonth(const QString &startDay, const QString &endDay);
    // Per clerk the score is about, by name; scores without a clerk last.
    QList<SatisfactionClerk> byClerk(const QString &startDay, const QString &endDay);

private:
    QSqlDatabase m_db;
};

} // namespace atelier
