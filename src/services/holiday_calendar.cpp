#include "services/holiday_calendar.h"

namespace atelier {

HolidayCalendar::HolidayCalendar(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

} // namespace atelier
