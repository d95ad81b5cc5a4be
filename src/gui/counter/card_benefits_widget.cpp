#include "gui/counter/card_benefits_widget.h"

namespace atelier {
} // namespace atelier
