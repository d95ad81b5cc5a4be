#include "gui/loyalty/benefits_editor.h"

namespace atelier {
} // namespace atelier
