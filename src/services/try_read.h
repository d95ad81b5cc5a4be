#pragma once

#include "core/read_result.h"
#include "storage/storage_error.h"

#include <spdlog/spdlog.h>

namespace atelier {

// What a person is told about a read that failed (StorageError::userMessage speaks of saving).
QString readFailureText(const StorageError &error);

// Runs a read for a service: its value, or, when storage throws, the reason in words for the window
// and the detail in the log. Never an exception into a slot or an item model, and never an empty
// list that looks like a real one.
template <typename T, typename Read> ReadResult<T> tryRead(const char *what, Read &&read)
{
    try {
        return ReadResult<T>{read(), {}};
    } catch (const StorageError &error) {
        spdlog::error("{} could not be read: {}", what, error.detail().toStdString());
        return ReadResult<T>{std::nullopt, readFailureText(error)};
    }
}

} // namespace atelier
