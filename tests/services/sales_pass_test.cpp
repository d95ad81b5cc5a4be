// The nightly run reads the sales once (SalesPassQuery + tallySales) and feeds the scores, the tiers,
// the follow-up calendar and the prediction from that pass. These tests hold it to what the separate
// passes it replaced give: ActivityQuery (still the RFM report's) and PurchaseHistoryQuery (still
// atelier-cli predict's), on hand-made edge cases and on a demo store.
#include "core/customer_sales.h"
#include "core/loyalty_rules.h"
#include "core/purchase_cycle.h"
#include "services/customer_service.h"
#include "services/demo_store.h"
#include "services/loyalty_settings.h"
#include "services/sale_service.h"
#include "storage/activity_query.h"
#include "storage/database.h"
#include "storage/follow_up_facts_query.h"
#include "storage/purchase_history_query.h"
#include "storage/sales_pass_query.h"
#include "support/loyalty_store.h"
#include "support/temp_store.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

using namespace atelier;
using atelier::testing::TempStore;

namespace {

const QDate asOf(2026, 6, 14);

QDateTime at(const QDate &day, int hour)
{
    return QDateTime(day, QTime(hour, 0), QTimeZone(8 * 3600));
}

std::vector<PurchaseDay> sorted(std::vector<PurchaseDay> days)
{
    std::sort(days.begin(), days.end(), [](const PurchaseDay &a, const PurchaseDay &b) {
        return a.day != b.day ? a.day < b.day : a.fen < b.fen;
    });
    return days;
}

// Everything the one pass feeds, compared with the passes it replaced; returns the customers seen.
int checkSameAsSeparatePasses(Database &db, const QDate &day)
{
    const LoyaltyRules rules = LoyaltySettings(db).rules();
    const StoreSales pass
        = SalesPassQuery(day).tally(db.connection(), ActivityWindows::of(day, rules.segments, rules.tiers));

    // The scores' and tiers' activity.
    const std::vector<CustomerActivity> activities
        = ActivityQuery(day, rules.segments, rules.tiers).run(db.connection());
    REQUIRE(pass.size() == activities.size());
    for (std::size_t i = 0; i < pass.size(); ++i) {
        const CustomerActivity &one = pass[i].activity;
        const CustomerActivity &old = activities[i];
        INFO("customer " << old.customer);
        REQUIRE(one.customer == old.customer);
        CHECK(one.lastPurchase == old.lastPurchase);
        CHECK(one.purchases == old.purchases);
        CHECK(one.recentPurchases == old.recentPurchases);
        CHECK(one.spend == old.spend);
        CHECK(one.tierSpend == old.tierSpend);
    }

    // The prediction's histories.
    std::map<CustomerId, std::vector<PurchaseDay>> histories;
    PurchaseHistoryQuery(day).run(
        db.connection(), [&](CustomerId customer, const std::vector<PurchaseDay> &days) {
            histories[customer] = sorted(days);
        });
    std::map<CustomerId, std::vector<PurchaseDay>> fromPass;
    for (const CustomerSales &customer : pass)
        if (!customer.purchases.empty())
            fromPass[customer.activity.customer] = sorted(customer.purchases);
    REQUIRE(fromPass.size() == histories.size());
    for (const auto &[customer, days] : histories) {
        INFO("customer " << customer);
        const std::vector<PurchaseDay> &mine = fromPass.at(customer);
        REQUIRE(mine.size() == days.size());
        for (std::size_t i = 0; i < days.size(); ++i) {
            CHECK(mine[i].day == days[i].day);
            CHECK(mine[i].fen == days[i].fen);
        }
        const PurchaseHistorySummary a = summarizePurchases(mine, day, TimeUnit::Week);
        const PurchaseHistorySummary b = summarizePurchases(days, day, TimeUnit::Week);
        CHECK(a.repeat.x == b.repeat.x);
        CHECK(a.repeat.tx == b.repeat.tx);
        CHECK(a.repeat.T == b.repeat.T);
        CHECK(a.spend.zbar == b.spend.zbar);
    }

    // The follow-up calendar's purchase days: its rhythm is the same as from the old stream's days.
    for (const CustomerTaskFacts &facts : FollowUpFactsQuery::run(db.connection(), pass)) {
        INFO("customer " << facts.customer);
        const auto found = histories.find(facts.customer);
        if (found == histories.end()) {
            CHECK_FALSE(facts.lastPurchase.isValid());
            continue;
        }
        std::vector<QDate> days;
        for (const PurchaseDay &purchase : found->second)
            days.push_back(purchase.day);
        const PurchaseCycle cycle = purchaseCycle(std::move(days));
        CHECK(facts.lastPurchase == cycle.lastPurchase);
        CHECK(facts.expectedNextPurchase == cycle.expectedNext);
    }
    return int(pass.size());
}

} // namespace

TEST_CASE(
    "the one pass over the sales gives what the three passes gave, on the edge cases", "[services][nightly]")
{
    TempStore t;
    Store &store = t.store();
    const auto customer = [&store](const char *phone) {
        return *store.customers().registerCustomer(QStringLiteral("顾客"), QString::fromLatin1(phone)).id;
    };
    const auto buy = [&t](CustomerId who, const QDate &day, int hour, int yuan) {
        t.clock().set(at(day, hour));
        return testing::recordSaleAt(t.store(), who, t.clock().now(), Money::fromYuan(yuan));
    };

    // Two purchases on one day, then one more: two purchase days, three purchases.
    const CustomerId sameDay = customer("13700000001");
    buy(sameDay, asOf.addDays(-40), 11, 300);
    buy(sameDay, asOf.addDays(-40), 16, 500);
    buy(sameDay, asOf.addDays(-3), 12, 200);
    // A sale refunded in full is no purchase, but stays in the spend (as nothing) and the activity.
    const CustomerId refunded = customer("13700000002");
    const SaleLineId gone = buy(refunded, asOf.addDays(-20), 12, 800);
    t.clock().set(at(asOf.addDays(-18), 12));
    REQUIRE(store.sales().recordReturn(gone, 1, QStringLiteral("不合适")).ok());
    const CustomerId onlyRefunded = customer("13700000003");
    const SaleLineId allGone = buy(onlyRefunded, asOf.addDays(-10), 12, 400);
    t.clock().set(at(asOf.addDays(-9), 12));
    REQUIRE(store.sales().recordReturn(allGone, 1, QStringLiteral("不合适")).ok());
    buy(refunded, asOf.addDays(-5), 12, 260);
    // An exchange: the replacement side is no purchase of its own.
    const CustomerId exchanged = customer("13700000004");
    const SaleLineId swapped = buy(exchanged, asOf.addDays(-30), 12, 600);
    t.clock().set(at(asOf.addDays(-28), 12));
    SaleLine replacement;
    replacement.styleNumber = QStringLiteral("B2002");
    replacement.listPrice = replacement.paidPrice = Money::fromYuan(650);
    REQUIRE(store.sales().recordExchange(swapped, 1, replacement, QStringLiteral("换尺码")).ok());
    // After the as-of day: a refund that does not count yet, and a sale that does not count at all.
    const CustomerId later = customer("13700000005");
    const SaleLineId refundedLater = buy(later, asOf.addDays(-2), 12, 700);
    t.clock().set(at(asOf.addDays(2), 12));
    REQUIRE(store.sales().recordReturn(refundedLater, 1, QStringLiteral("晚退")).ok());
    buy(customer("13700000006"), asOf.addDays(1), 12, 900);
    // A long-ago purchase outside the frequency and tier windows.
    const CustomerId old = customer("13700000007");
    buy(old, asOf.addDays(-800), 12, 1500);
    buy(old, asOf.addDays(-100), 12, 300);

    CHECK(checkSameAsSeparatePasses(store.database(), asOf) == 6);

    const LoyaltyRules rules = LoyaltySettings(store.database()).rules();
    const StoreSales pass = SalesPassQuery(asOf).tally(
        store.database().connection(), ActivityWindows::of(asOf, rules.segments, rules.tiers));
    std::map<CustomerId, CustomerSales> by;
    for (const CustomerSales &each : pass)
        by[each.activity.customer] = each;
    CHECK(by.at(sameDay).activity.purchases == 3);
    CHECK(by.at(sameDay).purchases.size() == 3);
    CHECK(by.at(onlyRefunded).activity.purchases == 0);
    CHECK(by.at(onlyRefunded).activity.spend == Money());
    CHECK(by.at(refunded).activity.purchases == 1);
    CHECK(by.at(later).activity.spend == Money::fromYuan(700));
}

TEST_CASE(
    "the one pass over the sales gives what the three passes gave, on a demo store", "[services][nightly]")
{
    TempStore t;
    DemoStoreGenerator::Options options;
    options.customers = 600;
    options.years = 2;
    options.seed = 5;
    options.endDate = asOf;
    REQUIRE(DemoStoreGenerator::generate(t.store().database(), options).ok());
    CHECK(checkSameAsSeparatePasses(t.store().database(), asOf) > 400);
    CHECK(checkSameAsSeparatePasses(t.store().database(), asOf.addMonths(-7)) > 100);
}
