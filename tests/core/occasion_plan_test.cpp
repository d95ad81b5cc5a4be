#include "core/holiday.h"
#include "core/occasion_plan.h"

#include <catch2/catch.hpp>

#include <QLocale>

using namespace atelier;

// The pure rules of holiday greetings and life-event anniversaries (issue 22): the windows' edges,
// 29 February, the year's end, and a holiday's fields refused by name.

namespace {

CustomerTaskFacts silver(CustomerId id = 42)
{
    CustomerTaskFacts facts;
    facts.customer = id;
    facts.consentMarketing = true;
    facts.registeredBy = 3;
    facts.tier = Tier::Silver;
    return facts;
}

Holiday holiday(const QDate &day, bool greet = true)
{
    Holiday h;
    h.code = HolidayCode::Christmas;
    h.nameZh = QStringLiteral("圣诞节");
    h.nameEn = QStringLiteral("Christmas");
    h.day = day;
    h.greet = greet;
    return h;
}

// Greetings for Silver and up (the default is Black only).
ServiceRules silverAndUp()
{
    ServiceRules rules;
    rules.holidayMinTier = 1;
    return rules;
}

std::vector<FollowUpTask> plan(const OccasionFacts &facts, const std::vector<CustomerTaskFacts> &customers,
    const QDate &asOf, const ServiceRules &rules = silverAndUp())
{
    return OccasionPlan::plan(facts, customers, asOf, rules);
}

} // namespace

TEST_CASE("a holiday greeting is planned within the lead days, due on the holiday", "[core][occasions]")
{
    const QDate christmas(2026, 12, 25);
    OccasionFacts facts;
    facts.holidays = {holiday(christmas)};
    ServiceRules rules = silverAndUp(); // holidayLeadDays 3
    CHECK(plan(facts, {silver()}, christmas.addDays(-4), rules).empty()); // one day too early
    const std::vector<FollowUpTask> first = plan(facts, {silver()}, christmas.addDays(-3), rules);
    REQUIRE(first.size() == 1);
    CHECK(first[0].purpose == TaskPurpose::Holiday);
    CHECK(isMarketing(first[0].purpose));
    CHECK(first[0].channel == TaskChannel::WeChat);
    CHECK(first[0].dueOn == christmas);
    CHECK(first[0].assignee == StaffId(3));
    CHECK(first[0].generatedKey == QStringLiteral("holiday:42:2026-12-25"));
    CHECK(first[0].noteWords.args
        == QStringList{QStringLiteral("2026-12-25"), QStringLiteral("圣诞节"), QStringLiteral("Christmas")});
    CHECK(plan(facts, {silver()}, christmas.addDays(-1), rules).size() == 1); // the same key again
    CHECK(plan(facts, {silver()}, christmas, rules).empty()); // the day itself: too late
    rules.holidayLeadDays = 0;
    CHECK(plan(facts, {silver()}, christmas.addDays(-1), rules).empty());
}

TEST_CASE("a holiday greeting needs consent, the tier, no quiet period, no open marketing task and greet",
    "[core][occasions]")
{
    const QDate day(2027, 1, 1);
    const QDate asOf = day.addDays(-2);
    OccasionFacts facts;
    facts.holidays = {holiday(day)};
    CustomerTaskFacts noConsent = silver(1);
    noConsent.consentMarketing = false;
    CustomerTaskFacts member = silver(2);
    member.tier = Tier::None;
    CustomerTaskFacts quiet = silver(3);
    quiet.lastContact = asOf.addDays(-13); // inside the 14 quiet days
    CustomerTaskFacts busy = silver(4);
    busy.hasOpenMarketingTask = true;
    CustomerTaskFacts gold = silver(5);
    gold.tier = Tier::Gold;
    CustomerTaskFacts longAgo = silver(6);
    longAgo.lastContact = asOf.addDays(-14); // just outside
    const std::vector<FollowUpTask> tasks
        = plan(facts, {noConsent, member, quiet, busy, gold, longAgo}, asOf);
    REQUIRE(tasks.size() == 2);
    CHECK(tasks[0].customer == 5);
    CHECK(tasks[1].customer == 6);

    ServiceRules everyone;
    everyone.holidayMinTier = 0;
    CHECK(plan(facts, {member, noConsent}, asOf, everyone).size() == 1);
    ServiceRules blackOnly;
    blackOnly.holidayMinTier = 3;
    CHECK(plan(facts, {gold}, asOf, blackOnly).empty());

    facts.holidays = {holiday(day, false)};
    CHECK(plan(facts, {gold}, asOf, everyone).empty());
}

TEST_CASE("two holidays in the window give one greeting a night, the earliest, across the year end",
    "[core][occasions]")
{
    OccasionFacts facts;
    Holiday newYear = holiday(QDate(2027, 1, 1));
    newYear.code = HolidayCode::Other;
    newYear.nameZh = QStringLiteral("元旦");
    newYear.nameEn = QStringLiteral("New Year's Day");
    facts.holidays = {newYear, holiday(QDate(2026, 12, 31))};
    const std::vector<FollowUpTask> tasks = plan(facts, {silver()}, QDate(2026, 12, 29));
    REQUIRE(tasks.size() == 1);
    CHECK(tasks[0].dueOn == QDate(2026, 12, 31));
}

TEST_CASE("a life event's anniversary: from the first year, 29 February, the year end", "[core][occasions]")
{
    CHECK(OccasionPlan::anniversaryWithin(QDate(2025, 6, 20), QDate(2026, 6, 13), 7) == QDate(2026, 6, 20));
    CHECK_FALSE(OccasionPlan::anniversaryWithin(QDate(2025, 6, 20), QDate(2026, 6, 12), 7).isValid());
    CHECK_FALSE(OccasionPlan::anniversaryWithin(QDate(2025, 6, 20), QDate(2026, 6, 20), 7).isValid());
    // The event's own year is no anniversary.
    CHECK_FALSE(OccasionPlan::anniversaryWithin(QDate(2026, 6, 20), QDate(2026, 6, 15), 7).isValid());
    // 29 February on 28 February in a common year, on the 29th in a leap year.
    CHECK(OccasionPlan::anniversaryWithin(QDate(2024, 2, 29), QDate(2027, 2, 25), 7) == QDate(2027, 2, 28));
    CHECK(OccasionPlan::anniversaryWithin(QDate(2024, 2, 29), QDate(2028, 2, 25), 7) == QDate(2028, 2, 29));
    // Across the year end.
    CHECK(OccasionPlan::anniversaryWithin(QDate(2020, 1, 2), QDate(2026, 12, 30), 7) == QDate(2027, 1, 2));

    OccasionFacts facts;
    facts.lifeEvents = {
        {7, 42, LifeEvent::Kind::Wedding, QDate(2024, 2, 29)},
        {8, 43, LifeEvent::Kind::NewBaby, QDate(2027, 2, 27)}, // after asOf: not yet happened
        {9, 99, LifeEvent::Kind::Moving, QDate(2020, 3, 1)}, // no such customer tonight
    };
    CustomerTaskFacts busy = silver(42);
    busy.hasOpenMarketingTask = true; // not marketing: an open marketing task does not hold it back
    const std::vector<FollowUpTask> tasks = plan(facts, {busy, silver(43)}, QDate(2027, 2, 25));
    REQUIRE(tasks.size() == 1);
    CHECK(tasks[0].purpose == TaskPurpose::LifeEvent);
    CHECK_FALSE(isMarketing(tasks[0].purpose));
    CHECK(tasks[0].dueOn == QDate(2027, 2, 28));
    CHECK(tasks[0].generatedKey == QStringLiteral("life_event:42:7:2027"));
    CHECK(tasks[0].noteWords.kind == QStringLiteral("life_event_anniversary"));
    CHECK(tasks[0].noteWords.args
        == QStringList{QStringLiteral("wedding"), QStringLiteral("2024-02-29"), QStringLiteral("3")});
}

TEST_CASE("a life event's anniversary needs consent and respects the quiet period", "[core][occasions]")
{
    const QDate asOf(2026, 6, 15);
    OccasionFacts facts;
    facts.lifeEvents = {
        {1, 41, LifeEvent::Kind::Wedding, QDate(2020, 6, 18)},
        {2, 42, LifeEvent::Kind::Wedding, QDate(2020, 6, 18)},
        {3, 43, LifeEvent::Kind::Wedding, QDate(2020, 6, 18)},
        {4, 44, LifeEvent::Kind::Wedding, QDate(2020, 6, 18)},
    };
    ServiceRules rules = silverAndUp();
    rules.quietDays = 14;
    CustomerTaskFacts noConsent = silver(41);
    noConsent.consentMarketing = false;
    CustomerTaskFacts quiet = silver(42);
    quiet.lastContact = asOf.addDays(-13); // inside the 14 quiet days
    CustomerTaskFacts quietOver = silver(43);
    quietOver.lastContact = asOf.addDays(-14); // just outside
    CustomerTaskFacts member = silver(44);
    member.tier = Tier::None; // the holiday tier rule does not apply to life events
    const std::vector<FollowUpTask> tasks = plan(facts, {noConsent, quiet, quietOver, member}, asOf, rules);
    REQUIRE(tasks.size() == 2);
    CHECK(tasks[0].customer == 43);
    CHECK(tasks[1].customer == 44);
    CHECK(tasks[0].purpose == TaskPurpose::LifeEvent);
    CHECK(tasks[0].dueOn == QDate(2026, 6, 18));

    // With the quiet period switched off, the recent contact no longer holds it back.
    rules.quietDays = 0;
    CHECK(plan(facts, {noConsent, quiet}, asOf, rules).size() == 1);
}

TEST_CASE("a holiday's fields are checked and refused by name", "[core][holidays]")
{
    QDate day;
    CHECK_FALSE(Holiday::readDay(QStringLiteral("2027-10-01"), day));
    CHECK(day == QDate(2027, 10, 1));
    for (const QString &bad : {QStringLiteral("2027-02-30"), QStringLiteral("2027-13-01"),
             QStringLiteral("2027/03/01"), QStringLiteral("1 Oct 2027"), QString()}) {
        const std::optional<HolidayProblem> problem = Holiday::readDay(bad, day);
        REQUIRE(problem);
        CHECK(problem->field == QStringLiteral("day"));
        CHECK(problem->message.startsWith(QStringLiteral("Date:")));
    }

    Holiday h = holiday(QDate(2027, 12, 25));
    h.nameZh = QStringLiteral("  圣诞节 ");
    CHECK_FALSE(h.normaliseAndCheck());
    CHECK(h.nameZh == QStringLiteral("圣诞节"));
    h.nameZh.clear();
    CHECK(h.normaliseAndCheck()->field == QStringLiteral("name_zh"));
    h.nameZh = QStringLiteral("圣诞节");
    h.nameEn = QStringLiteral(" ");
    CHECK(h.normaliseAndCheck()->field == QStringLiteral("name_en"));
    h.nameEn = QStringLiteral("Christmas");
    h.day = QDate();
    CHECK(h.normaliseAndCheck()->field == QStringLiteral("day"));

    CHECK(toCode(HolidayCode::Day520) == QStringLiteral("day_520"));
    CHECK(holidayCodeFromCode(QStringLiteral("mid_autumn")) == HolidayCode::MidAutumn);
    CHECK_FALSE(holidayCodeFromCode(QStringLiteral("easter")));
}

TEST_CASE("a holiday greeting's note names the holiday in the reader's language", "[core][occasions]")
{
    const StoredWords words = StoredWords::holiday(
        QDate(2026, 9, 25), QStringLiteral("中秋节"), QStringLiteral("Mid-Autumn Festival"));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    CHECK(words.rendered().contains(QStringLiteral("中秋节")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(words.rendered().contains(QStringLiteral("Mid-Autumn Festival")));
    CHECK_FALSE(words.rendered().contains(QStringLiteral("中秋节")));
    QLocale::setDefault(QLocale::c());
}
