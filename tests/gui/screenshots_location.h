#pragma once

#include <QString>

namespace atelier::testing {

// Issue 25's windows: the first start's "where is this store's data?" with a server typed, Settings →
// Database with a server kept for the next start, the start's "server cannot be reached", the customer
// editor refusing a save over another counter's (and after Reload), and the sale dialog after its
// connection was lost. The Backups tab of a store on a server needs a real one: given as the location
// of an empty database (or an earlier run's) in ATELIER_SCREENSHOT_SERVER, skipped with a word when none.
void shootLocation(const QString &folder, const QString &suffix);

} // namespace atelier::testing
