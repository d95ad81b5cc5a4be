#include "core/referral.h"
#include "services/customer_erasure.h"
#include "services/customer_merge.h"
#include "services/customer_service.h"
#include "services/nightly_job.h"
#include "services/points_service.h"
#include "services/referrals.h"
#include "services/sale_service.h"
#include "services/service_settings.h"
#include "storage/coupon_repository.h"
#include "storage/database.h"
#include "storage/points_repository.h"
#include "storage/referral_repository.h"
#include "storage/sql.h"
#include "support/loyalty_store.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::readValue;
using atelier::testing::TempStore;

namespace {

// A referrer and the customer she brought, registered on 20 May 2026; the store's return window is
// the default 7 days.
struct Referral
{
    TempStore t;
    CustomerId referrer = 0;
    CustomerId referred = 0;

    Referral()
    {
        at(QDate(2026, 5, 20));
        referrer = add("王芳", "13800000001");
        referred = add("李静", "13800000002", referrer);
    }

    CustomerId add(const char *name, const char *phone, std::optional<CustomerId> by = std::nullopt)
    {
        CustomerArchive archive;
        archive.customer.name = QString::fromUtf8(name);
        archive.customer.referrerId = by;
        if (by)
            archive.customer.source = SourceChannel::Referral;
        archive.phoneText = QLatin1String(phone);
        const SaveResult saved = t.store().customers().save(archive);
        REQUIRE(saved.ok());
        return *saved.id;
    }

    void at(const QDate &day) { t.clock().set(QDateTime(day, QTime(15, 0), QTimeZone(8 * 3600))); }

    SaleLineId buy(CustomerId who, const QDate &day)
    {
        at(day);
        return testing::recordSaleAt(t.store(), who, t.clock().now(), Money::fromYuan(300));
    }

    void nightly(const QDate &asOf)
    {
        at(asOf.addDays(1));
        NightlyJob job(t.store().database(), t.clock());
        job.setBackupAfterRun(false);
        REQUIRE(job.run(asOf, NightlyRun::StartedBy::Manual).result == NightlyRun::Result::Ok);
    }

    qint64 balance(CustomerId who)
    {
        return PointsRepository(t.store().database().connection()).balance(who);
    }
    bool rewarded(CustomerId who)
    {
        return ReferralRepository(t.store().database().connection()).rewarded(who);
    }
    int rewardRows()
    {
        return sql::scalar(
            t.store().database().connection(), QStringLiteral("SELECT COUNT(*) FROM referral_rewards"))
            .toInt();
    }

    void rule(int reward)
    {
        ServiceRules rules = t.store().serviceSettings().rules();
        rules.referralReward = reward;
        REQUIRE(t.store().serviceSettings().save(rules).ok());
    }
};

const QDate firstDay(2026, 6, 1);

} // namespace

TEST_CASE("Referral reward: granted once after the window, not twice after a second nightly run",
    "[services][referrals]")
{
    Referral r;
    r.buy(r.referred, firstDay);
    const qint64 before = r.balance(r.referrer);

    r.nightly(firstDay.addDays(6)); // the window's last day is 8 June: still open
    CHECK_FALSE(r.rewarded(r.referred));
    CHECK(r.balance(r.referrer) == before);

    r.nightly(firstDay.addDays(7)); // the window's last day is over
    CHECK(r.rewarded(r.referred));
    CHECK(r.balance(r.referrer) == before + 200);
    const QList<PointsMovement> ledger
        = PointsRepository(r.t.store().database().connection()).movements(r.referrer, 1);
    REQUIRE(ledger.size() == 1);
    CHECK(ledger.first().kind == PointsMovement::Kind::Adjust);
    CHECK(ReferralRules::referredOfPointsReason(ledger.first().reason) == r.referred);
    CHECK(ReferralRules::readableReason(ledger.first().reason).contains(QString::number(r.referred)));

    r.nightly(firstDay.addDays(8));
    r.nightly(firstDay.addDays(7)); // the same day again
    CHECK(r.balance(r.referrer) == before + 200);
    CHECK(r.rewardRows() == 1);
}

TEST_CASE("Referral reward: a run catches up a month of missed nights, not a purchase of long ago",
    "[services][referrals]")
{
    Referral r;
    r.buy(r.referred, firstDay); // the window's last day is 8 June
    const qint64 before = r.balance(r.referrer);
    // The first run after the window is 31 days late: a referrer set on an old customer, or a store
    // switching the reward on, is not paid for it.
    r.nightly(firstDay.addDays(7 + ReferralRules::rewardReachBackDays + 1));
    CHECK_FALSE(r.rewarded(r.referred));
    CHECK(r.balance(r.referrer) == before);

    Referral late;
    late.buy(late.referred, firstDay);
    late.nightly(firstDay.addDays(7 + ReferralRules::rewardReachBackDays)); // a month of missed nights
    CHECK(late.rewarded(late.referred));
}

TEST_CASE("Referral reward: not for a purchase returned within the window; a later one earns it",
    "[services][referrals]")
{
    Referral r;
    const SaleLineId line = r.buy(r.referred, firstDay);
    r.at(firstDay.addDays(3));
    REQUIRE(r.t.store().sales().recordReturn(line, 1, QStringLiteral("不合身")).ok());
    r.nightly(firstDay.addDays(20));
    CHECK_FALSE(r.rewarded(r.referred));
    CHECK(r.balance(r.referrer) == 0);

    r.buy(r.referred, QDate(2026, 6, 25));
    r.nightly(QDate(2026, 7, 1)); // 6 days later: her new purchase's window is open
    CHECK_FALSE(r.rewarded(r.referred));
    r.nightly(QDate(2026, 7, 2));
    CHECK(r.rewarded(r.referred));
    CHECK(r.balance(r.referrer) == 200);
}

TEST_CASE("Referral reward: a coupon when the rule says so, nothing when it says none or the referrer "
          "was erased",
    "[services][referrals]")
{
    Referral r;
    const CustomerId second = r.add("张丽", "13800000003", r.referrer);
    r.buy(r.referred, firstDay);
    r.buy(second, firstDay);

    r.rule(0);
    r.nightly(QDate(2026, 6, 20));
    CHECK(r.rewardRows() == 0);

    r.rule(2);
    r.nightly(QDate(2026, 6, 21));
    CHECK(r.rewardRows() == 2);
    CHECK(r.balance(r.referrer) == 0);
    const QList<Coupon> coupons
        = CouponRepository(r.t.store().database().connection()).forCustomer(r.referrer);
    REQUIRE(coupons.size() == 2);
    for (const Coupon &c : coupons) {
        CHECK(c.reason == CouponReason::Referral);
        CHECK(c.value == Money::fromYuan(50).fen());
        CHECK(c.validFrom == QDate(2026, 6, 22));
    }

    Referral erased;
    erased.buy(erased.referred, firstDay);
    REQUIRE(erased.t.store().erasure().erase(erased.referrer).ok());
    erased.nightly(QDate(2026, 6, 20));
    CHECK(erased.rewardRows() == 0);
}

TEST_CASE(
    "Referral reward: not twice after a merge, and an undo puts the reward back", "[services][referrals]")
{
    Referral r;
    // Her duplicate, registered again by another clerk with the same referrer, bought too.
    const CustomerId twin = r.add("李静", "13900000002", r.referrer);
    r.buy(r.referred, firstDay);
    r.nightly(QDate(2026, 6, 10));
    REQUIRE(r.rewarded(r.referred));
    REQUIRE(r.balance(r.referrer) == 200);
    r.buy(twin, QDate(2026, 6, 11));

    SECTION("the rewarded customer merged into one not yet rewarded: the survivor carries the reward")
    {
        const MergeResult merged = r.t.store().merge().merge(twin, r.referred);
        REQUIRE(merged.ok());
        CHECK(r.rewarded(twin));
        r.nightly(QDate(2026, 6, 30)); // her own purchase of 11 June would earn it: she has it already
        CHECK(r.balance(r.referrer) == 200);
        CHECK(r.rewardRows() == 1);

        REQUIRE(r.t.store().merge().undo(*merged.mergeId).ok());
        CHECK(r.rewarded(r.referred));
        CHECK_FALSE(r.rewarded(twin));
    }
    SECTION("two rewarded customers merged: the survivor keeps one reward")
    {
        r.nightly(QDate(2026, 6, 30));
        REQUIRE(r.rewarded(twin));
        const qint64 balance = r.balance(r.referrer);
        REQUIRE(balance == 400);
        const MergeResult merged = r.t.store().merge().merge(r.referred, twin);
        REQUIRE(merged.ok());
        CHECK(r.rewardRows() == 1);
        r.nightly(QDate(2026, 7, 30));
        CHECK(r.balance(r.referrer) == balance);
        CHECK(r.rewardRows() == 1);

        REQUIRE(r.t.store().merge().undo(*merged.mergeId).ok());
        CHECK(r.rewarded(r.referred));
        CHECK(r.rewarded(twin));
    }
}

TEST_CASE("a referrer who is the customer herself, or who would close a cycle, is refused with the field "
          "named",
    "[services][referrals][customers]")
{
    Referral r;
    const CustomerId third = r.add("张丽", "13800000003", r.referred); // 王芳 → 李静 → 张丽
    CustomerService &customers = r.t.store().customers();
    const auto referrerError = [](const SaveResult &saved) {
        for (const FieldError &e : saved.errors)
            if (e.field == QStringLiteral("referrerId"))
                return e.message;
        return QString();
    };

    CustomerArchive self = *readValue(customers.load(r.referrer));
    self.customer.referrerId = r.referrer;
    const SaveResult selfSaved = customers.save(self);
    CHECK_FALSE(selfSaved.ok());
    CHECK(referrerError(selfSaved).startsWith(QStringLiteral("Referred by:")));

    // 张丽 was brought by 李静, whom 王芳 brought: 王芳 cannot have been brought by 张丽, nor by 李静.
    for (const CustomerId closing : {third, r.referred}) {
        CustomerArchive cycle = *readValue(customers.load(r.referrer));
        cycle.customer.referrerId = closing;
        const SaveResult saved = customers.save(cycle);
        CHECK_FALSE(saved.ok());
        CHECK(referrerError(saved).startsWith(QStringLiteral("Referred by:")));
        CHECK(readValue(customers.load(r.referrer))->customer.referrerId == std::nullopt); // nothing lost
    }

    // A referrer outside her chain is fine, and so is keeping the one she has.
    const CustomerId other = r.add("刘敏", "13800000004");
    CustomerArchive fine = *readValue(customers.load(r.referrer));
    fine.customer.referrerId = other;
    CHECK(customers.save(fine).ok());
    CustomerArchive kept = *readValue(customers.load(third));
    kept.customer.notes = QStringLiteral("喜欢真丝");
    CHECK(customers.save(kept).ok());
}

TEST_CASE("referral figures on a hand-made store: the rate of the period and the referrers in order",
    "[services][referrals][reports]")
{
    Referral r; // registered 2026-05-20: 王芳 (walk-in) and 李静 (by 王芳)
    const CustomerId b = r.add("张丽", "13800000003");
    const CustomerId c = r.add("刘敏", "13800000004", b);
    r.add("陈婷", "13800000005", b);
    const CustomerId d = r.add("赵敏", "13800000006", r.referrer);
    r.buy(r.referred, firstDay.addDays(15));
    r.buy(c, firstDay.addDays(15));
    // 王芳 brought 2 (李静 bought, 赵敏 not); 张丽 brought 2 (刘敏 bought, 陈婷 not): tied on buyers and
    // referred, so by customer number. A refunded purchase still counts.
    const QList<ReferrerRow> all = readValue(r.t.store().referrals().referrers());
    REQUIRE(all.size() == 2);
    CHECK(all.at(0).customer == r.referrer);
    CHECK(all.at(0).referred == 2);
    CHECK(all.at(0).referredBuyers == 1);
    CHECK(all.at(1).customer == b);
    r.buy(d, firstDay.addDays(15));
    const QList<ReferrerRow> top = readValue(r.t.store().referrals().referrers(1));
    REQUIRE(top.size() == 1);
    CHECK(top.at(0).customer == r.referrer);
    CHECK(top.at(0).referredBuyers == 2);

    const ReferralFigures figures = readValue(r.t.store().referrals().figures(ReportPeriod::month(2026, 5)));
    CHECK(figures.current.newCustomers == 6);
    CHECK(figures.current.byReferral == 4);
    REQUIRE(figures.current.rate());
    CHECK(*figures.current.rate() == Approx(4.0 / 6.0));
    CHECK(figures.previous.newCustomers == 0);
    CHECK_FALSE(figures.previous.rate());
    REQUIRE(figures.months.size() == 12);
    CHECK(figures.months.last().period == ReportPeriod::month(2026, 5));
    CHECK(figures.months.last().byReferral == 4);
    CHECK(figures.topReferrers.first().customer == r.referrer);

    const QList<ReferredCustomer> brought = readValue(r.t.store().referrals().broughtBy(r.referrer));
    REQUIRE(brought.size() == 2);

    // The store's referrers and rates are the manager's; a clerk's card still reads whom one brought.
    r.t.store().database().setRole(Role::Clerk);
    CHECK_FALSE(r.t.store().referrals().referrers().ok());
    CHECK_FALSE(r.t.store().referrals().figures(ReportPeriod::month(2026, 5)).ok());
    CHECK(r.t.store().referrals().broughtBy(r.referrer).ok());
    CHECK(brought.at(0).id == d); // newest first
    CHECK(brought.at(0).bought);
    CHECK(brought.at(1).id == r.referred);
}
