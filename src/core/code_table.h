#pragma once

#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace atelier {

// A table of an enum's stable text codes (as stored in the database and written to CSV), and the
// two lookups over it. Unknown codes give nothing: the caller decides what a bad code means.
template <typename Enum, std::size_t N> using CodeTable = std::array<std::pair<Enum, const char *>, N>;

template <typename Enum, std::size_t N> QString codeIn(const CodeTable<Enum, N> &table, Enum value)
{
    for (const auto &[candidate, code] : table)
        if (candidate == value)
            return QString::fromLatin1(code);
    return QString();
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueIn(const CodeTable<Enum, N> &table, const QString &code)
{
    for (const auto &[value, candidate] : table)
        if (code == QLatin1String(candidate))
            return value;
    return std::nullopt;
}

} // namespace atelier
