#pragma once

#include "services/demo_random.h"

#include <QDate>
#include <QList>
#include <QTime>

namespace atelier {

// The retail calendar of a Chinese clothing store, for the demo data: which days are busy (new
// season in spring and autumn, 618, Double 11, the weeks before Spring Festival, weekends), when in
// the day people shop, and what discount a day brings.
class DemoCalendar
{
public:
    // The first day of the lunar new year (a table; 1 February outside it).
    static QDate springFestival(int year);
    // Relative busyness of a day; 10 is an ordinary weekday.
    static int dayWeight(const QDate &date);
    // The day weights of [firstDay - 10, lastDay + 10] are computed once: shifting a visit looks at
    // 21 days, and a 100 000-customer store has half a million visits.
    DemoCalendar(const QDate &firstDay, const QDate &lastDay);
    // `date` moved by up to ±10 days towards busy days.
    QDate shiftTowardsBusyDays(const QDate &date, DemoRandom &random) const;
    // A time within opening hours (10:00–21:30), afternoons and evenings busiest.
    static QTime timeOfDay(DemoRandom &random);
    // Percent of the list price paid on `date`: 100 most days, 70–85 in the big promotions,
    // 50–70 at the end of a season.
    static int pricePercent(const QDate &date, DemoRandom &random);

private:
    QDate m_tableStart;
    QList<int> m_weights;
};

} // namespace atelier
