#include "storage/holiday_repository.h"

namespace atelier {
} // namespace atelier
