#include "core/task_plan.h"

#include "core/marketing_cap.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace atelier;

namespace {

const QDate asOf(2026, 6, 15);

CustomerTaskFacts buyer()
{
    CustomerTaskFacts facts;
    facts.customer = 42;
    facts.consentMarketing = true;
    facts.registeredBy = 3;
    facts.segment = StoreSegment::Active;
    facts.previousSegment = StoreSegment::Potential;
    facts.segmentSince = asOf.addDays(-40);
    return facts;
}

// Expected next purchase such that the wake-up (3 days before) is due `daysAhead` after asOf.
CustomerTaskFacts wakeUpDueIn(int daysAhead)
{
    CustomerTaskFacts facts = buyer();
    facts.lastPurchase = asOf.addDays(-20);
    facts.expectedNextPurchase = asOf.addDays(daysAhead + 3);
    return facts;
}

CustomerTaskFacts justDormant()
{
    CustomerTaskFacts facts = buyer();
    facts.segment = StoreSegment::Dormant;
    facts.previousSegment = StoreSegment::Lapsing;
    facts.segmentSince = asOf;
    return facts;
}

std::vector<TaskPurpose> purposesOf(const std::vector<FollowUpTask> &tasks)
{
    std::vector<TaskPurpose> purposes;
    for (const FollowUpTask &task : tasks)
        purposes.push_back(task.purpose);
    return purposes;
}

} // namespace

TEST_CASE("a birthday in the next seven days gets a WeChat greeting on the day", "[core][follow-ups]")
{
    const ServiceRules rules;
    CustomerTaskFacts facts;
    facts.customer = 7;
    facts.registeredBy = 2;
    // Not marketing: no marketing consent needed, and a recent contact does not hold it back. Her
    // archive consent is needed: the birthday is kept only with it.
    facts.consentMarketing = false;
    facts.consentProfile = true;
    facts.lastContact = asOf;

    facts.birthday = QDate(1990, 6, 22); // 7 days ahead: the last day of the window
    std::vector<FollowUpTask> tasks = TaskPlan::plan(facts, asOf, rules);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks[0].purpose == TaskPurpose::Birthday);
    CHECK(tasks[0].channel == TaskChannel::WeChat);
    CHECK(tasks[0].dueOn == QDate(2026, 6, 22));
    CHECK(tasks[0].generatedKey == QStringLiteral("birthday:7:2026"));
    CHECK(tasks[0].assignee == std::optional<StaffId>(2));

    facts.birthday = QDate(1990, 6, 23); // 8 days ahead
    CHECK(TaskPlan::plan(facts, asOf, rules).empty());
    facts.birthday = QDate(1990, 6, 15); // today: the window starts tomorrow
    CHECK(TaskPlan::plan(facts, asOf, rules).empty());

    // Over the new year the key carries the birthday's year.
    facts.birthday = QDate(1985, 1, 2);
    tasks = TaskPlan::plan(facts, QDate(2026, 12, 30), rules);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks[0].dueOn == QDate(2027, 1, 2));
    CHECK(tasks[0].generatedKey == QStringLiteral("birthday:7:2027"));
}

TEST_CASE("no birthday greeting without her archive consent", "[core][follow-ups][consent]")
{
    CustomerTaskFacts facts = buyer();
    facts.birthday = QDate(1990, 6, 18);
    facts.consentProfile = false; // never given, or withdrawn: her birthday is no reason to call
    CHECK(TaskPlan::plan(facts, asOf, ServiceRules()).empty());
    facts.consentProfile = true;
    CHECK(purposesOf(TaskPlan::plan(facts, asOf, ServiceRules()))
        == std::vector<TaskPurpose>{TaskPurpose::Birthday});
}

TEST_CASE("29 February is greeted on 28 February in common years", "[core][follow-ups]")
{
    CHECK(TaskPlan::birthdayWithin(QDate(2000, 2, 29), QDate(2027, 2, 25), 7) == QDate(2027, 2, 28));
    CHECK(TaskPlan::birthdayWithin(QDate(2000, 2, 29), QDate(2028, 2, 25), 7) == QDate(2028, 2, 29));
    CHECK_FALSE(TaskPlan::birthdayWithin(QDate(2000, 2, 29), QDate(2027, 2, 28), 7).isValid());
}

TEST_CASE("a purchase-cycle wake-up is due three days before the expected purchase", "[core][follow-ups]")
{
    const ServiceRules rules;
    std::vector<FollowUpTask> tasks = TaskPlan::plan(wakeUpDueIn(7), asOf, rules);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks[0].purpose == TaskPurpose::PurchaseCycle);
    CHECK(tasks[0].dueOn == asOf.addDays(7));
    CHECK(tasks[0].generatedKey == QStringLiteral("purchase_cycle:42:2026-05-26"));
    CHECK(isMarketing(tasks[0].purpose));

    CHECK(TaskPlan::plan(wakeUpDueIn(1), asOf, rules).size() == 1);
    CHECK(TaskPlan::plan(wakeUpDueIn(8), asOf, rules).empty()); // too far ahead yet
    CHECK(TaskPlan::plan(wakeUpDueIn(0), asOf, rules).empty()); // would be born due today
    CustomerTaskFacts noCycle = wakeUpDueIn(3);
    noCycle.expectedNextPurchase = {};
    CHECK(TaskPlan::plan(noCycle, asOf, rules).empty());
}

TEST_CASE("a customer who just entered Dormant gets a WeChat message tomorrow", "[core][follow-ups]")
{
    const ServiceRules rules;
    std::vector<FollowUpTask> tasks = TaskPlan::plan(justDormant(), asOf, rules);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks[0].purpose == TaskPurpose::Dormant);
    CHECK(tasks[0].channel == TaskChannel::WeChat); // the seed's light touch, not a call
    CHECK(tasks[0].dueOn == asOf.addDays(1));
    CHECK(tasks[0].noteWords.kind == QStringLiteral("dormant_message"));
    CHECK(tasks[0].noteWords.args
        == QStringList{toCode(StoreSegment::Lapsing), toCode(StoreSegment::Dormant), QStringLiteral("10"),
            QStringLiteral("2026-06-18"), QString()});
    CHECK(tasks[0].generatedKey == QStringLiteral("dormant:42:2026-06-15"));

    CustomerTaskFacts earlier = justDormant();
    earlier.segmentSince = asOf.addDays(-1); // entered yesterday: yesterday's run planned it
    CHECK(TaskPlan::plan(earlier, asOf, rules).empty());
}

TEST_CASE("the first run over a store does not flood the calendar with dormant tasks", "[core][follow-ups]")
{
    CustomerTaskFacts first = justDormant();
    first.previousSegment = StoreSegment::None; // the first run gave the segment; nobody moved
    CHECK(TaskPlan::plan(first, asOf, ServiceRules()).empty());
}

TEST_CASE("a regular who just went as quiet (Lapsed regular) gets the call too", "[core][follow-ups]")
{
    CustomerTaskFacts regular = justDormant();
    regular.segment = StoreSegment::LapsedRegular;
    const std::vector<FollowUpTask> tasks = TaskPlan::plan(regular, asOf, ServiceRules());
    REQUIRE(tasks.size() == 1);
    CHECK(tasks[0].purpose == TaskPurpose::Dormant);
}

TEST_CASE("the Dormant rule changing moves customers without planning calls", "[core][follow-ups]")
{
    // Issue 21: the first run with the seed's rule moves quiet regulars from Dormant.
    CustomerTaskFacts moved = justDormant();
    moved.previousSegment = StoreSegment::Dormant;
    moved.segment = StoreSegment::LapsedRegular;
    CHECK(TaskPlan::plan(moved, asOf, ServiceRules()).empty());
    moved.previousSegment = StoreSegment::LapsedRegular; // and back, with the rule off again
    moved.segment = StoreSegment::Dormant;
    CHECK(TaskPlan::plan(moved, asOf, ServiceRules()).empty());
}

TEST_CASE("one new marketing task a night: dormant wins over the wake-up", "[core][follow-ups]")
{
    CustomerTaskFacts both = justDormant();
    both.lastPurchase = asOf.addDays(-200);
    both.expectedNextPurchase = asOf.addDays(6);
    both.birthday = QDate(1990, 6, 20);
    both.consentProfile = true;
    const std::vector<TaskPurpose> purposes = purposesOf(TaskPlan::plan(both, asOf, ServiceRules()));
    CHECK(purposes == std::vector<TaskPurpose>{TaskPurpose::Birthday, TaskPurpose::Dormant});
}

TEST_CASE("marketing needs consent and no open marketing task", "[core][follow-ups]")
{
    const ServiceRules rules;
    CustomerTaskFacts noConsent = justDormant();
    noConsent.consentMarketing = false;
    CHECK(TaskPlan::plan(noConsent, asOf, rules).empty());
    CustomerTaskFacts noConsentWakeUp = wakeUpDueIn(5);
    noConsentWakeUp.consentMarketing = false;
    CHECK(TaskPlan::plan(noConsentWakeUp, asOf, rules).empty());

    CustomerTaskFacts pending = wakeUpDueIn(5);
    pending.hasOpenMarketingTask = true;
    CHECK(TaskPlan::plan(pending, asOf, rules).empty());
    CustomerTaskFacts pendingDormant = justDormant();
    pendingDormant.hasOpenMarketingTask = true;
    CHECK(TaskPlan::plan(pendingDormant, asOf, rules).empty());
}

TEST_CASE(
    "the quiet period keeps marketing away from customers contacted in the last N days", "[core][follow-ups]")
{
    ServiceRules rules;
    rules.quietDays = 14;
    const auto contacted = [&](int daysAgo) {
        CustomerTaskFacts facts = wakeUpDueIn(4);
        facts.lastContact = asOf.addDays(-daysAgo);
        return TaskPlan::plan(facts, asOf, rules).size();
    };
    CHECK(contacted(0) == 0);
    CHECK(contacted(13) == 0); // N - 1 days ago: still quiet
    CHECK(contacted(14) == 1); // N days ago: the period is over
    CHECK(contacted(15) == 1); // N + 1

    CHECK(TaskPlan::inQuietPeriod(asOf.addDays(-13), asOf, 14));
    CHECK_FALSE(TaskPlan::inQuietPeriod(asOf.addDays(-14), asOf, 14));
    CHECK_FALSE(TaskPlan::inQuietPeriod(QDate(), asOf, 14));
    rules.quietDays = 0;
    CHECK(contacted(0) == 1);

    // The dormant call respects it too.
    rules.quietDays = 14;
    CustomerTaskFacts dormant = justDormant();
    dormant.lastContact = asOf.addDays(-3);
    CHECK(TaskPlan::plan(dormant, asOf, rules).empty());
}

TEST_CASE("generated tasks go to the clerk who registered the customer, or nobody", "[core][follow-ups]")
{
    CustomerTaskFacts facts = wakeUpDueIn(2);
    facts.registeredBy.reset(); // left the store
    const std::vector<FollowUpTask> tasks = TaskPlan::plan(facts, asOf, ServiceRules());
    REQUIRE(tasks.size() == 1);
    CHECK_FALSE(tasks[0].assignee);
    CHECK(tasks[0].status == TaskStatus::Open);
    CHECK_FALSE(tasks[0].createdBy);
}

namespace {

CustomerTaskFacts firstTimeBuyer(int daysAgo)
{
    CustomerTaskFacts facts = buyer();
    facts.firstPurchase = asOf.addDays(-daysAgo);
    facts.lastPurchase = facts.firstPurchase;
    facts.purchaseDays = 1;
    return facts;
}

} // namespace

TEST_CASE("activation: a first-time buyer between 30 and 60 days after her purchase", "[core][follow-ups]")
{
    const ServiceRules rules;
    const auto activations = [&](const CustomerTaskFacts &facts) {
        int n = 0;
        for (const FollowUpTask &task : TaskPlan::plan(facts, asOf, rules))
            n += task.purpose == TaskPurpose::Activation ? 1 : 0;
        return n;
    };
    CHECK(activations(firstTimeBuyer(29)) == 0);
    CHECK(activations(firstTimeBuyer(30)) == 1); // 30 days without coming back
    CHECK(activations(firstTimeBuyer(45)) == 1);
    CHECK(activations(firstTimeBuyer(60)) == 1); // the first night's last day
    CHECK(activations(firstTimeBuyer(61)) == 0);
    CHECK(activations(firstTimeBuyer(90)) == 0);

    CustomerTaskFacts twice = firstTimeBuyer(45);
    twice.purchaseDays = 2;
    CHECK(activations(twice) == 0);
    CustomerTaskFacts never = buyer();
    CHECK(activations(never) == 0);

    const std::vector<FollowUpTask> tasks = TaskPlan::plan(firstTimeBuyer(45), asOf, rules);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks[0].channel == TaskChannel::WeChat);
    CHECK(tasks[0].dueOn == asOf.addDays(1));
    CHECK(tasks[0].generatedKey == QStringLiteral("activation:42:2026-05-01"));
    CHECK(isMarketing(tasks[0].purpose));
    CHECK(tasks[0].noteWords.kind == QStringLiteral("activation"));

    ServiceRules off;
    off.activationOn = false;
    CHECK(TaskPlan::plan(firstTimeBuyer(45), asOf, off).empty());
    ServiceRules wider;
    wider.activationFirstNightDays = 120;
    CHECK(TaskPlan::plan(firstTimeBuyer(90), asOf, wider).size() == 1);
}

TEST_CASE("activation is marketing: consent, the quiet period, one open at a time", "[core][follow-ups]")
{
    const ServiceRules rules;
    CustomerTaskFacts noConsent = firstTimeBuyer(45);
    noConsent.consentMarketing = false;
    CHECK(TaskPlan::plan(noConsent, asOf, rules).empty());
    CustomerTaskFacts quiet = firstTimeBuyer(45);
    quiet.lastContact = asOf.addDays(-13);
    CHECK(TaskPlan::plan(quiet, asOf, rules).empty());
    CustomerTaskFacts pending = firstTimeBuyer(45);
    pending.hasOpenMarketingTask = true;
    CHECK(TaskPlan::plan(pending, asOf, rules).empty());
    // Dormant wins when both apply (a wide window).
    ServiceRules wide;
    wide.activationFirstNightDays = 400;
    CustomerTaskFacts both = justDormant();
    both.firstPurchase = asOf.addDays(-200);
    both.purchaseDays = 1;
    CHECK(purposesOf(TaskPlan::plan(both, asOf, wide)) == std::vector<TaskPurpose>{TaskPurpose::Dormant});
}

TEST_CASE("a thank-you the day after a purchase on the night's day, when switched on", "[core][follow-ups]")
{
    ServiceRules rules;
    CustomerTaskFacts facts = buyer();
    facts.hasOpenMarketingTask = true; // not marketing: an open marketing task does not hold it back
    facts.lastContact = asOf.addDays(-14); // just outside the 14 quiet days
    facts.lastPurchase = asOf;
    facts.firstPurchase = asOf;
    facts.purchaseDays = 1;
    CHECK(TaskPlan::plan(facts, asOf, rules).empty()); // off by default
    rules.thankYouOn = true;
    const std::vector<FollowUpTask> tasks = TaskPlan::plan(facts, asOf, rules);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks[0].purpose == TaskPurpose::ThankYou);
    CHECK_FALSE(isMarketing(tasks[0].purpose));
    CHECK(tasks[0].dueOn == asOf.addDays(1));
    CHECK(tasks[0].generatedKey == QStringLiteral("thank_you:42:2026-06-15"));
    facts.lastPurchase = asOf.addDays(-1);
    CHECK(TaskPlan::plan(facts, asOf, rules).empty());
}

TEST_CASE("a thank-you needs the customer's consent and respects the quiet period", "[core][follow-ups]")
{
    ServiceRules rules;
    rules.thankYouOn = true;
    rules.quietDays = 14;
    CustomerTaskFacts facts = buyer();
    facts.lastPurchase = asOf;
    facts.firstPurchase = asOf;
    facts.purchaseDays = 1;
    REQUIRE(
        purposesOf(TaskPlan::plan(facts, asOf, rules)) == std::vector<TaskPurpose>{TaskPurpose::ThankYou});

    CustomerTaskFacts noConsent = facts;
    noConsent.consentMarketing = false;
    CHECK(TaskPlan::plan(noConsent, asOf, rules).empty());

    CustomerTaskFacts quiet = facts;
    quiet.lastContact = asOf.addDays(-13); // inside the 14 quiet days
    CHECK(TaskPlan::plan(quiet, asOf, rules).empty());
    quiet.lastContact = asOf;
    CHECK(TaskPlan::plan(quiet, asOf, rules).empty());

    // The birthday greeting on the same night still goes to both (who agreed that we keep it).
    noConsent.birthday = QDate(1990, 6, 20);
    quiet.birthday = QDate(1990, 6, 20);
    noConsent.consentProfile = true;
    quiet.consentProfile = true;
    CHECK(purposesOf(TaskPlan::plan(noConsent, asOf, rules))
        == std::vector<TaskPurpose>{TaskPurpose::Birthday});
    CHECK(purposesOf(TaskPlan::plan(quiet, asOf, rules)) == std::vector<TaskPurpose>{TaskPurpose::Birthday});
}

TEST_CASE("the coupons a task hands over, and the code in its note", "[core][follow-ups]")
{
    ServiceRules rules;
    const QDateTime at(asOf.addDays(1), QTime(2, 0));
    FollowUpTask activation = TaskPlan::plan(firstTimeBuyer(45), asOf, rules).at(0);
    std::optional<Coupon> coupon = TaskPlan::couponFor(activation, rules, at);
    REQUIRE(coupon);
    CHECK(coupon->kind == CouponKind::Amount);
    CHECK(coupon->value == 2000);
    CHECK(coupon->reason == CouponReason::Activation);
    CHECK(coupon->customerId == std::optional<CustomerId>(42));
    CHECK(coupon->validFrom == asOf.addDays(1));
    CHECK(coupon->validTo == asOf.addDays(30));
    coupon->id = 9;
    coupon->code = QStringLiteral("ACDEFGHJ");
    TaskPlan::handOver(activation, *coupon);
    CHECK(activation.coupon == std::optional<qint64>(9));
    CHECK(activation.noteWords.args.last() == QStringLiteral("ACDEFGHJ"));
    CHECK(activation.note.contains(QStringLiteral("ACDE-FGHJ")));
    CHECK(activation.note == activation.noteWords.rendered());

    FollowUpTask dormant = TaskPlan::plan(justDormant(), asOf, rules).at(0);
    coupon = TaskPlan::couponFor(dormant, rules, at);
    REQUIRE(coupon);
    CHECK(coupon->kind == CouponKind::Percent);
    CHECK(coupon->value == 10);
    CHECK(coupon->validTo == asOf.addDays(3));
    rules.dormantCouponPercent = 0;
    CHECK_FALSE(TaskPlan::couponFor(TaskPlan::plan(justDormant(), asOf, rules).at(0), rules, at));
    CHECK_FALSE(TaskPlan::couponFor(TaskPlan::plan(wakeUpDueIn(3), asOf, rules).at(0), rules, at));
}

TEST_CASE("MarketingCap: one marketing task a night across plans, by priority", "[core][follow-ups]")
{
    const ServiceRules rules;
    const std::vector<CustomerTaskFacts> customers{buyer()};
    const auto planned = [](TaskPurpose purpose) {
        FollowUpTask task;
        task.customer = 42;
        task.purpose = purpose;
        task.dueOn = asOf.addDays(1);
        return task;
    };
    std::vector<FollowUpTask> tasks{planned(TaskPurpose::Holiday), planned(TaskPurpose::PurchaseCycle),
        planned(TaskPurpose::Birthday), planned(TaskPurpose::Activation)};
    CHECK(purposesOf(MarketingCap::apply(tasks, customers, asOf, rules))
        == std::vector<TaskPurpose>{TaskPurpose::Birthday, TaskPurpose::Activation});
    tasks.push_back(planned(TaskPurpose::Dormant));
    CHECK(purposesOf(MarketingCap::apply(tasks, customers, asOf, rules))
        == std::vector<TaskPurpose>{TaskPurpose::Birthday, TaskPurpose::Dormant});
    CHECK(MarketingCap::priority(TaskPurpose::PurchaseCycle) < MarketingCap::priority(TaskPurpose::Holiday));

    // Another plan's marketing (a holiday greeting) obeys consent and the quiet period too.
    std::vector<CustomerTaskFacts> noConsent{buyer()};
    noConsent[0].consentMarketing = false;
    CHECK(purposesOf(MarketingCap::apply(
              {planned(TaskPurpose::Holiday), planned(TaskPurpose::Birthday)}, noConsent, asOf, rules))
        == std::vector<TaskPurpose>{TaskPurpose::Birthday});
    std::vector<CustomerTaskFacts> quiet{buyer()};
    quiet[0].lastContact = asOf.addDays(-2);
    CHECK(MarketingCap::apply({planned(TaskPurpose::Holiday)}, quiet, asOf, rules).empty());
    // A customer the facts do not know keeps only care.
    CHECK(MarketingCap::apply({planned(TaskPurpose::Holiday)}, {}, asOf, rules).empty());
}

TEST_CASE(
    "MarketingCap: VIPs and Gold or Black customers at the contact limit get none", "[core][follow-ups]")
{
    ServiceRules rules;
    REQUIRE(rules.vipContactLimit == 2);
    const auto customer = [](StoreSegment segment, Tier tier, int contacts) {
        CustomerTaskFacts facts = buyer();
        facts.segment = segment;
        facts.tier = tier;
        facts.recentMarketingContacts = contacts;
        return facts;
    };
    CHECK(MarketingCap::capped(customer(StoreSegment::Active, Tier::Gold, 2), rules));
    CHECK(MarketingCap::capped(customer(StoreSegment::Active, Tier::Black, 3), rules));
    CHECK(MarketingCap::capped(customer(StoreSegment::Vip, Tier::None, 2), rules));
    CHECK_FALSE(MarketingCap::capped(customer(StoreSegment::Active, Tier::Gold, 1), rules));
    CHECK_FALSE(MarketingCap::capped(customer(StoreSegment::Active, Tier::Silver, 5), rules));
    CHECK_FALSE(MarketingCap::capped(customer(StoreSegment::Active, Tier::None, 5), rules));

    FollowUpTask greeting;
    greeting.customer = 42;
    greeting.purpose = TaskPurpose::Holiday;
    FollowUpTask birthday = greeting;
    birthday.purpose = TaskPurpose::Birthday;
    CHECK(purposesOf(MarketingCap::apply(
              {greeting, birthday}, {customer(StoreSegment::Active, Tier::Gold, 2)}, asOf, rules))
        == std::vector<TaskPurpose>{TaskPurpose::Birthday});
    CHECK(MarketingCap::apply({greeting}, {customer(StoreSegment::Active, Tier::None, 2)}, asOf, rules).size()
        == 1);
    rules.vipContactLimit = 3;
    CHECK(MarketingCap::apply({greeting}, {customer(StoreSegment::Active, Tier::Gold, 2)}, asOf, rules).size()
        == 1);
}
