#include "core/holiday.h"

namespace atelier {
} // namespace atelier
