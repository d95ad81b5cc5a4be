#include "services/complaint_service.h"

namespace atelier {

ComplaintService::ComplaintService(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
}

} // namespace atelier
