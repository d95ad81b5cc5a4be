#pragma once

#include <QString>

namespace atelier::testing {

// The manager's Campaigns page with two campaigns (the effect of a past one beside its holdout) and the
// New campaign dialog with its audience preview, on a demo store of 1 500 customers with a nightly run
// (made on the first call and kept for the next language).
void shootCampaigns(const QString &folder, const QString &suffix);

} // namespace atelier::testing
