#include "storage/occasion_query.h"

#include "core/stored_time.h"
#include "storage/holiday_repository.h"
#include "storage/sql.h"

#include <QStringList>

namespace atelier {

namespace {

// The month-days ("MM-DD") of the window (asOf, asOf + days]: an anniversary falls in it when the
// event's month and day is one of them. 28 February of a common year stands for 29 February too.
QStringList monthDaysOf(const QDate &asOf, int days)
{
    QStringList monthDays;
    for (int ahead = 1; ahead <= days && monthDays.size() < 366; ++ahead) {
        const QDate day = asOf.addDays(ahead);
        monthDays << day.toString(QStringLiteral("MM-dd"));
        if (day.month() == 2 && day.day() == 28 && !QDate::isLeapYear(day.year()))
            monthDays << QStringLiteral("02-29");
    }
    monthDays.removeDuplicates();
    return monthDays;
}

std::vector<LifeEventFact> lifeEventsIn(const QSqlDatabase &db, const QDate &asOf, int days)
{
    const QStringList monthDays = monthDaysOf(asOf, days);
    std::vector<LifeEventFact> events;
    if (monthDays.isEmpty())
        return events;
    QStringList placeholders;
    QVariantList values{toStoredText(asOf)};
    for (const QString &monthDay : monthDays) {
        placeholders << QStringLiteral("?");
        values << monthDay;
    }
    // The placeholders are counted, never typed: nothing a user wrote reaches the statement.
    QSqlQuery query = sql::run(db,
        QStringLiteral("SELECT id, customer_id, kind, event_date FROM life_events "
                       "WHERE event_date < ? AND substr(event_date, 6, 5) IN (%1) ORDER BY customer_id, id")
            .arg(placeholders.join(QStringLiteral(", "))),
        values);
    while (query.next()) {
        LifeEventFact event;
        event.event = query.value(0).toLongLong();
        event.customer = query.value(1).toLongLong();
        event.kind = lifeEventKindFromCode(query.value(2).toString());
        event.day = dateFromStoredText(query.value(3).toString());
        events.push_back(event);
    }
    return events;
}

} // namespace

OccasionFacts OccasionQuery::read(const QSqlDatabase &db, const QDate &asOf, const ServiceRules &rules)
{
    OccasionFacts facts;
    if (rules.holidayLeadDays > 0) {
        const QList<Holiday> holidays
            = HolidayRepository(db).greetedBetween(asOf.addDays(1), asOf.addDays(rules.holidayLeadDays));
        facts.holidays.assign(holidays.begin(), holidays.end());
    }
    facts.lifeEvents = lifeEventsIn(db, asOf, rules.lifeEventLeadDays);
    return facts;
}

} // namespace atelier
