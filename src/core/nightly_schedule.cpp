#include "core/nightly_schedule.h"

namespace atelier {

QDate NightlySchedule::dueAsOf(const QDateTime &now) const
{
    const QDate lastRunDay = now.time().hour() >= m_hour ? now.date() : now.date().addDays(-1);
    return lastRunDay.addDays(-1);
}

QDateTime NightlySchedule::nextRunAt(const QDateTime &now) const
{
    QDateTime next = now; // same time zone or offset as now
    next.setTime(QTime(m_hour, 0));
    if (next <= now)
        next = next.addDays(1);
    return next;
}

bool NightlySchedule::missedNight(const QDate &lastSuccessfulAsOf, const QDateTime &now) const
{
    return !lastSuccessfulAsOf.isValid() || lastSuccessfulAsOf < dueAsOf(now);
}

} // namespace atelier
