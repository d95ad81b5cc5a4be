#include "core/tier_policy.h"

#include <catch2/catch.hpp>

using namespace atelier;
using Reason = TierDecision::Reason;

namespace Catch {
template <> struct StringMaker<Tier>
{
    static std::string convert(Tier value)
    {
        return value == Tier::None ? "none" : toCode(value).toStdString();
    }
};
template <> struct StringMaker<Reason>
{
    static std::string convert(Reason value)
    {
        switch (value) {
        case Reason::Unchanged:
            return "unchanged";
        case Reason::SpendReached:
            return "spend reached";
        case Reason::SpendFell:
            return "spend fell";
        }
        return "?";
    }
};
template <> struct StringMaker<TierState>
{
    static std::string convert(const TierState &s)
    {
        return StringMaker<Tier>::convert(s.tier) + " since "
            + (s.reachedOn.isValid() ? s.reachedOn.toString(Qt::ISODate).toStdString() : "-");
    }
};
} // namespace Catch

namespace {

const QDate today(2026, 6, 30);

Money yuan(std::int64_t fen)
{
    return Money::fromFen(fen);
}

// Decides once, then feeds the decision back with the same spend and date: nothing may change.
TierDecision decideTwice(const TierState &current, Money spend, const QDate &asOf, const TierRules &rules)
{
    const TierDecision first = decideTier(current, spend, asOf, rules);
    const TierDecision again = decideTier(first.next, spend, asOf, rules);
    CHECK(again.reason == Reason::Unchanged);
    CHECK(again.next == first.next);
    return first;
}

} // namespace

TEST_CASE("a tier is reached at its threshold, not a fen below", "[core][tier]")
{
    const TierRules rules;
    CHECK(tierForSpend(Money(), rules) == Tier::None);
    CHECK(tierForSpend(yuan(-100), rules) == Tier::None);
    CHECK(tierForSpend(yuan(99999), rules) == Tier::None);
    CHECK(tierForSpend(yuan(100000), rules) == Tier::Silver);
    CHECK(tierForSpend(yuan(299999), rules) == Tier::Silver);
    CHECK(tierForSpend(yuan(300000), rules) == Tier::Gold);
    CHECK(tierForSpend(yuan(799999), rules) == Tier::Gold);
    CHECK(tierForSpend(yuan(800000), rules) == Tier::Black);
    CHECK(tierForSpend(Money::fromYuan(1000000), rules) == Tier::Black);
}

TEST_CASE("thresholds are read from the rules", "[core][tier]")
{
    TierRules rules;
    rules.silver = Money::fromYuan(10);
    rules.gold = Money::fromYuan(20);
    rules.black = Money::fromYuan(30);
    CHECK(tierForSpend(yuan(999), rules) == Tier::None);
    CHECK(tierForSpend(yuan(1000), rules) == Tier::Silver);
    CHECK(tierForSpend(yuan(2000), rules) == Tier::Gold);
    CHECK(tierForSpend(yuan(2999), rules) == Tier::Gold);
    CHECK(tierForSpend(yuan(3000), rules) == Tier::Black);
}

TEST_CASE("spend that reaches a threshold raises the tier that day", "[core][tier]")
{
    const TierRules rules;
    TierDecision d = decideTwice(TierState(), yuan(100000), today, rules);
    CHECK(d.reason == Reason::SpendReached);
    CHECK(d.next == TierState{Tier::Silver, today});
    CHECK(d.threshold == Money::fromYuan(1000));

    d = decideTwice(TierState(), yuan(99999), today, rules);
    CHECK(d.reason == Reason::Unchanged);
    CHECK(d.next == TierState());

    d = decideTwice({Tier::Silver, QDate(2025, 1, 5)}, yuan(300000), today, rules);
    CHECK(d.reason == Reason::SpendReached);
    CHECK(d.next == TierState{Tier::Gold, today});
    CHECK(d.threshold == Money::fromYuan(3000));

    d = decideTwice({Tier::Gold, QDate(2025, 1, 5)}, yuan(800000), today, rules);
    CHECK(d.next == TierState{Tier::Black, today});
    CHECK(d.threshold == Money::fromYuan(8000));
}

TEST_CASE("spend can jump two tiers at once", "[core][tier]")
{
    const TierDecision d = decideTwice(TierState(), Money::fromYuan(9000), today, TierRules());
    CHECK(d.reason == Reason::SpendReached);
    CHECK(d.next == TierState{Tier::Black, today});
    CHECK(d.threshold == Money::fromYuan(8000));

    const TierDecision fromSilver
        = decideTwice({Tier::Silver, QDate(2026, 6, 1)}, Money::fromYuan(8000), today, TierRules());
    CHECK(fromSilver.next == TierState{Tier::Black, today});
}

TEST_CASE("a tier that spend still earns keeps its date", "[core][tier]")
{
    const TierState gold{Tier::Gold, QDate(2023, 3, 1)}; // long past the keep period
    for (const Money spend : {Money::fromYuan(3000), yuan(799999)}) {
        const TierDecision d = decideTwice(gold, spend, today, TierRules());
        CHECK(d.reason == Reason::Unchanged);
        CHECK(d.next == gold);
        CHECK(d.threshold == Money());
    }
}

TEST_CASE("a return below the threshold keeps the tier for the keep period", "[core][tier]")
{
    // Reached Gold on 2025-03-10 with 3000.00; a return on 2025-04-02 brings spend to 2999.99.
    const TierRules rules;
    const TierState gold{Tier::Gold, QDate(2025, 3, 10)};
    const Money afterReturn = yuan(299999);

    for (const QDate asOf : {QDate(2025, 4, 2), QDate(2025, 12, 31), QDate(2026, 3, 9)}) {
        INFO(asOf.toString(Qt::ISODate).toStdString());
        const TierDecision d = decideTwice(gold, afterReturn, asOf, rules);
        CHECK(d.reason == Reason::Unchanged);
        CHECK(d.next == gold);
    }

    // On the day twelve months after reaching Gold the keep period is over.
    const TierDecision fell = decideTwice(gold, afterReturn, QDate(2026, 3, 10), rules);
    CHECK(fell.reason == Reason::SpendFell);
    CHECK(fell.next == TierState{Tier::Silver, QDate(2026, 3, 10)});
    CHECK(fell.threshold == Money::fromYuan(3000)); // the threshold of the tier left behind

    // The night after, the new Silver is simply kept.
    const TierDecision next = decideTier(fell.next, afterReturn, QDate(2026, 3, 11), rules);
    CHECK(next.reason == Reason::Unchanged);
    CHECK(next.next == fell.next);
}

TEST_CASE("the keep period ends on the same day of the month, clamped to its end", "[core][tier]")
{
    const TierRules rules;
    const TierState silver{Tier::Silver, QDate(2024, 2, 29)};
    CHECK(decideTier(silver, Money(), QDate(2025, 2, 27), rules).reason == Reason::Unchanged);
    const TierDecision d = decideTier(silver, Money(), QDate(2025, 2, 28), rules);
    CHECK(d.reason == Reason::SpendFell);
    CHECK(d.next == TierState()); // no tier, no date
    CHECK(d.threshold == Money::fromYuan(1000));
}

TEST_CASE("spend can fall two tiers at once", "[core][tier]")
{
    const TierState black{Tier::Black, QDate(2024, 1, 15)};
    const TierDecision toSilver = decideTwice(black, Money::fromYuan(1500), today, TierRules());
    CHECK(toSilver.reason == Reason::SpendFell);
    CHECK(toSilver.next == TierState{Tier::Silver, today});
    CHECK(toSilver.threshold == Money::fromYuan(8000));

    const TierDecision toNone = decideTwice(black, yuan(99999), today, TierRules());
    CHECK(toNone.reason == Reason::SpendFell);
    CHECK(toNone.next == TierState());
    CHECK(toNone.threshold == Money::fromYuan(8000));
}

TEST_CASE("keepMonths is read from the rules, and 0 means fall at once", "[core][tier]")
{
    TierRules rules;
    rules.keepMonths = 0;
    const TierState gold{Tier::Gold, today};
    const TierDecision d = decideTwice(gold, Money::fromYuan(2000), today, rules);
    CHECK(d.reason == Reason::SpendFell);
    CHECK(d.next == TierState{Tier::Silver, today});

    rules.keepMonths = 3;
    const TierState silver{Tier::Silver, QDate(2026, 3, 31)};
    CHECK(decideTier(silver, Money(), QDate(2026, 6, 29), rules).reason == Reason::Unchanged);
    CHECK(decideTier(silver, Money(), QDate(2026, 6, 30), rules).reason == Reason::SpendFell);
}

TEST_CASE("a tier without a date has no keep period", "[core][tier]")
{
    const TierDecision d = decideTwice({Tier::Gold, QDate()}, Money::fromYuan(1000), today, TierRules());
    CHECK(d.reason == Reason::SpendFell);
    CHECK(d.next == TierState{Tier::Silver, today});
}

TEST_CASE("a run repeated every quarter for three years changes nothing the second time", "[core][tier]")
{
    const TierRules rules;
    TierState state;
    QDate day(2025, 1, 1);
    // Spend goes up, a large return takes it down, then it creeps back up.
    const std::int64_t spendYuan[] = {0, 500, 1200, 3100, 9000, 2000, 2000, 500, 3500, 3500, 7999, 8000};
    // Black is reached on 2026-01-01 and kept through the return until 2027-01-01, when it falls
    // to the Gold that 3500 earns.
    const Tier expected[] = {Tier::None, Tier::None, Tier::Silver, Tier::Gold, Tier::Black, Tier::Black,
        Tier::Black, Tier::Black, Tier::Gold, Tier::Gold, Tier::Gold, Tier::Black};
    for (std::size_t i = 0; i < std::size(spendYuan); ++i) {
        INFO(day.toString(Qt::ISODate).toStdString() << ", spend " << spendYuan[i]);
        state = decideTwice(state, Money::fromYuan(spendYuan[i]), day, rules).next;
        CHECK(state.tier == expected[i]);
        day = day.addMonths(3);
    }
    CHECK(state == TierState{Tier::Black, QDate(2027, 10, 1)});
}
