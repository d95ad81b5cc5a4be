#include "services/coupon_service.h"

namespace atelier {

} // namespace atelier
