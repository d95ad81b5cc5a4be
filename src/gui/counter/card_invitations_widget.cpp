#include "gui/counter/card_invitations_widget.h"

namespace atelier {
} // namespace atelier
