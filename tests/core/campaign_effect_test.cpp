#include "core/campaign_effect.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <random>
#include <vector>

using namespace atelier;

namespace {

GroupFigures conversions(int buyers, int customers)
{
    GroupFigures group;
    group.customers = customers;
    group.buyers = buyers;
    return group;
}

GroupFigures revenues(const std::vector<std::int64_t> &perCustomer)
{
    GroupFigures group;
    group.customers = int(perCustomer.size());
    std::int64_t total = 0;
    for (const std::int64_t fen : perCustomer) {
        total += fen;
        group.revenueSquares += double(fen) * double(fen);
        if (fen > 0)
            ++group.buyers;
    }
    group.revenue = Money::fromFen(total);
    return group;
}

// Uniform on [0, 1) from mt19937_64, whose output the standard fixes (std's distributions it does not).
double uniform(std::mt19937_64 &random)
{
    return double(random() >> 11) * 0x1.0p-53;
}

} // namespace

TEST_CASE("The Wilson score interval matches Newcombe's worked example")
{
    // Newcombe (1998), Statistics in Medicine 17, 857–872: 81/263 gives 0.2553 to 0.3662.
    const auto bounds = CampaignEffectMath::wilson(81, 263);
    CHECK(bounds.low == Approx(0.2553).margin(0.0001));
    CHECK(bounds.high == Approx(0.3662).margin(0.0001));
    CHECK(CampaignEffectMath::wilson(0, 0).high == 1.0);
}

TEST_CASE("The conversion lift has Newcombe's hybrid score interval")
{
    // Newcombe (1998), Statistics in Medicine 17, 873–890, method 10: 56/70 − 48/80 = 0.2000 with
    // 0.0524 to 0.3339; 9/10 − 3/10 = 0.6000 with 0.1705 to 0.8090.
    LiftInterval lift = CampaignEffectMath::conversionLift(conversions(56, 70), conversions(48, 80));
    CHECK(lift.valid);
    CHECK(lift.estimate == Approx(0.2));
    CHECK(lift.low == Approx(0.0524).margin(0.0001));
    CHECK(lift.high == Approx(0.3339).margin(0.0001));
    CHECK_FALSE(lift.includesZero());

    lift = CampaignEffectMath::conversionLift(conversions(9, 10), conversions(3, 10));
    CHECK(lift.low == Approx(0.1705).margin(0.0001));
    CHECK(lift.high == Approx(0.8090).margin(0.0001));

    // Nobody bought on either side: the interval still says how little that tells.
    lift = CampaignEffectMath::conversionLift(conversions(0, 10), conversions(0, 20));
    CHECK(lift.estimate == 0.0);
    CHECK(lift.low == Approx(-0.1611).margin(0.0001));
    CHECK(lift.high == Approx(0.2775).margin(0.0001));
    CHECK(lift.includesZero());

    CHECK_FALSE(CampaignEffectMath::conversionLift(conversions(3, 10), conversions(0, 0)).valid);
}

TEST_CASE("The revenue lift has Welch's interval")
{
    // Means 100 and 200 fen, both sample variances 10 000 fen², n = 3 each: standard error
    // sqrt(2 × 10 000 / 3) = 81.6497, Welch's degrees of freedom 4, t(0.975, 4) = 2.776445.
    const LiftInterval lift
        = CampaignEffectMath::revenueLift(revenues({0, 100, 200}), revenues({100, 200, 300}));
    CHECK(lift.valid);
    CHECK(lift.estimate == Approx(-100.0));
    CHECK(lift.low == Approx(-100.0 - 2.776445 * 81.6497).epsilon(1e-5));
    CHECK(lift.high == Approx(-100.0 + 2.776445 * 81.6497).epsilon(1e-5));
    CHECK(lift.includesZero());

    // Nobody's revenue varies: the difference is exact.
    const LiftInterval none = CampaignEffectMath::revenueLift(revenues({0, 0, 0}), revenues({0, 0}));
    CHECK(none.valid);
    CHECK(none.low == 0.0);
    CHECK(none.high == 0.0);

    CHECK_FALSE(CampaignEffectMath::revenueLift(revenues({5, 6}), revenues({7})).valid);
}

TEST_CASE("The effect counts the attribution days after the last day")
{
    const CampaignEffect effect = CampaignEffectMath::measure(
        conversions(10, 100), conversions(1, 10), QDate(2026, 5, 1), QDate(2026, 5, 3), 14);
    CHECK(effect.lastCountedDay == QDate(2026, 5, 17));
    CHECK(effect.invited.conversion() == Approx(0.1));
    CHECK(effect.conversionLift.estimate == Approx(0.0));
    CHECK(CampaignEffectMath::measure({}, {}, QDate(2026, 5, 1), QDate(2026, 5, 3), 0).lastCountedDay
        == QDate(2026, 5, 3));
}

TEST_CASE("In 200 simulated campaigns with a known effect, the 95 % intervals contain it 90–99 % of the time")
{
    std::mt19937_64 random(20261206);
    constexpr int campaigns = 200;
    constexpr int invitedSize = 1800;
    constexpr int holdoutSize = 400;
    constexpr double invitedRate = 0.12;
    constexpr double holdoutRate = 0.08;
    constexpr double meanSpend = 60000.0; // fen, exponential
    const double trueConversionLift = invitedRate - holdoutRate;
    const double trueRevenueLift = (invitedRate - holdoutRate) * meanSpend;
    int conversionCovered = 0;
    int revenueCovered = 0;
    const auto simulate = [&](int size, double rate) {
        std::vector<std::int64_t> perCustomer;
        for (int i = 0; i < size; ++i)
            perCustomer.push_back(uniform(random) < rate
                    ? std::int64_t(std::llround(-meanSpend * std::log(1.0 - uniform(random))))
                    : 0);
        return revenues(perCustomer);
    };
    for (int c = 0; c < campaigns; ++c) {
        const GroupFigures invited = simulate(invitedSize, invitedRate);
        const GroupFigures holdout = simulate(holdoutSize, holdoutRate);
        const LiftInterval conversion = CampaignEffectMath::conversionLift(invited, holdout);
        const LiftInterval revenue = CampaignEffectMath::revenueLift(invited, holdout);
        if (conversion.low <= trueConversionLift && trueConversionLift <= conversion.high)
            ++conversionCovered;
        if (revenue.low <= trueRevenueLift && trueRevenueLift <= revenue.high)
            ++revenueCovered;
    }
    INFO("conversion covered " << conversionCovered << ", revenue covered " << revenueCovered);
    CHECK(conversionCovered >= 180);
    CHECK(conversionCovered <= 198);
    CHECK(revenueCovered >= 180);
    CHECK(revenueCovered <= 198);
}
