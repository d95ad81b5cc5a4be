#include "core/rfm.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
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
template <> struct StringMaker<NamedSegment>
{
    static std::string convert(NamedSegment value)
    {
        return value == NamedSegment::None ? "none" : toCode(value).toStdString();
    }
};
template <> struct StringMaker<RfmScore>
{
    static std::string convert(const RfmScore &s)
    {
        return "{r " + std::to_string(s.r) + ", f " + std::to_string(s.f) + ", m " + std::to_string(s.m)
            + "}";
    }
};
} // namespace Catch

namespace {

const QDate asOf(2026, 6, 30);

// A customer who last bought `days` before asOf, with `recent` purchases in the frequency window
// and `spendFen` lifetime net spend.
CustomerActivity bought(int days, int recent, std::int64_t spendFen)
{
    CustomerActivity a;
    a.lastPurchase = asOf.addDays(-days);
    a.purchases = recent;
    a.recentPurchases = recent;
    a.spend = Money::fromFen(spendFen);
    a.tierSpend = a.spend;
    return a;
}

// Without Potential's spend band (any spend): the band has its own tests in segment_rules_test.cpp.
StoreSegment segment(int days, int recent, std::int64_t spendFen, const SegmentRules &rules = {})
{
    return storeSegment(bought(days, recent, spendFen), asOf, rules, std::nullopt);
}

const std::int64_t rich = 600000; // 6000.00 元, enough for VIP by default

// The rule written out the slow way, to check the fast one against.
std::vector<RfmScore> naiveScores(const std::vector<CustomerActivity> &all)
{
    std::vector<RfmScore> scores(all.size());
    std::int64_t n = 0;
    for (const CustomerActivity &a : all)
        n += a.lastPurchase.isValid() ? 1 : 0;
    auto score = [n](std::int64_t lower) {
        return int(std::min<std::int64_t>(5, 1 + 5 * lower / n));
    };
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (!all[i].lastPurchase.isValid())
            continue;
        std::int64_t worseR = 0, worseF = 0, worseM = 0;
        for (const CustomerActivity &other : all) {
            if (!other.lastPurchase.isValid())
                continue;
            worseR += other.lastPurchase < all[i].lastPurchase ? 1 : 0;
            worseF += other.purchases < all[i].purchases ? 1 : 0;
            worseM += other.spend < all[i].spend ? 1 : 0;
        }
        scores[i] = {score(worseR), score(worseF), score(worseM)};
    }
    return scores;
}

} // namespace

TEST_CASE("a customer who never bought has no segment", "[core][rfm][segment]")
{
    CustomerActivity never;
    never.spend = Money::fromYuan(9000); // whatever else the row says
    never.recentPurchases = 9;
    CHECK(storeSegment(never, asOf, SegmentRules(), SpendBand{}) == StoreSegment::None);
}

TEST_CASE("VIP needs a purchase within 30 days", "[core][rfm][segment]")
{
    CHECK(segment(0, 5, rich) == StoreSegment::Vip);
    CHECK(segment(29, 5, rich) == StoreSegment::Vip);
    CHECK(segment(30, 5, rich) == StoreSegment::Vip);
    CHECK(segment(31, 5, rich) == StoreSegment::Active);
}

TEST_CASE("VIP needs 5 recent purchases", "[core][rfm][segment]")
{
    CHECK(segment(10, 4, rich) == StoreSegment::Active);
    CHECK(segment(10, 5, rich) == StoreSegment::Vip);
    CHECK(segment(10, 40, rich) == StoreSegment::Vip);
}

TEST_CASE("VIP needs strictly more than 5000.00 元", "[core][rfm][segment]")
{
    CHECK(segment(10, 5, 499999) == StoreSegment::Active);
    CHECK(segment(10, 5, 500000) == StoreSegment::Active);
    CHECK(segment(10, 5, 500001) == StoreSegment::Vip);
}

TEST_CASE("Active and Potential need a purchase within 90 days", "[core][rfm][segment]")
{
    CHECK(segment(89, 3, rich) == StoreSegment::Active);
    CHECK(segment(90, 3, rich) == StoreSegment::Active);
    CHECK(segment(91, 3, rich) == StoreSegment::Lapsing);

    CHECK(segment(89, 1, 0) == StoreSegment::Potential);
    CHECK(segment(90, 1, 0) == StoreSegment::Potential);
    CHECK(segment(91, 1, 0) == StoreSegment::Lapsing);
}

TEST_CASE("Active needs 3 recent purchases, Potential 1 or 2", "[core][rfm][segment]")
{
    CHECK(segment(40, 1, 0) == StoreSegment::Potential);
    CHECK(segment(40, 2, rich) == StoreSegment::Potential);
    CHECK(segment(40, 3, 0) == StoreSegment::Active);
    CHECK(segment(40, 9, rich) == StoreSegment::Active); // misses VIP on recency only
}

TEST_CASE("Dormant after more than 182 days, Lapsing before", "[core][rfm][segment]")
{
    CHECK(segment(92, 1, 0) == StoreSegment::Lapsing);
    CHECK(segment(181, 0, rich) == StoreSegment::Lapsing);
    CHECK(segment(182, 0, rich) == StoreSegment::Lapsing);
    CHECK(segment(183, 0, rich) == StoreSegment::Dormant);
    CHECK(segment(2000, 0, 0) == StoreSegment::Dormant);
}

TEST_CASE("no purchase in the window but a recent last purchase is Lapsing", "[core][rfm][segment]")
{
    CHECK(segment(5, 0, rich) == StoreSegment::Lapsing);
    CHECK(segment(90, 0, 0) == StoreSegment::Lapsing);
}

TEST_CASE("every segment boundary is read from the rules", "[core][rfm][segment]")
{
    SegmentRules rules;
    rules.vipRecencyDays = 7;
    rules.vipMinPurchases = 8;
    rules.vipMinSpend = Money::fromYuan(200);
    rules.activeRecencyDays = 40;
    rules.activeMinPurchases = 4;
    rules.dormantAfterDays = 60;
    LoyaltyRules all;
    all.segments = rules;
    REQUIRE_FALSE(all.check());

    struct Case
    {
        int days;
        int recent;
        std::int64_t spendFen;
        StoreSegment withRules;
        StoreSegment byDefault;
    };
    using S = StoreSegment;
    const Case cases[] = {
        {7, 8, 20001, S::Vip, S::Active}, // vipMinSpend
        {7, 8, 20000, S::Active, S::Active},
        {8, 8, rich, S::Active, S::Vip}, // vipRecencyDays
        {7, 7, rich, S::Active, S::Vip}, // vipMinPurchases
        {40, 4, 0, S::Active, S::Active},
        {40, 3, 0, S::Potential, S::Active}, // activeMinPurchases
        {41, 4, 0, S::Lapsing, S::Active}, // activeRecencyDays
        {41, 1, 0, S::Lapsing, S::Potential},
        {60, 1, 0, S::Lapsing, S::Potential},
        {61, 1, 0, S::Dormant, S::Potential}, // dormantAfterDays
        {100, 1, 0, S::Dormant, S::Lapsing},
    };
    for (const Case &c : cases) {
        INFO(c.days << " days, " << c.recent << " purchases, " << c.spendFen << " fen");
        CHECK(segment(c.days, c.recent, c.spendFen, rules) == c.withRules);
        CHECK(segment(c.days, c.recent, c.spendFen) == c.byDefault);
    }
}

TEST_CASE("nobody to rank gives no scores", "[core][rfm][scores]")
{
    CHECK(rfmScores({}, asOf).empty());
    const std::vector<RfmScore> scores = rfmScores({CustomerActivity(), CustomerActivity()}, asOf);
    CHECK(scores == std::vector<RfmScore>{{}, {}});
}

TEST_CASE("customers without a purchase score 0 and do not count in the ranking", "[core][rfm][scores]")
{
    // Five ranked customers spread over the five scores, in a shuffled order, among three who
    // never bought.
    std::vector<CustomerActivity> all;
    all.push_back(CustomerActivity());
    all.push_back(bought(300, 3, 30000)); // R 2, F 3, M 3
    all.push_back(bought(400, 5, 10000)); // R 1, F 5, M 1
    all.push_back(CustomerActivity());
    all.push_back(bought(1, 1, 50000)); // R 5, F 1, M 5
    all.push_back(bought(100, 4, 20000)); // R 4, F 4, M 2
    all.push_back(bought(200, 2, 40000)); // R 3, F 2, M 4
    all.push_back(CustomerActivity());
    all[3].spend = Money::fromYuan(99999); // not a purchase: must not push anyone's M down

    const std::vector<RfmScore> expected{
        {0, 0, 0}, {2, 3, 3}, {1, 5, 1}, {0, 0, 0}, {5, 1, 5}, {4, 4, 2}, {3, 2, 4}, {0, 0, 0}};
    CHECK(rfmScores(all, asOf) == expected);
}

TEST_CASE("ten distinct values give two customers per score", "[core][rfm][scores]")
{
    std::vector<CustomerActivity> all;
    for (int i = 0; i < 10; ++i)
        all.push_back(bought(10 * i, i + 1, 1000 * (i + 1)));
    const std::vector<RfmScore> scores = rfmScores(all, asOf);
    const std::array<int, 10> quintiles{1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
    for (std::size_t i = 0; i < all.size(); ++i) {
        INFO("customer " << i);
        CHECK(scores[i].r == quintiles[9 - i]); // the fewest days score highest
        CHECK(scores[i].f == quintiles[i]);
        CHECK(scores[i].m == quintiles[i]);
    }
}

TEST_CASE("tied customers share the lowest score of their run", "[core][rfm][scores]")
{
    // Six of ten bought once: they all get F 1 instead of spreading over 1–3.
    const std::array<int, 10> purchases{1, 1, 1, 1, 1, 1, 2, 3, 4, 5};
    std::vector<CustomerActivity> all;
    for (int p : purchases) {
        CustomerActivity a = bought(30, 1, 10000);
        a.purchases = p;
        all.push_back(a);
    }
    const std::vector<RfmScore> scores = rfmScores(all, asOf);
    // lower = 0 → 1; 6 → 1 + 30/10 = 4; 7 → 1 + 35/10 = 4; 8 → 5; 9 → 1 + 45/10 = 5.
    const std::array<int, 10> expectedF{1, 1, 1, 1, 1, 1, 4, 4, 5, 5};
    for (std::size_t i = 0; i < all.size(); ++i) {
        INFO("customer " << i);
        CHECK(scores[i].f == expectedF[i]);
        CHECK(scores[i].r == 1); // everyone bought on the same day
        CHECK(scores[i].m == 1); // and spent the same
    }
}

TEST_CASE("a lone customer and an all-tied store score 1", "[core][rfm][scores]")
{
    CHECK(rfmScores({bought(3, 7, 900000)}, asOf) == std::vector<RfmScore>{{1, 1, 1}});
    const std::vector<CustomerActivity> same(4, bought(3, 7, 900000));
    CHECK(rfmScores(same, asOf) == std::vector<RfmScore>(4, RfmScore{1, 1, 1}));
}

TEST_CASE("F ranks lifetime purchases and M lifetime spend, not the windowed numbers", "[core][rfm][scores]")
{
    CustomerActivity loyal = bought(50, 0, 900000);
    loyal.purchases = 40;
    loyal.tierSpend = Money();
    CustomerActivity fresh = bought(50, 6, 1000);
    fresh.purchases = 6;
    fresh.tierSpend = Money::fromYuan(100000);
    const std::vector<RfmScore> scores = rfmScores({loyal, fresh}, asOf);
    CHECK(scores[0] == RfmScore{1, 3, 3}); // lower 1 of 2 → 1 + 5/2 = 3
    CHECK(scores[1] == RfmScore{1, 1, 1});
}

TEST_CASE("negative net spend ranks below zero", "[core][rfm][scores]")
{
    const std::vector<RfmScore> scores
        = rfmScores({bought(1, 1, 0), bought(1, 1, -500), bought(1, 1, 100)}, asOf);
    CHECK(scores[0].m == 2); // 1 + 5/3
    CHECK(scores[1].m == 1);
    CHECK(scores[2].m == 4); // 1 + 10/3
}

TEST_CASE("small stores score like the rule written out pair by pair", "[core][rfm][scores]")
{
    // Every store size from 1 to 40, values from a small range so that ties are everywhere.
    std::mt19937 random(7);
    std::uniform_int_distribution<int> small(0, 4);
    for (int n = 1; n <= 40; ++n) {
        std::vector<CustomerActivity> all;
        for (int i = 0; i < n; ++i) {
            const int lastDays = small(random);
            const int purchases = small(random) + 1;
            const std::int64_t spendFen = small(random) * 100;
            CustomerActivity a = bought(lastDays, 1, spendFen);
            a.purchases = purchases;
            all.push_back(a);
        }
        INFO(n << " customers");
        CHECK(rfmScores(all, asOf) == naiveScores(all));
    }
}

TEST_CASE("scores match the rule written out pair by pair", "[core][rfm][scores]")
{
    std::mt19937 random(20260630);
    std::uniform_int_distribution<int> days(0, 800), purchases(1, 12), spend(0, 30000);
    std::vector<CustomerActivity> all;
    for (int i = 0; i < 1500; ++i) {
        if (i % 7 == 0) {
            all.push_back(CustomerActivity()); // never bought
            continue;
        }
        const int lastDays = days(random);
        const int recent = purchases(random) / 3 + 1;
        const std::int64_t spendFen = spend(random) / 100 * 100; // many ties
        CustomerActivity a = bought(lastDays, recent, spendFen);
        a.purchases = purchases(random);
        all.push_back(a);
    }
    const std::vector<RfmScore> fast = rfmScores(all, asOf);
    const std::vector<RfmScore> slow = naiveScores(all);
    REQUIRE(fast.size() == slow.size());
    std::size_t different = 0;
    for (std::size_t i = 0; i < fast.size(); ++i)
        different += fast[i] == slow[i] ? 0 : 1;
    CHECK(different == 0);
}

TEST_CASE("100 000 distinct customers fill the five scores evenly", "[core][rfm][scores]")
{
    const int n = 100000;
    std::vector<CustomerActivity> all;
    all.reserve(n);
    for (int i = 0; i < n; ++i) {
        CustomerActivity a;
        a.lastPurchase = asOf.addDays(-i); // distinct days
        a.purchases = n - i;
        a.spend = Money::fromFen((i * 7919LL) % n); // a permutation of 0 … n - 1
        all.push_back(a);
    }
    const std::vector<RfmScore> scores = rfmScores(all, asOf);
    std::array<int, 6> r{}, f{}, m{};
    for (const RfmScore &s : scores) {
        ++r[std::size_t(s.r)];
        ++f[std::size_t(s.f)];
        ++m[std::size_t(s.m)];
    }
    const std::array<int, 6> even{0, n / 5, n / 5, n / 5, n / 5, n / 5};
    CHECK(r == even);
    CHECK(f == even);
    CHECK(m == even);
    CHECK(scores.front() == RfmScore{5, 5, 1});
    CHECK(scores.back() == RfmScore{1, 1, 5}); // (99999 × 7919) mod n = 92081, the top fifth
}

TEST_CASE("the R × FM grid names the segments", "[core][rfm][named]")
{
    using S = NamedSegment;
    // Rows R = 5 … 1, columns FM = 1 … 5, as in docs/rfm.md.
    const std::array<std::array<S, 5>, 5> grid{{
        {S::New, S::PotentialLoyalist, S::PotentialLoyalist, S::Champions, S::Champions},
        {S::Promising, S::PotentialLoyalist, S::Loyal, S::Champions, S::Champions},
        {S::AboutToSleep, S::NeedAttention, S::NeedAttention, S::Loyal, S::Loyal},
        {S::Hibernating, S::AboutToSleep, S::AtRisk, S::AtRisk, S::CantLoseThem},
        {S::Lost, S::Hibernating, S::AtRisk, S::CantLoseThem, S::CantLoseThem},
    }};
    for (int r = 1; r <= 5; ++r) {
        for (int fm = 1; fm <= 5; ++fm) {
            INFO("R " << r << ", FM " << fm);
            CHECK(namedSegment({r, fm, fm}) == grid[std::size_t(5 - r)][std::size_t(fm - 1)]);
        }
    }
}

TEST_CASE("FM is the mean of F and M rounded down", "[core][rfm][named]")
{
    CHECK(namedSegment({5, 1, 2}) == NamedSegment::New); // FM 1
    CHECK(namedSegment({5, 2, 1}) == NamedSegment::New);
    CHECK(namedSegment({5, 3, 4}) == NamedSegment::PotentialLoyalist); // FM 3
    CHECK(namedSegment({5, 4, 5}) == NamedSegment::Champions); // FM 4
    CHECK(namedSegment({2, 5, 4}) == NamedSegment::AtRisk); // FM 4
    CHECK(namedSegment({2, 5, 5}) == NamedSegment::CantLoseThem); // FM 5
    CHECK(namedSegment({1, 1, 5}) == NamedSegment::AtRisk); // FM 3
}

TEST_CASE("no score, no named segment", "[core][rfm][named]")
{
    CHECK(namedSegment({0, 0, 0}) == NamedSegment::None);
    CHECK(namedSegment({0, 5, 5}) == NamedSegment::None);
    CHECK(namedSegment({5, 0, 5}) == NamedSegment::None);
    CHECK(namedSegment({5, 5, 0}) == NamedSegment::None);
    CHECK(namedSegment({6, 5, 5}) == NamedSegment::None);
}
