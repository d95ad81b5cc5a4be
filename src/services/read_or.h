#pragma once

#include "storage/storage_error.h"

#include <spdlog/spdlog.h>

namespace atelier {

// Runs a read for a service and turns a StorageError into an empty result and a log line, so
// that no exception reaches a slot or an item model (Qt's event loop cannot carry one).
template <typename Result, typename Read> Result readOr(const char *what, Read &&read)
{
    try {
        return read();
    } catch (const StorageError &error) {
        spdlog::error("{} could not be read: {}", what, error.detail().toStdString());
        return Result{};
    }
}

} // namespace atelier
