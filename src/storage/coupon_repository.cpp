#include "storage/coupon_repository.h"

namespace atelier {

} // namespace atelier
