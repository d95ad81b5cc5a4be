#pragma once

#include <QString>

namespace atelier::testing {

// The customer card with its History section and her Full history… page (issue 23), at 1366×768, on
// the forecast shots' demo store: the customer with the most purchases.
void shootHistory(const QString &folder, const QString &suffix);

} // namespace atelier::testing
