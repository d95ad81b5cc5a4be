#include "services/campaign_service.h"

namespace atelier {

CampaignService::CampaignService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

} // namespace atelier
