#include "follow_up_fixture.h"

#include "core/coupon.h"
#include "core/service_rules.h"
#include "services/coupon_service.h"
#include "services/follow_up_service.h"
#include "services/service_settings.h"
#include "services/store.h"
#include "storage/contact_repository.h"
#include "storage/coupon_repository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include "support/read_checks.h"
#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace atelier;
using atelier::testing::FollowUpShop;
using atelier::testing::readValue;

// Issue 22's plans on a hand-made store, through the nightly job: first-time buyers brought back,
// thank-you messages, the Dormant message with its discount, and the VIP contact cap.

namespace {

const QDate asOf(2026, 6, 14); // last night, as the app's nightly run sees it on the 15th
const QTimeZone zone(8 * 3600);

QList<Coupon> couponsOf(FollowUpShop &shop, CustomerId who)
{
    return CouponRepository(shop.store().database().connection()).forCustomer(who);
}

std::optional<FollowUpTask> taskOf(FollowUpShop &shop, CustomerId who, TaskPurpose purpose)
{
    for (const TaskRow &row : readValue(shop.store().followUps().forCustomer(who)))
        if (row.task.purpose == purpose)
            return row.task;
    return std::nullopt;
}

void saveRules(FollowUpShop &shop, const std::function<void(ServiceRules &)> &change)
{
    ServiceRules rules = shop.store().serviceSettings().rules();
    change(rules);
    REQUIRE(shop.store().serviceSettings().save(rules).ok());
}

void recordSms(FollowUpShop &shop, CustomerId who, const QDate &day)
{
    Transaction transaction(shop.store().database().connection());
    ContactRepository(shop.store().database().connection())
        .recordSms({who}, QDateTime(day, QTime(11, 0), zone), shop.clerk);
    transaction.commit();
}

} // namespace

TEST_CASE("a first-time buyer not back after 30 days gets an activation message with a coupon, once",
    "[services][follow-ups][activation]")
{
    FollowUpShop shop;
    const CustomerId recent = shop.customer(QStringLiteral("13700000101"), shop.clerk);
    shop.buy(recent, asOf.addDays(-45));
    const CustomerId longAgo = shop.customer(QStringLiteral("13700000102"), shop.clerk);
    shop.buy(longAgo, asOf.addDays(-90)); // before the first night's 60 days: never planned
    const CustomerId tooSoon = shop.customer(QStringLiteral("13700000103"), shop.clerk);
    shop.buy(tooSoon, asOf.addDays(-20)); // not yet 30 days
    const CustomerId cameBack = shop.customer(QStringLiteral("13700000104"), shop.clerk);
    shop.buy(cameBack, asOf.addDays(-50));
    shop.buy(cameBack, asOf.addDays(-10)); // two purchase days: no first-time buyer

    CHECK(shop.nightly(asOf).tasksCreated == 1);
    CHECK(shop.taskCount(recent, TaskPurpose::Activation) == 1);
    CHECK(shop.taskCount(longAgo, TaskPurpose::Activation) == 0);
    CHECK(shop.taskCount(tooSoon, TaskPurpose::Activation) == 0);
    CHECK(shop.taskCount(cameBack, TaskPurpose::Activation) == 0);

    const std::optional<FollowUpTask> task = taskOf(shop, recent, TaskPurpose::Activation);
    REQUIRE(task);
    CHECK(task->channel == TaskChannel::WeChat);
    CHECK(task->dueOn == asOf.addDays(1));
    CHECK(task->generatedKey
        == QStringLiteral("activation:%1:%2").arg(recent).arg(asOf.addDays(-45).toString(Qt::ISODate)));
    const QList<Coupon> coupons = couponsOf(shop, recent);
    REQUIRE(coupons.size() == 1);
    CHECK(task->coupon == std::optional<qint64>(coupons[0].id));
    CHECK(coupons[0].reason == CouponReason::Activation);
    CHECK(coupons[0].kind == CouponKind::Amount);
    CHECK(coupons[0].value == Money::fromYuan(20).fen());
    CHECK(coupons[0].minSpend == Money());
    CHECK(coupons[0].validFrom == asOf.addDays(1));
    CHECK(coupons[0].validTo == asOf.addDays(30));
    CHECK(task->noteWords.kind == QStringLiteral("activation"));
    CHECK(task->note.contains(coupon_code::display(coupons[0].code)));

    // A second run for the night: no task, no second coupon.
    CHECK(shop.nightly(asOf).tasksCreated == 0);
    CHECK(couponsOf(shop, recent).size() == 1);
    // Done or not, the task's key keeps it single on the following nights of her window.
    shop.setToday(asOf.addDays(2));
    CHECK(shop.nightly(asOf.addDays(1)).tasksCreated == 0);
    CHECK(couponsOf(shop, recent).size() == 1);

    // Later nights plan those who cross the 30 days: the 20-day buyer ten nights on.
    shop.setToday(asOf.addDays(10));
    CHECK(shop.nightly(asOf.addDays(9)).tasksCreated == 0);
    shop.setToday(asOf.addDays(11));
    CHECK(shop.nightly(asOf.addDays(10)).tasksCreated == 1);
    CHECK(shop.taskCount(tooSoon, TaskPurpose::Activation) == 1);
    CHECK(couponsOf(shop, tooSoon).size() == 1);
    CHECK(couponsOf(shop, longAgo).isEmpty());
}

TEST_CASE("activation respects consent and the quiet period, and can be switched off",
    "[services][follow-ups][activation]")
{
    FollowUpShop shop;
    const CustomerId noConsent = shop.customer(QStringLiteral("13700000111"), shop.clerk, false);
    shop.buy(noConsent, asOf.addDays(-40));
    const CustomerId texted = shop.customer(QStringLiteral("13700000112"), shop.clerk);
    shop.buy(texted, asOf.addDays(-40));
    recordSms(shop, texted, asOf.addDays(-5));

    CHECK(shop.nightly(asOf).tasksCreated == 0);
    CHECK(couponsOf(shop, noConsent).isEmpty());
    CHECK(couponsOf(shop, texted).isEmpty());
    // Her quiet period over (14 days after the SMS) and still in the window: planned then.
    shop.setToday(asOf.addDays(10));
    CHECK(shop.nightly(asOf.addDays(9)).tasksCreated == 1);
    CHECK(shop.taskCount(texted, TaskPurpose::Activation) == 1);
    CHECK(shop.taskCount(noConsent, TaskPurpose::Activation) == 0);

    FollowUpShop off;
    const CustomerId buyer = off.customer(QStringLiteral("13700000113"), off.clerk);
    off.buy(buyer, asOf.addDays(-40));
    saveRules(off, [](ServiceRules &rules) { rules.activationOn = false; });
    CHECK(off.nightly(asOf).tasksCreated == 0);
    CHECK(couponsOf(off, buyer).isEmpty());
}

TEST_CASE("a thank-you message the day after a purchase, only when switched on", "[services][follow-ups]")
{
    FollowUpShop shop;
    const CustomerId buyer = shop.customer(QStringLiteral("13700000121"), shop.clerk);
    shop.buy(buyer, asOf);
    const CustomerId yesterday = shop.customer(QStringLiteral("13700000122"), shop.clerk);
    shop.buy(yesterday, asOf.addDays(-1));

    CHECK(shop.nightly(asOf).tasksCreated == 0); // off by default
    saveRules(shop, [](ServiceRules &rules) { rules.thankYouOn = true; });
    CHECK(shop.nightly(asOf).tasksCreated == 1);
    const std::optional<FollowUpTask> thanks = taskOf(shop, buyer, TaskPurpose::ThankYou);
    REQUIRE(thanks);
    CHECK(thanks->dueOn == asOf.addDays(1));
    CHECK(thanks->channel == TaskChannel::WeChat);
    CHECK(
        thanks->generatedKey == QStringLiteral("thank_you:%1:%2").arg(buyer).arg(asOf.toString(Qt::ISODate)));
    CHECK_FALSE(thanks->coupon);
    CHECK(shop.taskCount(yesterday, TaskPurpose::ThankYou) == 0); // her night has passed
    CHECK(shop.nightly(asOf).tasksCreated == 0);
}

TEST_CASE("a thank-you message respects consent and the quiet period", "[services][follow-ups]")
{
    FollowUpShop shop;
    saveRules(shop, [](ServiceRules &rules) {
        rules.thankYouOn = true;
        rules.quietDays = 14;
    });
    const QDate night = asOf.addDays(1);
    const CustomerId noConsent = shop.customer(QStringLiteral("13700000124"), shop.clerk, false);
    shop.buy(noConsent, night);
    const CustomerId texted = shop.customer(QStringLiteral("13700000123"), shop.clerk);
    shop.buy(texted, night);
    recordSms(shop, texted, night.addDays(-13)); // inside the 14 quiet days
    const CustomerId textedLongAgo = shop.customer(QStringLiteral("13700000125"), shop.clerk);
    shop.buy(textedLongAgo, night);
    recordSms(shop, textedLongAgo, night.addDays(-14)); // just outside

    shop.setToday(night.addDays(1));
    CHECK(shop.nightly(night).tasksCreated == 1);
    CHECK(shop.taskCount(noConsent, TaskPurpose::ThankYou) == 0);
    CHECK(shop.taskCount(texted, TaskPurpose::ThankYou) == 0);
    CHECK(shop.taskCount(textedLongAgo, TaskPurpose::ThankYou) == 1);
    CHECK(shop.nightly(night).tasksCreated == 0);
}

TEST_CASE("a customer who just became Dormant gets a WeChat message with a discount coupon",
    "[services][follow-ups]")
{
    FollowUpShop shop;
    const CustomerId lapsing = shop.customer(QStringLiteral("13700000131"));
    shop.buy(lapsing, asOf.addDays(-182)); // Lapsing today, Dormant tomorrow
    const CustomerId noConsent = shop.customer(QStringLiteral("13700000132"), {}, false);
    shop.buy(noConsent, asOf.addDays(-182));
    const CustomerId texted = shop.customer(QStringLiteral("13700000133"));
    shop.buy(texted, asOf.addDays(-182));
    recordSms(shop, texted, asOf.addDays(-2));

    CHECK(shop.nightly(asOf).tasksCreated == 0);
    shop.setToday(asOf.addDays(2));
    CHECK(shop.nightly(asOf.addDays(1)).tasksCreated == 1);
    const std::optional<FollowUpTask> message = taskOf(shop, lapsing, TaskPurpose::Dormant);
    REQUIRE(message);
    CHECK(message->channel == TaskChannel::WeChat);
    CHECK(message->dueOn == asOf.addDays(2));
    const QList<Coupon> coupons = couponsOf(shop, lapsing);
    REQUIRE(coupons.size() == 1);
    CHECK(message->coupon == std::optional<qint64>(coupons[0].id));
    CHECK(coupons[0].kind == CouponKind::Percent);
    CHECK(coupons[0].value == 10);
    CHECK(coupons[0].reason == CouponReason::Dormant);
    CHECK(coupons[0].validFrom == asOf.addDays(2));
    CHECK(coupons[0].validTo == asOf.addDays(4));
    CHECK(message->noteWords.kind == QStringLiteral("dormant_message"));
    CHECK(message->note.contains(coupon_code::display(coupons[0].code)));
    CHECK(shop.taskCount(noConsent, TaskPurpose::Dormant) == 0);
    CHECK(shop.taskCount(texted, TaskPurpose::Dormant) == 0);
    CHECK(couponsOf(shop, noConsent).isEmpty());
    CHECK(couponsOf(shop, texted).isEmpty());

    CHECK(shop.nightly(asOf.addDays(1)).tasksCreated == 0);
    CHECK(couponsOf(shop, lapsing).size() == 1);
}

TEST_CASE("the Dormant message without a discount hands over no coupon", "[services][follow-ups]")
{
    FollowUpShop shop;
    const CustomerId lapsing = shop.customer(QStringLiteral("13700000141"));
    shop.buy(lapsing, asOf.addDays(-182));
    saveRules(shop, [](ServiceRules &rules) { rules.dormantCouponPercent = 0; });
    shop.nightly(asOf);
    shop.setToday(asOf.addDays(2));
    CHECK(shop.nightly(asOf.addDays(1)).tasksCreated == 1);
    const std::optional<FollowUpTask> message = taskOf(shop, lapsing, TaskPurpose::Dormant);
    REQUIRE(message);
    CHECK_FALSE(message->coupon);
    CHECK(couponsOf(shop, lapsing).isEmpty());
}

TEST_CASE("a Gold customer with two marketing contacts in 30 days gets no more; a member does",
    "[services][follow-ups][vip-cap]")
{
    FollowUpShop shop;
    // Three purchase days 25 days apart, the last 20 days before asOf: a wake-up is due on asOf + 2.
    const CustomerId gold = shop.customer(QStringLiteral("13700000151"), shop.clerk);
    const CustomerId member = shop.customer(QStringLiteral("13700000152"), shop.clerk);
    for (int daysBefore : {70, 45, 20}) {
        shop.buy(gold, asOf.addDays(-daysBefore), Money::fromYuan(1500)); // 4 500元: Gold
        shop.buy(member, asOf.addDays(-daysBefore), Money::fromYuan(100));
    }
    // Two bulk SMS each, 25 and 16 days ago: outside the 14-day quiet period, inside the cap's 30 days.
    for (CustomerId who : {gold, member})
        for (int daysBefore : {25, 16})
            recordSms(shop, who, asOf.addDays(-daysBefore));

    CHECK(shop.nightly(asOf).tasksCreated == 1);
    CHECK(shop.taskCount(gold, TaskPurpose::PurchaseCycle) == 0);
    CHECK(shop.taskCount(member, TaskPurpose::PurchaseCycle) == 1);
    CHECK(sql::scalar(shop.store().database().connection(),
              QStringLiteral("SELECT tier FROM customer_tiers WHERE customer_id = ?"), {gold})
              .toString()
        == QStringLiteral("gold"));
    CHECK(shop.nightly(asOf).tasksCreated == 0);

    // One contact in the window is under the limit: a second store where only one SMS was sent.
    FollowUpShop other;
    const CustomerId goldToo = other.customer(QStringLiteral("13700000153"), other.clerk);
    for (int daysBefore : {70, 45, 20})
        other.buy(goldToo, asOf.addDays(-daysBefore), Money::fromYuan(1500));
    recordSms(other, goldToo, asOf.addDays(-25));
    recordSms(other, goldToo, asOf.addDays(-31)); // before the window
    CHECK(other.nightly(asOf).tasksCreated == 1);
    CHECK(other.taskCount(goldToo, TaskPurpose::PurchaseCycle) == 1);
}

TEST_CASE("the VIP cap counts marketing tasks done in the window", "[services][follow-ups][vip-cap]")
{
    FollowUpShop shop;
    const CustomerId gold = shop.customer(QStringLiteral("13700000161"), shop.clerk);
    for (int daysBefore : {70, 45, 20})
        shop.buy(gold, asOf.addDays(-daysBefore), Money::fromYuan(1500));
    // Two holiday greetings done, 28 and 20 days ago (marketing); a birthday greeting is care.
    for (int daysBefore : {28, 20}) {
        shop.setToday(asOf.addDays(-daysBefore));
        FollowUpTask greeting = shop.draft(gold, asOf.addDays(-daysBefore));
        greeting.purpose = TaskPurpose::Holiday;
        const TaskResult made = shop.store().followUps().create(greeting);
        REQUIRE(made.ok());
        REQUIRE(shop.store().followUps().markDone(*made.id, TaskOutcome::Reached, {}, {}, shop.clerk).ok());
    }
    shop.setToday(asOf.addDays(1));
    CHECK(shop.nightly(asOf).tasksCreated == 0);
    saveRules(shop, [](ServiceRules &rules) { rules.vipContactLimit = 3; });
    CHECK(shop.nightly(asOf).tasksCreated == 1);
    CHECK(shop.taskCount(gold, TaskPurpose::PurchaseCycle) == 1);
}
