#include "core/campaign.h"

namespace atelier {

} // namespace atelier
