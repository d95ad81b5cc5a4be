#include "core/campaign_effect.h"

namespace atelier {

} // namespace atelier
