#include "core/customer_flow.h"
#include "core/marketing_cap.h"
#include "core/task_plan.h"

#include <catch2/catch.hpp>

using namespace atelier;

// Issue 23: a prospect's first follow-up (TaskPlan) and the customer figures read from the customers'
// purchases (CustomerFlow), on hand-computed cases.

namespace {

const QDate asOf(2026, 6, 15);

// Registered `daysAgo` days before asOf, never bought, with marketing consent.
CustomerTaskFacts prospect(int daysAgo)
{
    CustomerTaskFacts facts;
    facts.customer = 7;
    facts.consentMarketing = true;
    facts.registeredBy = 2;
    facts.registeredOn = asOf.addDays(-daysAgo);
    return facts;
}

int prospectTasks(const CustomerTaskFacts &facts, const ServiceRules &rules = ServiceRules())
{
    int n = 0;
    for (const FollowUpTask &task : TaskPlan::plan(facts, asOf, rules))
        n += task.purpose == TaskPurpose::Prospect ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("a prospect gets one first follow-up, due three days after she registered",
    "[core][follow-ups][prospect]")
{
    // Planned the night before it is due, or later while the first night's window holds.
    CHECK(prospectTasks(prospect(0)) == 0);
    CHECK(prospectTasks(prospect(1)) == 0);
    CHECK(prospectTasks(prospect(2)) == 1); // due tomorrow, the third day
    CHECK(prospectTasks(prospect(3)) == 1);
    CHECK(prospectTasks(prospect(30)) == 1); // the first night's last day
    CHECK(prospectTasks(prospect(31)) == 0); // the first night stays bounded
    CHECK(prospectTasks(prospect(400)) == 0);

    const std::vector<FollowUpTask> onTime = TaskPlan::plan(prospect(2), asOf, ServiceRules());
    REQUIRE(onTime.size() == 1);
    CHECK(onTime[0].dueOn == asOf.addDays(1));
    CHECK(onTime[0].channel == TaskChannel::WeChat);
    CHECK(onTime[0].assignee == std::optional<StaffId>(2));
    // The key has no date: once per customer, ever, whichever night plans it.
    CHECK(onTime[0].generatedKey == QStringLiteral("prospect:7:first"));
    CHECK(TaskPlan::plan(prospect(20), asOf, ServiceRules())[0].generatedKey == onTime[0].generatedKey);
    CHECK(onTime[0].noteWords.kind == QStringLiteral("prospect"));
    CHECK(onTime[0].noteWords.args == QStringList{QStringLiteral("2026-06-13")});
    CHECK(isMarketing(TaskPurpose::Prospect));
    // A missed night: due tomorrow, never in the past.
    CHECK(TaskPlan::plan(prospect(10), asOf, ServiceRules())[0].dueOn == asOf.addDays(1));

    ServiceRules later;
    later.prospectAfterDays = 7;
    CHECK(prospectTasks(prospect(5), later) == 0);
    CHECK(prospectTasks(prospect(6), later) == 1);
    ServiceRules sameDay;
    sameDay.prospectAfterDays = 0;
    CHECK(prospectTasks(prospect(0), sameDay) == 1);
    CHECK(TaskPlan::plan(prospect(0), asOf, sameDay)[0].dueOn == asOf.addDays(1));
}

TEST_CASE("a prospect's follow-up can be switched off and is marketing", "[core][follow-ups][prospect]")
{
    ServiceRules off;
    off.prospectOn = false;
    CHECK(prospectTasks(prospect(5), off) == 0);

    CustomerTaskFacts noConsent = prospect(5);
    noConsent.consentMarketing = false;
    CHECK(prospectTasks(noConsent) == 0);
    CustomerTaskFacts quiet = prospect(5);
    quiet.lastContact = asOf.addDays(-2);
    CHECK(prospectTasks(quiet) == 0);
    CustomerTaskFacts pending = prospect(5);
    pending.hasOpenMarketingTask = true;
    CHECK(prospectTasks(pending) == 0);

    // A customer who has bought is no prospect.
    CustomerTaskFacts bought = prospect(5);
    bought.firstPurchase = bought.lastPurchase = asOf.addDays(-1);
    bought.purchaseDays = 1;
    CHECK(prospectTasks(bought) == 0);

    // It wins the night's one marketing slot over a holiday greeting.
    CHECK(MarketingCap::priority(TaskPurpose::Prospect) < MarketingCap::priority(TaskPurpose::Holiday));
}

TEST_CASE(
    "crossing into Dormant: the day the last purchase gets too old, with few purchases", "[core][reports]")
{
    SegmentRules rules; // more than 182 days, at most 2 purchases
    const QDate may1(2026, 5, 1);
    const QDate may31(2026, 5, 31);
    const QDate bought = may1.addDays(-183); // Dormant on 1 May: 183 days > 182
    CHECK(CustomerFlow::crossedIntoDormant({bought}, may1, may31, rules));
    CHECK_FALSE(CustomerFlow::crossedIntoDormant({bought.addDays(-1)}, may1, may31, rules)); // 30 April
    CHECK(CustomerFlow::crossedIntoDormant({may31.addDays(-183)}, may1, may31, rules));
    CHECK_FALSE(CustomerFlow::crossedIntoDormant({may31.addDays(-182)}, may1, may31, rules)); // 1 June
    // Bought again before the day: no crossing; on the day itself: none either.
    CHECK_FALSE(CustomerFlow::crossedIntoDormant({bought, may1.addDays(-10)}, may1, may31, rules));
    CHECK_FALSE(CustomerFlow::crossedIntoDormant({bought, may1}, may1, may31, rules));
    // Two purchases on the last day count as two: still Dormant; a third makes her a Lapsed regular.
    CHECK(CustomerFlow::crossedIntoDormant({bought, bought}, may1, may31, rules));
    CHECK_FALSE(CustomerFlow::crossedIntoDormant({bought.addDays(-300), bought, bought}, may1, may31, rules));
    SegmentRules anyCount = rules;
    anyCount.dormantMaxPurchases = 0;
    CHECK(CustomerFlow::crossedIntoDormant({bought.addDays(-300), bought, bought}, may1, may31, anyCount));
    // Not before the window's last day (today, when the period is not over).
    CHECK_FALSE(CustomerFlow::crossedIntoDormant({bought}, may1, may1.addDays(-1), rules));
    CHECK_FALSE(CustomerFlow::crossedIntoDormant({}, may1, may31, rules));
}

TEST_CASE("the customer flow on a hand-computed store", "[core][reports]")
{
    const ReportPeriod may = ReportPeriod::month(2026, 5);
    const QDate today(2026, 6, 15);
    CustomerFlow flow(may, today, SegmentRules());
    const QString walkIn = QStringLiteral("walk_in");
    const QString wechat = QStringLiteral("wechat");
    // Retention: the base are the buyers of June 2024 – May 2025, retained those who bought again in
    // June 2025 – May 2026.
    flow.add(QDate(2024, 1, 5), walkIn, {QDate(2024, 8, 1), QDate(2025, 9, 1)}); // base, retained
    flow.add(QDate(2024, 1, 5), walkIn, {QDate(2025, 5, 31)}); // base, not retained
    flow.add(QDate(2024, 1, 5), walkIn, {QDate(2024, 5, 31), QDate(2026, 6, 1)}); // not in the base
    flow.add(QDate(2025, 10, 1), walkIn, {QDate(2025, 10, 28)}); // Dormant on 29 April: 183 days
    flow.add(QDate(2025, 10, 1), walkIn, {QDate(2025, 11, 1)}); // Dormant on 3 May: in May
    // New in May: one bought the same day, one 12 days later and twice again, one never; on WeChat,
    // one 3 days later and one whose purchase comes after today.
    flow.add(QDate(2026, 5, 2), walkIn, {QDate(2026, 5, 2)});
    flow.add(QDate(2026, 5, 3), walkIn, {QDate(2026, 5, 15), QDate(2026, 5, 20), QDate(2026, 6, 1)});
    flow.add(QDate(2026, 5, 4), walkIn, {});
    flow.add(QDate(2026, 5, 20), wechat, {QDate(2026, 5, 23)});
    flow.add(QDate(2026, 5, 25), wechat, {QDate(2026, 7, 1)}); // after today: not counted
    flow.add(QDate(2026, 6, 2), wechat, {}); // registered after May: not May's

    CustomerFigures f;
    f.newCustomers = 5;
    flow.finishInto(f);
    CHECK(f.retentionBase == 2);
    CHECK(f.retained == 1);
    CHECK(f.retentionRate() == Approx(0.5));
    CHECK_FALSE(f.retentionSoFar);
    CHECK(f.crossedIntoDormant == 1);
    // Prospects at the end of May: the one who never bought and the one who buys in July.
    CHECK(f.prospectsAtEnd == 2);
    // Conversion counts each customer once, however often she bought.
    CHECK(f.convertedWithin == 3);
    CHECK(f.conversionRate() == Approx(0.6));
    CHECK(f.conversionSoFar); // the one of 25 May has days left
    CHECK(f.medianDaysToFirstPurchase == 3); // 0, 12, 3: the middle one
    REQUIRE(f.conversion.size() == 2);
    CHECK(f.conversion[0] == Conversion{walkIn, 3, 2, 2, 0}); // 0 and 12 days: the lower middle
    CHECK(f.conversion[1] == Conversion{wechat, 2, 1, 1, 3});
}

TEST_CASE("retention of a period not over yet is marked so far", "[core][reports]")
{
    CustomerFigures f;
    CustomerFlow(ReportPeriod::month(2026, 6), QDate(2026, 6, 15), SegmentRules()).finishInto(f);
    CHECK(f.retentionSoFar);
    CHECK(f.retentionBase == 0);
    CHECK(f.medianDaysToFirstPurchase == -1);
}
