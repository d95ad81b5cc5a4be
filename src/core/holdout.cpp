#include "core/holdout.h"

#include <QRandomGenerator>

#include <algorithm>
#include <utility>
#include <vector>

namespace atelier {

namespace {

quint64 splitMix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

} // namespace

quint64 Holdout::rank(quint64 seed, CustomerId customer)
{
    // Mixing the seed first keeps (seed, id) and (seed + 1, id - 1) apart.
    return splitMix64(splitMix64(seed) ^ static_cast<quint64>(customer));
}

int Holdout::holdoutSize(int audience, int percent)
{
    const qint64 p = std::clamp(percent, 0, 99);
    return int((qint64(std::max(audience, 0)) * p + 50) / 100);
}

HoldoutSplit Holdout::split(const QList<CustomerId> &audience, quint64 seed, int percent)
{
    std::vector<std::pair<quint64, CustomerId>> ranked;
    ranked.reserve(audience.size());
    for (const CustomerId id : audience)
        ranked.emplace_back(rank(seed, id), id);
    // Ties of the mix (practically never) fall to the smaller id, so the order given does not matter.
    std::sort(ranked.begin(), ranked.end());
    ranked.erase(std::unique(ranked.begin(), ranked.end()), ranked.end());
    const auto cut
        = std::min<std::size_t>(std::size_t(holdoutSize(int(ranked.size()), percent)), ranked.size());
    HoldoutSplit result;
    result.holdout.reserve(qsizetype(cut));
    result.invited.reserve(qsizetype(ranked.size() - cut));
    for (std::size_t i = 0; i < ranked.size(); ++i)
        (i < cut ? result.holdout : result.invited) << ranked[i].second;
    std::sort(result.holdout.begin(), result.holdout.end());
    std::sort(result.invited.begin(), result.invited.end());
    return result;
}

quint64 Holdout::randomSeed()
{
    // Below 2^63: campaigns.seed is a signed 64-bit column.
    return QRandomGenerator::system()->generate64() >> 1;
}

} // namespace atelier
