#include "core/holdout.h"

#include <catch2/catch.hpp>

#include <QSet>

#include <algorithm>
#include <random>

using namespace atelier;

namespace {

QList<CustomerId> audienceOf(int size, CustomerId first = 1)
{
    QList<CustomerId> ids;
    for (int i = 0; i < size; ++i)
        ids << first + i;
    return ids;
}

} // namespace

TEST_CASE("The holdout is fixed by its seed")
{
    const QList<CustomerId> audience = audienceOf(1000);
    const HoldoutSplit first = Holdout::split(audience, 42, 10);
    const HoldoutSplit again = Holdout::split(audience, 42, 10);
    CHECK(first.holdout == again.holdout);
    CHECK(first.invited == again.invited);
    CHECK(Holdout::split(audience, 43, 10).holdout != first.holdout);
}

TEST_CASE("The holdout depends on the audience's ids only, not on their order")
{
    QList<CustomerId> audience = audienceOf(500, 1000);
    const HoldoutSplit sorted = Holdout::split(audience, 7, 20);
    std::mt19937_64 shuffle(99);
    std::shuffle(audience.begin(), audience.end(), shuffle);
    const HoldoutSplit shuffled = Holdout::split(audience, 7, 20);
    CHECK(shuffled.holdout == sorted.holdout);
    CHECK(shuffled.invited == sorted.invited);
}

TEST_CASE("The holdout and the invited group are disjoint and make up the audience")
{
    const QList<CustomerId> audience = audienceOf(2000);
    const HoldoutSplit split = Holdout::split(audience, 2026, 10);
    const QSet<CustomerId> holdout(split.holdout.begin(), split.holdout.end());
    const QSet<CustomerId> invited(split.invited.begin(), split.invited.end());
    CHECK(!holdout.intersects(invited));
    CHECK(holdout.size() + invited.size() == audience.size());
    CHECK(std::is_sorted(split.holdout.begin(), split.holdout.end()));
    CHECK(std::is_sorted(split.invited.begin(), split.invited.end()));
}

TEST_CASE("The holdout's share is within two points of the asked share on 10 000 customers")
{
    const QList<CustomerId> audience = audienceOf(10000);
    for (const int percent : {1, 5, 10, 25, 50, 99}) {
        const HoldoutSplit split = Holdout::split(audience, 123456789, percent);
        const double share = 100.0 * double(split.holdout.size()) / audience.size();
        CHECK(std::abs(share - percent) <= 2.0);
        // Random, not the lowest ids: the even ids take about the same share.
        const auto even = std::count_if(
            split.holdout.begin(), split.holdout.end(), [](CustomerId id) { return id % 2 == 0; });
        CHECK(std::abs(100.0 * double(even) / 5000.0 - percent) <= 2.0);
    }
}

TEST_CASE("A holdout of 0 % invites everyone; sizes round half up")
{
    const HoldoutSplit split = Holdout::split(audienceOf(30), 1, 0);
    CHECK(split.holdout.isEmpty());
    CHECK(split.invited.size() == 30);
    CHECK(Holdout::holdoutSize(15, 10) == 2); // 1.5
    CHECK(Holdout::holdoutSize(14, 10) == 1); // 1.4
    CHECK(Holdout::holdoutSize(0, 10) == 0);
    CHECK(Holdout::holdoutSize(10, 99) == 10); // 9.9
    CHECK(Holdout::split({}, 1, 10).holdout.isEmpty());
}
