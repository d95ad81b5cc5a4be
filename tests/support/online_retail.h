#pragma once

#include <QString>

namespace atelier::testing {

// The real online-retail file (../shared/data, 541 909 sale lines), decompressed into `folder` for
// the tests that import it; empty when the data or zcat is missing.
QString decompressedOnlineRetail(const QString &sharedDataFolder, const QString &folder);

} // namespace atelier::testing
