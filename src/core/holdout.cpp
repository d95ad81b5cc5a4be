#include "core/holdout.h"

namespace atelier {

} // namespace atelier
