#pragma once

#include "core/read_result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace atelier {

// The sentences a window shows in place of something it could not read (the service has logged why
// and gives the reason in words): one wording for every page and dialog.
class CouldNotRead
{
    Q_DECLARE_TR_FUNCTIONS(CouldNotRead)
public:
    static QString customer(const QString &reason)
    {
        return tr("The customer could not be read: %1").arg(reason);
    }
};

// Nothing chosen (a walk-in sale, a caller not in the archive, no row selected) is a read that
// found nothing, not a failed one: the value is set, and empty.
template <typename T> ReadResult<std::optional<T>> nothingChosen()
{
    ReadResult<std::optional<T>> result;
    result.value.emplace(std::nullopt);
    return result;
}

} // namespace atelier
