#include "services/campaign_service.h"

namespace atelier {

} // namespace atelier
