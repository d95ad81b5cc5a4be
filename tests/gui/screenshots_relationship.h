#pragma once

#include <QString>

namespace atelier::testing {

// Issue 24 on the forecast shots' demo store, as its manager: the Satisfaction, Staff (targets and
// quality) and Archive contest tabs of Reports with the Targets dialog, the archive list's "Recorded
// without consent" filter, a spot check, printing member cards, and the archive editor's reasons for a
// birthday and address typed for a customer without consent.
void shootRelationship(const QString &folder, const QString &suffix);

} // namespace atelier::testing
