#pragma once

#include "core/holiday.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace atelier {

// The holiday calendar (table holidays): one row per holiday and year.
class HolidayRepository
{
public:
    explicit HolidayRepository(QSqlDatabase db);

    // The holidays of one calendar year, by day and Chinese name.
    QList<Holiday> ofYear(int year);
    // Every holiday whose greetings are on (greet = 1) from `first` to `last` inclusive, by day.
    QList<Holiday> greetedBetween(const QDate &first, const QDate &last);
    std::optional<Holiday> find(HolidayId id);
    // The holiday with this Chinese name on this day (UNIQUE in the table), if any.
    std::optional<HolidayId> idOf(const QString &nameZh, const QDate &day);
    HolidayId insert(const Holiday &holiday);
    bool update(const Holiday &holiday); // false: no such row
    bool remove(HolidayId id); // false: no such row

private:
    QSqlDatabase m_db;
};

} // namespace atelier
