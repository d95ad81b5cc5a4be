#include "core/coupon.h"

namespace atelier {

} // namespace atelier
