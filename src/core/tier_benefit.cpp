#include "core/tier_benefit.h"

namespace atelier {
} // namespace atelier
