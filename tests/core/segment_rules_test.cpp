// The seed's segment rules (issue 21, docs/rfm.md): Dormant only with one or two purchases in all,
// Lapsed regular for quiet customers with more, and Potential's moderate-spend band with Occasional
// outside it.
#include "core/rfm.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

using namespace atelier;

namespace Catch {
template <> struct StringMaker<StoreSegment>
{
    static std::string convert(StoreSegment value)
    {
        return value == StoreSegment::None ? "none" : toCode(value).toStdString();
    }
};
} // namespace Catch

namespace {

const QDate asOf(2026, 6, 30);

// Last bought `days` before asOf; `purchases` in all, `recent` of them in the frequency window.
CustomerActivity customer(int days, int purchases, int recent, std::int64_t spendFen)
{
    CustomerActivity a;
    a.lastPurchase = asOf.addDays(-days);
    a.purchases = purchases;
    a.recentPurchases = recent;
    a.spend = Money::fromFen(spendFen);
    a.tierSpend = a.spend;
    return a;
}

// A customer quiet for `days` with `purchases` in all (none in the half-year window any more).
StoreSegment quiet(int days, int purchases, const SegmentRules &rules = {})
{
    return storeSegment(customer(days, purchases, 0, 100000), asOf, rules, std::nullopt);
}

const SpendBand band{Money::fromFen(38000), Money::fromFen(215000)}; // 380.00 – 2150.00 元

StoreSegment recent(int purchases, std::int64_t spendFen, const std::optional<SpendBand> &spendBand = band)
{
    return storeSegment(customer(20, purchases, purchases, spendFen), asOf, SegmentRules(), spendBand);
}

// The band the slow way: sort, then the ceil(p × n / 100)-th smallest.
std::optional<SpendBand> sortedBand(const std::vector<CustomerActivity> &all, int recencyDays)
{
    std::vector<std::int64_t> spends;
    for (const CustomerActivity &a : all)
        if (a.lastPurchase.isValid() && a.lastPurchase.daysTo(asOf) <= recencyDays)
            spends.push_back(a.spend.fen());
    if (spends.empty())
        return std::nullopt;
    std::sort(spends.begin(), spends.end());
    const auto rank = [&](int p) {
        const std::size_t n = spends.size();
        return std::max<std::size_t>(1, (std::size_t(p) * n + 99) / 100);
    };
    return SpendBand{Money::fromFen(spends[rank(20) - 1]), Money::fromFen(spends[rank(80) - 1])};
}

} // namespace

TEST_CASE("Dormant at day 183 with 2 purchases, Lapsed regular with 3", "[core][rfm][segment][seed]")
{
    CHECK(quiet(182, 2) == StoreSegment::Lapsing);
    CHECK(quiet(183, 2) == StoreSegment::Dormant);
    CHECK(quiet(182, 3) == StoreSegment::Lapsing);
    CHECK(quiet(183, 3) == StoreSegment::LapsedRegular);
    CHECK(quiet(183, 1) == StoreSegment::Dormant);
    CHECK(quiet(2000, 40) == StoreSegment::LapsedRegular);
}

TEST_CASE("the purchases Dormant allows are a rule; 0 restores Dormant for everybody", "[core][rfm][segment]")
{
    SegmentRules one;
    one.dormantMaxPurchases = 1;
    CHECK(quiet(183, 1, one) == StoreSegment::Dormant);
    CHECK(quiet(183, 2, one) == StoreSegment::LapsedRegular);

    SegmentRules any;
    any.dormantMaxPurchases = 0;
    CHECK(quiet(183, 3, any) == StoreSegment::Dormant);
    CHECK(quiet(183, 300, any) == StoreSegment::Dormant);
    CHECK(quiet(182, 3, any) == StoreSegment::Lapsing);
}

TEST_CASE("Potential's band includes both its edges; outside it a recent customer is Occasional",
    "[core][rfm][segment][seed]")
{
    for (const int purchases : {1, 2}) {
        INFO(purchases << " purchase(s)");
        CHECK(recent(purchases, 37999) == StoreSegment::Occasional);
        CHECK(recent(purchases, 38000) == StoreSegment::Potential); // equal to the low edge
        CHECK(recent(purchases, 100000) == StoreSegment::Potential);
        CHECK(recent(purchases, 215000) == StoreSegment::Potential); // equal to the high edge
        CHECK(recent(purchases, 215001) == StoreSegment::Occasional);
    }
    // Without a band (off, or nobody recent to measure), any spend is Potential, as before.
    CHECK(recent(1, 0, std::nullopt) == StoreSegment::Potential);
    CHECK(recent(2, 9000000, std::nullopt) == StoreSegment::Potential);
}

TEST_CASE("the band decides only between Potential and Occasional", "[core][rfm][segment]")
{
    CHECK(recent(3, 0) == StoreSegment::Active); // Active needs no moderate spend
    CHECK(storeSegment(customer(10, 5, 5, 600000), asOf, SegmentRules(), band) == StoreSegment::Vip);
    // Past the Active recency the band does not apply: Lapsing, then Dormant.
    CHECK(storeSegment(customer(91, 1, 1, 0), asOf, SegmentRules(), band) == StoreSegment::Lapsing);
    CHECK(storeSegment(customer(183, 1, 0, 0), asOf, SegmentRules(), band) == StoreSegment::Dormant);
}

TEST_CASE("the automatic band is the 20th to 80th percentile of recent customers' spend", "[core][rfm][band]")
{
    std::vector<CustomerActivity> all;
    for (int i = 1; i <= 10; ++i)
        all.push_back(customer(i * 9, 1, 1, i * 10000)); // 9–90 days ago, 100–1000 元
    all.push_back(customer(91, 1, 1, 1)); // not recent: left out
    all.push_back(CustomerActivity()); // never bought: left out
    // n = 10: the 2nd and the 8th smallest.
    CHECK(automaticSpendBand(all, asOf, SegmentRules())
        == SpendBand{Money::fromFen(20000), Money::fromFen(80000)});

    // n = 5: ranks ceil(1) = 1 and ceil(4) = 4.
    all.resize(5);
    CHECK(automaticSpendBand(all, asOf, SegmentRules())
        == SpendBand{Money::fromFen(10000), Money::fromFen(40000)});
    // A lone recent customer is both edges.
    all.resize(1);
    CHECK(automaticSpendBand(all, asOf, SegmentRules())
        == SpendBand{Money::fromFen(10000), Money::fromFen(10000)});
    // Nobody recent: no band.
    CHECK_FALSE(automaticSpendBand({customer(91, 1, 1, 5000)}, asOf, SegmentRules()));
    CHECK_FALSE(automaticSpendBand({}, asOf, SegmentRules()));
}

TEST_CASE("the automatic band follows the Active recency", "[core][rfm][band]")
{
    SegmentRules rules;
    rules.activeRecencyDays = 30;
    const std::vector<CustomerActivity> all
        = {customer(30, 1, 1, 100), customer(31, 1, 1, 999999), customer(1, 1, 1, 300)};
    CHECK(automaticSpendBand(all, asOf, rules) == SpendBand{Money::fromFen(100), Money::fromFen(300)});
}

TEST_CASE("the automatic band agrees with sorting, ties and all", "[core][rfm][band]")
{
    std::mt19937 random(21);
    std::uniform_int_distribution<int> days(0, 200);
    std::uniform_int_distribution<int> spend(-500, 5000); // few values: many ties, some refunds
    for (int store = 0; store < 200; ++store) {
        std::vector<CustomerActivity> all;
        const int size = 1 + store % 37;
        for (int i = 0; i < size; ++i)
            all.push_back(customer(days(random), 1, 1, spend(random) * 10));
        INFO("store " << store);
        CHECK(automaticSpendBand(all, asOf, SegmentRules()) == sortedBand(all, 90));
    }
}

TEST_CASE("the band Potential uses follows its mode", "[core][rfm][band]")
{
    const SpendBand measured{Money::fromFen(1), Money::fromFen(2)};
    SegmentRules rules;
    CHECK(rules.potentialBand == SpendBandMode::Automatic); // the seed's default
    CHECK(potentialSpendBand(rules, measured) == measured);
    CHECK_FALSE(potentialSpendBand(rules, std::nullopt));
    rules.potentialBand = SpendBandMode::Fixed;
    CHECK(potentialSpendBand(rules, measured) == SpendBand{rules.potentialMinSpend, rules.potentialMaxSpend});
    rules.potentialBand = SpendBandMode::Off;
    CHECK_FALSE(potentialSpendBand(rules, measured));
}
