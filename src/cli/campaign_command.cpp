#include "commands.h"

namespace atelier {

} // namespace atelier
