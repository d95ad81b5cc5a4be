#pragma once

#include "core/complaint_query.h"
#include "core/read_result.h"

#include <QDate>
#include <QList>

#include <array>
#include <optional>

namespace atelier {

class Database;

// What the manager's complaint analysis shows for a period.
struct ComplaintFigures
{
    QDate from;
    QDate to;
    int complaints = 0;
    QList<ComplaintCount> byCategory; // key: category code
    QList<ComplaintCount> byStyle; // key: style number
    QList<ComplaintCount> byClerk; // key: staff id ("" for none), name: the staff member
    QList<ComplaintCount> byMonth; // key: "YYYY-MM"
    std::optional<double> medianMinutesToRespond; // acknowledgedAt − receivedAt, acknowledged ones
    std::optional<double> medianMinutesToClose; // closedAt − receivedAt, closed ones
    std::optional<double> averageSatisfaction;
    std::array<int, 5> satisfaction{}; // how many scored 1, 2, 3, 4, 5
    // The 12 months ending with the month of `to`, oldest first, months without complaints as 0.
    QList<ComplaintCount> trend;
};

// The manager's complaint analysis: counts by category, product, clerk (the responsible person,
// else whoever took the complaint) and month, medians of the time to respond and to close, the
// satisfaction scores from the call-backs, and a 12-month trend. A failed read says why (and logs the
// detail) rather than giving a period without complaints.
class ComplaintAnalysis
{
public:
    explicit ComplaintAnalysis(Database &db);

    ReadResult<ComplaintFigures> run(const QDate &from, const QDate &to);

    // The middle value (the mean of the two middle ones for an even count); none for no values.
    static std::optional<double> median(QList<double> values);

private:
    Database &m_db;
};

} // namespace atelier
