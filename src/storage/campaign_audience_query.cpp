#include "storage/campaign_audience_query.h"

namespace atelier {

} // namespace atelier
