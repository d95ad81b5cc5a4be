#include "core/points.h"

#include <array>
#include <utility>

namespace atelier {

namespace {

using Kind = PointsMovement::Kind;

constexpr std::array<std::pair<Kind, const char *>, 5> kindCodes{{
    {Kind::Earn, "earn"},
    {Kind::Reverse, "reverse"},
    {Kind::Redeem, "redeem"},
    {Kind::Adjust, "adjust"},
    {Kind::Expire, "expire"},
}};

} // namespace

QString toCode(PointsMovement::Kind kind)
{
    for (const auto &[candidate, code] : kindCodes)
        if (candidate == kind)
            return QString::fromLatin1(code);
    return QString();
}

std::optional<PointsMovement::Kind> pointsKindFromCode(const QString &code)
{
    for (const auto &[kind, candidate] : kindCodes)
        if (code == QLatin1String(candidate))
            return kind;
    return std::nullopt;
}

} // namespace atelier
