#include "services/coupon_service.h"

namespace atelier {

CouponService::CouponService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

} // namespace atelier
