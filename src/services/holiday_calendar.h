#pragma once

#include <QCoreApplication>

namespace atelier {

class Clock;
class Database;

// The holiday calendar (issue 22): the dates greetings are planned for, as data the manager edits.
// Stub: being written.
class HolidayCalendar
{
    Q_DECLARE_TR_FUNCTIONS(HolidayCalendar)
public:
    HolidayCalendar(Database &db, const Clock &clock);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
