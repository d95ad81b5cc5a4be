#pragma once

#include <QDate>
#include <QDateTime>

namespace atelier {

// When the nightly job runs and which day it covers. A run always covers whole days: the run at the
// configured hour on day C is "as of C - 1", so sales made after closing time still count for the
// day they were made on, whatever hour the manager picks.
class NightlySchedule
{
public:
    explicit NightlySchedule(int hour)
        : m_hour(hour)
    {
    }

    // The as-of date of the latest run that should have happened by `now`.
    QDate dueAsOf(const QDateTime &now) const;
    // When the timer should fire next (strictly after `now`).
    QDateTime nextRunAt(const QDateTime &now) const;
    // At start: a night was missed when no run succeeded for the due date (or a later one).
    bool missedNight(const QDate &lastSuccessfulAsOf, const QDateTime &now) const;

private:
    int m_hour;
};

} // namespace atelier
