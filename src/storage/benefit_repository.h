#pragma once

namespace atelier {
} // namespace atelier
