#include "gui/settings/holidays_page.h"

namespace atelier {
} // namespace atelier
