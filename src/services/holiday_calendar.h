#pragma once

#include "core/holiday.h"
#include "core/read_result.h"
#include "core/write_result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace atelier {

class Clock;
class Database;

struct HolidaySaveResult
{
    std::optional<HolidayId> id; // set when saved
    QString field; // what the refusal is about: "day", "name_zh", "name_en" (empty: permission, storage)
    QString message; // why nothing was saved, naming the field
    bool ok() const { return id.has_value(); }
};

// The holiday calendar (issue 22): the dates greetings are planned for, as data the manager edits
// (Settings → Holidays). Changes need the manager's permission, are one transaction each and are
// written to the audit trail with their before and after.
class HolidayCalendar
{
    Q_DECLARE_TR_FUNCTIONS(HolidayCalendar)
public:
    HolidayCalendar(Database &db, const Clock &clock);

    // The holidays of one calendar year, by day.
    ReadResult<QList<Holiday>> ofYear(int year);
    // The year the page opens on: this year.
    int currentYear() const;

    // Inserts when id == 0, updates otherwise. Refuses a holiday with no real day, with no name in
    // either language, or with the Chinese name of another holiday on the same day.
    HolidaySaveResult save(const Holiday &holiday);
    // The same with the day as typed or imported ("2027-02-30" is refused naming the date).
    HolidaySaveResult save(Holiday holiday, const QString &dayText);
    WriteResult remove(HolidayId id);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
