#include "services/benefit_service.h"

namespace atelier {

BenefitService::BenefitService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

int BenefitService::issueNightlyCoupons(Database &, const Clock &, const QDate &, qint64)
{
    return 0;
}

} // namespace atelier
