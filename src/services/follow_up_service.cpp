#include "services/follow_up_service.h"

namespace atelier {

FollowUpService::FollowUpService(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
}

} // namespace atelier
