#include "storage/campaign_effect_query.h"

namespace atelier {

} // namespace atelier
