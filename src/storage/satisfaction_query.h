#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace atelier {

// The scores of one group (a month, a clerk): how many, their sum and how many were 4 or 5.
struct SatisfactionFigures
{
    int scores = 0;
    qint64 sum = 0;
    int satisfied = 0; // scores of 4 or 5
    double average() const { return scores > 0 ? double(sum) / scores : 0.0; }
    // The share of 4 and 5 among the scores, 0..1 (docs/reports.md).
    double rate() const { return scores > 0 ? double(satisfied) / scores : 0.0; }
    bool operator==(const SatisfactionFigures &) const = default;
};

struct SatisfactionMonth
{
    QString month; // YYYY-MM
    SatisfactionFigures figures;
    bool operator==(const SatisfactionMonth &) const = default;
};

struct SatisfactionClerk
{
    std::optional<qint64> staff; // none: scores no clerk can be named for
    QString name; // the clerk's display name; empty for none
    SatisfactionFigures figures;
    bool operator==(const SatisfactionClerk &) const = default;
};

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
