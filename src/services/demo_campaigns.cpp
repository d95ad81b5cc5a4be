#include "services/demo_campaigns.h"

namespace atelier {

} // namespace atelier
