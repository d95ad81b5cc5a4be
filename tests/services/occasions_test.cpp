#include "follow_up_fixture.h"

#include "core/customer.h"
#include "core/holiday.h"
#include "core/service_rules.h"
#include "core/session.h"
#include "services/audit_trail.h"
#include "services/counter_shift.h"
#include "services/customer_service.h"
#include "services/follow_up_service.h"
#include "services/holiday_calendar.h"
#include "services/service_settings.h"
#include "services/store.h"
#include "storage/audit_repository.h"
#include "storage/contact_repository.h"
#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include "support/read_checks.h"
#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace atelier;
using atelier::testing::FollowUpShop;
using atelier::testing::readValue;

// Issue 22's holiday greetings and life-event anniversaries on a hand-made store, through the
// nightly job, and the holiday calendar the manager edits.

namespace {

const QDate asOf(2026, 6, 14); // last night, as the app's nightly run sees it on the 15th
const QDate storeDay(2026, 6, 16); // the store's own holiday, two days after asOf

std::optional<FollowUpTask> taskOf(FollowUpShop &shop, CustomerId who, TaskPurpose purpose)
{
    for (const TaskRow &row : readValue(shop.store().followUps().forCustomer(who)))
        if (row.task.purpose == purpose)
            return row.task;
    return std::nullopt;
}

Holiday storeHoliday(const QDate &day, bool greet = true)
{
    Holiday holiday;
    holiday.nameZh = QStringLiteral("店庆");
    holiday.nameEn = QStringLiteral("Store anniversary");
    holiday.day = day;
    holiday.greet = greet;
    return holiday;
}

// A Silver customer (1 200元 spent 100 days before asOf: no first-time buyer's activation window).
CustomerId silverCustomer(FollowUpShop &shop, const QString &phone, bool consent = true)
{
    const CustomerId who = shop.customer(phone, shop.clerk, consent);
    shop.buy(who, asOf.addDays(-100), Money::fromYuan(1200));
    return who;
}

void setLifeEvent(FollowUpShop &shop, CustomerId who, LifeEvent::Kind kind, const QDate &day)
{
    // As an import of an older archive would: the repository, without the service's date check.
    LifeEvent event;
    event.customerId = who;
    event.kind = kind;
    event.date = day;
    const QSqlDatabase db = shop.store().database().connection();
    Transaction transaction(db);
    CustomerRepository(db).setLifeEvents(who, {event});
    transaction.commit();
}

void saveRules(FollowUpShop &shop, const std::function<void(ServiceRules &)> &change)
{
    ServiceRules rules = shop.store().serviceSettings().rules();
    change(rules);
    REQUIRE(shop.store().serviceSettings().save(rules).ok());
}

} // namespace

TEST_CASE("holiday greetings go to consenting Silver customers outside the quiet period, once",
    "[services][follow-ups][holidays]")
{
    FollowUpShop shop;
    saveRules(shop, [](ServiceRules &rules) { rules.holidayMinTier = 1; }); // the default is Black
    REQUIRE(shop.store().holidays().save(storeHoliday(storeDay)).ok());
    const CustomerId silver = silverCustomer(shop, QStringLiteral("13700000201"));
    const CustomerId noConsent = silverCustomer(shop, QStringLiteral("13700000202"), false);
    const CustomerId quiet = silverCustomer(shop, QStringLiteral("13700000203"));
    const CustomerId busy = silverCustomer(shop, QStringLiteral("13700000204"));
    const CustomerId member = shop.customer(QStringLiteral("13700000205"), shop.clerk);
    shop.buy(member, asOf.addDays(-100), Money::fromYuan(200)); // below Silver
    {
        const QSqlDatabase db = shop.store().database().connection();
        Transaction transaction(db);
        ContactRepository(db).recordSms(
            {quiet}, QDateTime(asOf.addDays(-3), QTime(11, 0), QTimeZone(8 * 3600)), shop.clerk);
        transaction.commit();
    }
    FollowUpTask open = shop.draft(busy, asOf.addDays(5)); // an open marketing task, planned by hand
    open.purpose = TaskPurpose::PurchaseCycle;
    REQUIRE(shop.store().followUps().create(open).ok());

    shop.nightly(asOf);
    const std::optional<FollowUpTask> greeting = taskOf(shop, silver, TaskPurpose::Holiday);
    REQUIRE(greeting);
    CHECK(greeting->dueOn == storeDay);
    CHECK(greeting->channel == TaskChannel::WeChat);
    CHECK(greeting->generatedKey == QStringLiteral("holiday:%1:2026-06-16").arg(silver));
    CHECK(greeting->noteWords.kind == QStringLiteral("holiday"));
    CHECK(greeting->note.contains(QStringLiteral("Store anniversary")));
    CHECK(greeting->assignee == shop.clerk);
    CHECK(shop.taskCount(noConsent, TaskPurpose::Holiday) == 0);
    CHECK(shop.taskCount(quiet, TaskPurpose::Holiday) == 0);
    CHECK(shop.taskCount(busy, TaskPurpose::Holiday) == 0);
    CHECK(shop.taskCount(member, TaskPurpose::Holiday) == 0);

    SECTION("a second run, and the next night, plan nothing again")
    {
        const int before = shop.taskCount();
        CHECK(shop.nightly(asOf).tasksCreated == 0);
        CHECK(shop.nightly(asOf.addDays(1)).tasksCreated == 0);
        CHECK(shop.taskCount() == before);
        CHECK(shop.taskCount(silver, TaskPurpose::Holiday) == 1);
    }
    SECTION("holidayMinTier 0 greets every customer who accepts marketing")
    {
        saveRules(shop, [](ServiceRules &rules) { rules.holidayMinTier = 0; });
        shop.nightly(asOf);
        CHECK(shop.taskCount(member, TaskPurpose::Holiday) == 1);
        CHECK(shop.taskCount(noConsent, TaskPurpose::Holiday) == 0);
    }
}

TEST_CASE(
    "a holiday with greet = 0 or beyond the lead days plans no greeting", "[services][follow-ups][holidays]")
{
    FollowUpShop shop;
    saveRules(shop, [](ServiceRules &rules) { rules.holidayMinTier = 1; }); // the default is Black
    REQUIRE(shop.store().holidays().save(storeHoliday(storeDay, false)).ok());
    Holiday later = storeHoliday(asOf.addDays(4)); // the default lead is 3 days
    later.nameZh = QStringLiteral("会员日");
    later.nameEn = QStringLiteral("Members' day");
    REQUIRE(shop.store().holidays().save(later).ok());
    const CustomerId silver = silverCustomer(shop, QStringLiteral("13700000211"));
    shop.nightly(asOf);
    CHECK(shop.taskCount(silver, TaskPurpose::Holiday) == 0);
    shop.nightly(asOf.addDays(1)); // now within the lead days
    CHECK(shop.taskCount(silver, TaskPurpose::Holiday) == 1);
    CHECK(taskOf(shop, silver, TaskPurpose::Holiday)->dueOn == asOf.addDays(4));
}

TEST_CASE("a life event plans care on its anniversary, not in its own year, not from the future",
    "[services][follow-ups][life-events]")
{
    FollowUpShop shop;
    const CustomerId wed = shop.customer(QStringLiteral("13700000221"), shop.clerk);
    setLifeEvent(shop, wed, LifeEvent::Kind::Wedding, QDate(2024, 6, 18));
    const CustomerId thisYear = shop.customer(QStringLiteral("13700000222"), shop.clerk);
    setLifeEvent(shop, thisYear, LifeEvent::Kind::Promotion, QDate(2026, 6, 1));
    const CustomerId future = shop.customer(QStringLiteral("13700000223"), shop.clerk);
    setLifeEvent(shop, future, LifeEvent::Kind::Moving, asOf.addDays(3)); // in the window, not yet happened
    const CustomerId far = shop.customer(QStringLiteral("13700000224"), shop.clerk);
    setLifeEvent(shop, far, LifeEvent::Kind::NewBaby, QDate(2025, 6, 30)); // beyond 7 days

    shop.nightly(asOf);
    const std::optional<FollowUpTask> care = taskOf(shop, wed, TaskPurpose::LifeEvent);
    REQUIRE(care);
    CHECK(care->dueOn == QDate(2026, 6, 18));
    const qint64 event = readValue(shop.store().customers().load(wed))->lifeEvents.first().id;
    CHECK(care->generatedKey == QStringLiteral("life_event:%1:%2:2026").arg(wed).arg(event));
    CHECK(care->noteWords.kind == QStringLiteral("life_event_anniversary"));
    CHECK(shop.taskCount(thisYear, TaskPurpose::LifeEvent) == 0);
    CHECK(shop.taskCount(future, TaskPurpose::LifeEvent) == 0);
    CHECK(shop.taskCount(far, TaskPurpose::LifeEvent) == 0);

    const int before = shop.taskCount();
    CHECK(shop.nightly(asOf).tasksCreated == 0);
    CHECK(shop.nightly(asOf.addDays(1)).tasksCreated == 0);
    CHECK(shop.taskCount() == before);
}

TEST_CASE(
    "a life event's anniversary respects consent and the quiet period", "[services][follow-ups][life-events]")
{
    FollowUpShop shop;
    saveRules(shop, [](ServiceRules &rules) { rules.quietDays = 14; });
    const CustomerId noConsent = shop.customer(QStringLiteral("13700000231"), shop.clerk, false);
    setLifeEvent(shop, noConsent, LifeEvent::Kind::Wedding, QDate(2024, 6, 18));
    const CustomerId quiet = shop.customer(QStringLiteral("13700000232"), shop.clerk);
    setLifeEvent(shop, quiet, LifeEvent::Kind::Wedding, QDate(2024, 6, 18));
    const CustomerId quietOver = shop.customer(QStringLiteral("13700000233"), shop.clerk);
    setLifeEvent(shop, quietOver, LifeEvent::Kind::Wedding, QDate(2024, 6, 18));
    const CustomerId busy = shop.customer(QStringLiteral("13700000234"), shop.clerk);
    setLifeEvent(shop, busy, LifeEvent::Kind::Wedding, QDate(2024, 6, 18));
    {
        const QSqlDatabase db = shop.store().database().connection();
        Transaction transaction(db);
        ContactRepository(db).recordSms(
            {quiet}, QDateTime(asOf.addDays(-13), QTime(11, 0), QTimeZone(8 * 3600)), shop.clerk);
        ContactRepository(db).recordSms(
            {quietOver}, QDateTime(asOf.addDays(-14), QTime(11, 0), QTimeZone(8 * 3600)), shop.clerk);
        transaction.commit();
    }
    // Not marketing: an open marketing task does not hold it back.
    FollowUpTask open = shop.draft(busy, asOf.addDays(5));
    open.purpose = TaskPurpose::PurchaseCycle;
    REQUIRE(shop.store().followUps().create(open).ok());

    shop.nightly(asOf);
    CHECK(shop.taskCount(noConsent, TaskPurpose::LifeEvent) == 0);
    CHECK(shop.taskCount(quiet, TaskPurpose::LifeEvent) == 0);
    CHECK(shop.taskCount(quietOver, TaskPurpose::LifeEvent) == 1);
    CHECK(shop.taskCount(busy, TaskPurpose::LifeEvent) == 1);
    CHECK(shop.nightly(asOf).tasksCreated == 0);
}

TEST_CASE("the archive refuses a life event in the future, naming the field", "[services][life-events]")
{
    FollowUpShop shop;
    const CustomerId who = shop.customer(QStringLiteral("13700000231"), shop.clerk);
    CustomerArchive archive = *readValue(shop.store().customers().load(who));
    LifeEvent event;
    event.customerId = who;
    event.kind = LifeEvent::Kind::Wedding;
    event.date = shop.today().addDays(1);
    archive.lifeEvents = {event};
    const SaveResult refused = shop.store().customers().save(archive);
    CHECK_FALSE(refused.ok());
    REQUIRE(refused.errors.size() == 1);
    CHECK(refused.errors.first().field == QStringLiteral("lifeEvents"));
    CHECK(refused.errors.first().message.startsWith(QStringLiteral("Life events:")));
    CHECK(readValue(shop.store().customers().load(who))->lifeEvents.isEmpty());

    archive.lifeEvents.first().date = shop.today();
    CHECK(shop.store().customers().save(archive).ok());
}

TEST_CASE("a future life event stored before the rule does not block other edits; a new one is refused",
    "[services][life-events]")
{
    FollowUpShop shop;
    const CustomerId who = shop.customer(QStringLiteral("13700000232"), shop.clerk);
    const QDate stored = shop.today().addDays(30);
    setLifeEvent(shop, who, LifeEvent::Kind::Wedding, stored); // as an import of an older archive

    CustomerArchive archive = *readValue(shop.store().customers().load(who));
    REQUIRE(archive.lifeEvents.size() == 1);
    archive.phoneText = QStringLiteral("13700000233");
    const SaveResult saved = shop.store().customers().save(archive);
    CHECK(saved.ok());
    CHECK(saved.errors.isEmpty());
    archive = *readValue(shop.store().customers().load(who));
    CHECK(archive.phoneText == QStringLiteral("13700000233"));
    REQUIRE(archive.lifeEvents.size() == 1);
    CHECK(archive.lifeEvents.first().date == stored);
    CHECK(archive.lifeEvents.first().kind == LifeEvent::Kind::Wedding);

    SECTION("a second future event is refused, naming the field")
    {
        LifeEvent second;
        second.customerId = who;
        second.kind = LifeEvent::Kind::Moving;
        second.date = shop.today().addDays(2);
        archive.lifeEvents.append(second);
        const SaveResult refused = shop.store().customers().save(archive);
        CHECK_FALSE(refused.ok());
        REQUIRE(refused.errors.size() == 1);
        CHECK(refused.errors.first().field == QStringLiteral("lifeEvents"));
        CHECK(readValue(shop.store().customers().load(who))->lifeEvents.size() == 1);
    }
    SECTION("moving the stored event to another future date is refused too")
    {
        archive.lifeEvents.first().date = stored.addDays(1);
        CHECK_FALSE(shop.store().customers().save(archive).ok());
        CHECK(readValue(shop.store().customers().load(who))->lifeEvents.first().date == stored);
    }
}

TEST_CASE("the holiday calendar: seeded years, impossible dates, names, audit and the manager",
    "[services][holidays]")
{
    FollowUpShop shop;
    HolidayCalendar &calendar = shop.store().holidays();

    SECTION("every seeded year 2026-2031 has each of the eight holidays once")
    {
        for (int year = 2026; year <= 2031; ++year) {
            const QList<Holiday> holidays = readValue(calendar.ofYear(year));
            QList<HolidayCode> codes;
            for (const Holiday &holiday : holidays) {
                CHECK(holiday.day.year() == year);
                CHECK(holiday.greet);
                codes << holiday.code;
            }
            INFO("year " << year);
            CHECK(holidays.size() == 8);
            for (HolidayCode code : {HolidayCode::SpringFestival, HolidayCode::WomensDay, HolidayCode::Day520,
                     HolidayCode::Qixi, HolidayCode::MidAutumn, HolidayCode::NationalDay,
                     HolidayCode::Double11, HolidayCode::Christmas})
                CHECK(codes.count(code) == 1);
        }
        CHECK(readValue(calendar.ofYear(2026)).first().day == QDate(2026, 2, 17)); // 春节 2026
    }
    SECTION("an impossible date typed or imported as text is refused naming the date")
    {
        const HolidaySaveResult refused = calendar.save(storeHoliday({}), QStringLiteral("2027-02-30"));
        CHECK_FALSE(refused.ok());
        CHECK(refused.field == QStringLiteral("day"));
        CHECK(refused.message.startsWith(QStringLiteral("Date:")));
        CHECK(refused.message.contains(QStringLiteral("2027-02-30")));
        CHECK(calendar.save(storeHoliday({}), QStringLiteral("2027/03/01")).field == QStringLiteral("day"));
        CHECK(readValue(calendar.ofYear(2027)).size() == 8);
        CHECK(calendar.save(storeHoliday({}), QStringLiteral(" 2027-02-28 ")).ok());
        CHECK(readValue(calendar.ofYear(2027)).size() == 9);
    }
    SECTION("a holiday without a name in either language is refused naming the name")
    {
        Holiday noChinese = storeHoliday(storeDay);
        noChinese.nameZh = QStringLiteral("  ");
        CHECK(calendar.save(noChinese).field == QStringLiteral("name_zh"));
        Holiday noEnglish = storeHoliday(storeDay);
        noEnglish.nameEn.clear();
        const HolidaySaveResult refused = calendar.save(noEnglish);
        CHECK(refused.field == QStringLiteral("name_en"));
        CHECK(refused.message.startsWith(QStringLiteral("Name in English:")));
        CHECK(readValue(calendar.ofYear(2026)).size() == 8);
    }
    SECTION("the same holiday twice on one day is refused; an edit keeps the code; removal is audited")
    {
        REQUIRE(calendar.save(storeHoliday(storeDay)).ok());
        CHECK(calendar.save(storeHoliday(storeDay)).field == QStringLiteral("name_zh"));
        Holiday christmas = readValue(calendar.ofYear(2026)).last();
        REQUIRE(christmas.code == HolidayCode::Christmas);
        christmas.greet = false;
        REQUIRE(calendar.save(christmas).ok());
        CHECK(readValue(calendar.ofYear(2026)).last().code == HolidayCode::Christmas);
        CHECK_FALSE(readValue(calendar.ofYear(2026)).last().greet);
        CHECK(calendar.remove(christmas.id).ok());
        CHECK_FALSE(calendar.remove(christmas.id).ok());
        QStringList described;
        AuditFilter filter;
        filter.action = AuditAction::RulesChanged;
        AuditRepository(shop.store().database().connection()).forEach(filter, [&](const AuditEntry &entry) {
            described << AuditTrail::describe(entry);
            return true;
        });
        REQUIRE(described.size() == 3);
        CHECK(described[0].startsWith(QStringLiteral("Holiday calendar: ")));
        CHECK(described[0].contains(QStringLiteral("Store anniversary")));
        CHECK(described[1].contains(QStringLiteral("Greet")));
        CHECK(described[2].contains(QStringLiteral("2026-12-25")));
    }
    SECTION("a clerk may look but not change")
    {
        REQUIRE(shop.store().shift().begin(Session{shop.clerk, QStringLiteral("小王"), Role::Clerk}));
        CHECK(calendar.ofYear(2026).ok());
        const HolidaySaveResult refused = calendar.save(storeHoliday(storeDay));
        CHECK_FALSE(refused.ok());
        CHECK(refused.field.isEmpty());
        CHECK_FALSE(calendar.remove(readValue(calendar.ofYear(2026)).first().id).ok());
        CHECK(readValue(calendar.ofYear(2026)).size() == 8);
    }
}
