#include "core/loyalty.h"

#include <array>
#include <utility>

namespace atelier {

namespace {

template <typename Enum, std::size_t N>
QString codeOf(const std::array<std::pair<Enum, const char *>, N> &codes, Enum value)
{
    for (const auto &[candidate, code] : codes)
        if (candidate == value)
            return QString::fromLatin1(code);
    return QString();
}

template <typename Enum, std::size_t N>
Enum valueOf(const std::array<std::pair<Enum, const char *>, N> &codes, const QString &code, Enum fallback)
{
    for (const auto &[value, candidate] : codes)
        if (code == QLatin1String(candidate))
            return value;
    return fallback;
}

constexpr std::array<std::pair<Tier, const char *>, 3> tierCodes{{
    {Tier::Silver, "silver"},
    {Tier::Gold, "gold"},
    {Tier::Black, "black"},
}};

// In the order the store reads them: recent and valuable first, the long quiet last.
constexpr std::array<std::pair<StoreSegment, const char *>, 7> segmentCodes{{
    {StoreSegment::Vip, "vip"},
    {StoreSegment::Active, "active"},
    {StoreSegment::Potential, "potential"},
    {StoreSegment::Occasional, "occasional"},
    {StoreSegment::Lapsing, "lapsing"},
    {StoreSegment::Dormant, "dormant"},
    {StoreSegment::LapsedRegular, "lapsed_regular"},
}};

constexpr std::array<std::pair<NamedSegment, const char *>, 11> namedCodes{{
    {NamedSegment::Champions, "champions"},
    {NamedSegment::Loyal, "loyal"},
    {NamedSegment::PotentialLoyalist, "potential_loyalist"},
    {NamedSegment::New, "new"},
    {NamedSegment::Promising, "promising"},
    {NamedSegment::NeedAttention, "need_attention"},
    {NamedSegment::AboutToSleep, "about_to_sleep"},
    {NamedSegment::AtRisk, "at_risk"},
    {NamedSegment::CantLoseThem, "cant_lose_them"},
    {NamedSegment::Hibernating, "hibernating"},
    {NamedSegment::Lost, "lost"},
}};

} // namespace

QString toCode(Tier value)
{
    return codeOf(tierCodes, value);
}

QString toCode(StoreSegment value)
{
    return codeOf(segmentCodes, value);
}

QString toCode(NamedSegment value)
{
    return codeOf(namedCodes, value);
}

Tier tierFromCode(const QString &code)
{
    return valueOf(tierCodes, code, Tier::None);
}

StoreSegment segmentFromCode(const QString &code)
{
    return valueOf(segmentCodes, code, StoreSegment::None);
}

QList<StoreSegment> allStoreSegments()
{
    QList<StoreSegment> all;
    for (const auto &[segment, code] : segmentCodes)
        all << segment;
    return all;
}

QStringList storeSegmentCodes()
{
    QStringList codes;
    for (const auto &[segment, code] : segmentCodes)
        codes << QString::fromLatin1(code);
    return codes;
}

QStringList namedSegmentCodes()
{
    QStringList codes;
    for (const auto &[segment, code] : namedCodes)
        codes << QString::fromLatin1(code);
    return codes;
}

NamedSegment namedSegmentFromCode(const QString &code)
{
    return valueOf(namedCodes, code, NamedSegment::None);
}

} // namespace atelier
