#pragma once

#include <QString>

namespace atelier::testing {

// The counter's Lost sale dialog for the customer on the card, and the Lost sales tab of Reports for
// the last twelve months with its Mark arrived question (issue 23), on the forecast shots' demo store.
void shootLostSales(const QString &folder, const QString &suffix);

} // namespace atelier::testing
