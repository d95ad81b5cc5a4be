#pragma once

#include <QString>

namespace atelier {

// Sends spdlog to a rotating file in the data folder (atelier.log, 5 × 2 MB) and to stderr for
// warnings. Log lines carry events, ids and timings, never phone numbers or addresses.
void setUpLogging(const QString &folder, const QString &fileName = QStringLiteral("atelier.log"));

} // namespace atelier
