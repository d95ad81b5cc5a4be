#include "services/demo_calendar.h"

namespace atelier {

namespace {

bool between(const QDate &date, int fromMonth, int fromDay, int toMonth, int toDay)
{
    const int key = date.month() * 100 + date.day();
    return key >= fromMonth * 100 + fromDay && key <= toMonth * 100 + toDay;
}

} // namespace

QDate DemoCalendar::springFestival(int year)
{
    static const QList<QDate> dates{QDate(2018, 2, 16), QDate(2019, 2, 5), QDate(2020, 1, 25),
        QDate(2021, 2, 12), QDate(2022, 2, 1), QDate(2023, 1, 22), QDate(2024, 2, 10), QDate(2025, 1, 29),
        QDate(2026, 2, 17), QDate(2027, 2, 6), QDate(2028, 1, 26), QDate(2029, 2, 13), QDate(2030, 2, 3),
        QDate(2031, 1, 23), QDate(2032, 2, 11)};
    for (const QDate &date : dates) {
        if (date.year() == year)
            return date;
    }
    return QDate(year, 2, 1);
}

DemoCalendar::DemoCalendar(const QDate &firstDay, const QDate &lastDay)
    : m_tableStart(firstDay.addDays(-10))
{
    for (QDate day = m_tableStart; day <= lastDay.addDays(10); day = day.addDays(1))
        m_weights << dayWeight(day);
}

int DemoCalendar::dayWeight(const QDate &date)
{
    const QDate festival = springFestival(date.year());
    const qint64 toFestival = date.daysTo(festival);
    if (toFestival <= 0 && toFestival > -7)
        return 2; // the holiday week: most people are at home with family
    int weight = 10;
    if (date.dayOfWeek() >= 6)
        weight += 6;
    if (toFestival > 0 && toFestival <= 21)
        weight += 12; // new clothes for the new year
    if (between(date, 3, 10, 4, 30) || between(date, 9, 5, 10, 31))
        weight += 6; // new season arrivals
    if (between(date, 6, 1, 6, 18))
        weight += 6 + date.day(); // 618, rising to the 18th
    if (between(date, 11, 1, 11, 11))
        weight += 10 + 2 * date.day(); // Double 11
    return weight;
}

QDate DemoCalendar::shiftTowardsBusyDays(const QDate &date, DemoRandom &random) const
{
    int weights[21];
    const qint64 first = m_tableStart.daysTo(date) - 10;
    for (int k = 0; k < 21; ++k) {
        const qint64 index = first + k;
        weights[k]
            = index >= 0 && index < m_weights.size() ? m_weights.at(index) : dayWeight(date.addDays(k - 10));
    }
    return date.addDays(random.weighted(weights, 21) - 10);
}

QTime DemoCalendar::timeOfDay(DemoRandom &random)
{
    const int hour = 10 + random.weighted({3, 5, 6, 7, 8, 9, 9, 8, 8, 9, 7, 3});
    const int minute = random.between(0, hour == 21 ? 29 : 59);
    return QTime(hour, minute, random.between(0, 59));
}

int DemoCalendar::pricePercent(const QDate &date, DemoRandom &random)
{
    if (between(date, 6, 1, 6, 18) || between(date, 11, 1, 11, 11)) {
        if (random.chance(800))
            return random.pick(QList<int>{70, 75, 80, 85});
    } else if (date.month() == 1 || date.month() == 7 || date.month() == 8) {
        if (random.chance(500))
            return random.pick(QList<int>{50, 60, 70});
    }
    const int roll = random.between(0, 99);
    return roll < 75 ? 100 : roll < 90 ? 95 : 90;
}

} // namespace atelier
