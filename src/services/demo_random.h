#pragma once

#include <QList>

#include <cstdint>
#include <random>

namespace atelier {

// The demo generator's source of chance. std::mt19937_64's raw output is fixed by the standard,
// but std:: distributions are not (libstdc++, libc++ and MSVC give different numbers), so every
// pick here is computed from the raw 64-bit words: the same seed gives the same store everywhere.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed)
        : m_engine(seed)
    {
    }

    std::uint64_t next() { return m_engine(); }

    // Uniform in [low, high], both included; rejection sampling keeps it exactly uniform.
    std::int64_t between(std::int64_t low, std::int64_t high)
    {
        const std::uint64_t span = static_cast<std::uint64_t>(high - low) + 1;
        if (span == 0)
            return static_cast<std::int64_t>(next());
        const std::uint64_t limit = UINT64_MAX - UINT64_MAX % span;
        std::uint64_t value = next();
        while (value >= limit)
            value = next();
        return low + static_cast<std::int64_t>(value % span);
    }
    int between(int low, int high)
    {
        return static_cast<int>(between(static_cast<std::int64_t>(low), static_cast<std::int64_t>(high)));
    }

    // True with probability perMille / 1000.
    bool chance(int perMille) { return between(0, 999) < perMille; }

    // An index into `weights`, each chosen in proportion to its weight.
    int weighted(const int *weights, int count)
    {
        std::int64_t total = 0;
        for (int i = 0; i < count; ++i)
            total += weights[i];
        std::int64_t roll = between(std::int64_t{0}, total - 1);
        for (int i = 0; i < count; ++i) {
            roll -= weights[i];
            if (roll < 0)
                return i;
        }
        return count - 1;
    }
    int weighted(const QList<int> &weights)
    {
        return weighted(weights.constData(), static_cast<int>(weights.size()));
    }

    template <typename T> const T &pick(const QList<T> &items)
    {
        return items.at(between(0, static_cast<int>(items.size()) - 1));
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace atelier
