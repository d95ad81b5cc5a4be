#pragma once

#include "core/complaint_query.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace atelier {

// The times of one complaint, for medians worked out outside SQL.
struct ComplaintTiming
{
    QDateTime receivedAt;
    QDateTime acknowledgedAt; // invalid: not acknowledged yet
    QDateTime closedAt; // invalid: not closed yet
    std::optional<int> satisfaction;
};

// The manager's complaint analysis over complaints received from `from` to `to` (both included):
// counts by category, product, clerk and month in SQL, the rows behind the medians.
class ComplaintAnalysisQuery
{
public:
    explicit ComplaintAnalysisQuery(QSqlDatabase db);

    QList<ComplaintCount> byCategory(const QDate &from, const QDate &to);
    // Complaints naming no product are left out.
    QList<ComplaintCount> byStyle(const QDate &from, const QDate &to);
    // The clerk is the responsible person, else whoever took the complaint; "" when neither.
    QList<ComplaintCount> byClerk(const QDate &from, const QDate &to);
    // Months in order.
    QList<ComplaintCount> byMonth(const QDate &from, const QDate &to);
    QList<ComplaintTiming> timings(const QDate &from, const QDate &to);

private:
    QList<ComplaintCount> counts(const QString &statement, const QDate &from, const QDate &to);

    QSqlDatabase m_db;
};

} // namespace atelier
