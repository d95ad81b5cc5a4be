#pragma once

#include <QString>

namespace atelier::testing {

// The manager's Campaigns page with two campaigns (the effect of a past one beside its holdout) and the
// New campaign dialog with its audience preview, on the forecasts' demo store (1 500 customers, a
// nightly run).
void shootCampaigns(const QString &folder, const QString &suffix);

} // namespace atelier::testing
