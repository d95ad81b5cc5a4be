#include "storage/campaign_repository.h"

namespace atelier {

} // namespace atelier
