#include "storage/benefit_repository.h"

namespace atelier {
} // namespace atelier
