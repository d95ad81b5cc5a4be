#pragma once

#include <QString>

#include <optional>

namespace atelier {

// A read across the service boundary: the value, or a sentence for people saying why there is none.
// A read that fails is never an empty answer, so a list can say that it could not read instead of
// showing nothing; the service has logged the technical detail.
template <typename T> struct ReadResult
{
    std::optional<T> value; // set when the read worked
    QString error; // set when it did not
    bool ok() const { return value.has_value(); }
};

} // namespace atelier
