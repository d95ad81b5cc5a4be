#include "support/temp_store.h"

#include "core/coupon.h"
#include "services/account_service.h"
#include "services/archive_service.h"
#include "services/audit_trail.h"
#include "services/campaign_service.h"
#include "services/customer_service.h"
#include "services/demo_accounts.h"
#include "services/demo_catalog.h"
#include "services/demo_random.h"
#include "services/demo_store.h"
#include "storage/coupon_repository.h"
#include "storage/database.h"
#include "storage/sale_repository.h"
#include "support/read_checks.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSet>

using namespace atelier;

namespace {

DemoStoreGenerator::Options smallStore()
{
    DemoStoreGenerator::Options options;
    options.customers = 300;
    options.years = 2;
    options.seed = 42;
    options.endDate = QDate(2026, 6, 30);
    return options;
}

} // namespace

TEST_CASE("DemoRandom picks are the same on every platform", "[demo]")
{
    // mt19937_64's raw output is fixed by the standard: the 10000th number from the default seed.
    DemoRandom standard(5489);
    for (int i = 1; i < 10000; ++i)
        standard.next();
    CHECK(standard.next() == 9981545732273789042ULL);
    DemoRandom a(7);
    DemoRandom b(7);
    for (int i = 0; i < 1000; ++i) {
        const int x = a.between(-3, 17);
        CHECK(x == b.between(-3, 17));
        CHECK(x >= -3);
        CHECK(x <= 17);
    }
    int counts[3] = {0, 0, 0};
    for (int i = 0; i < 30000; ++i)
        ++counts[a.weighted({1, 2, 7})];
    CHECK(counts[0] > 2400);
    CHECK(counts[0] < 3600);
    CHECK(counts[2] > 20000);
}

TEST_CASE("the demo store has sales, lines and returns in proportion", "[demo]")
{
    testing::TempStore temp;
    const DemoStoreGenerator::Result result
        = DemoStoreGenerator::generate(temp.store().database(), smallStore());
    REQUIRE(result.ok());
    CHECK(result.customers == 300);
    CHECK(temp.store().archive().count({}).value == 300);
    // Regulars, occasional and one-off buyers: several visits a customer, about two lines a sale.
    CHECK(result.sales > 3 * 300);
    CHECK(result.saleLines > 2 * result.sales - result.exchanges);
    // About 4% of lines come back.
    CHECK(result.returns > result.saleLines / 50);
    CHECK(result.returns < result.saleLines / 15);
    CHECK(result.exchanges > 0);
    CHECK(result.exchanges < result.returns);
    CHECK(testing::readValue(temp.store().customers().tagLibrary()).size() >= 30);
}

TEST_CASE("demo returns never exceed what was bought and stay within 7 days", "[demo]")
{
    testing::TempStore temp;
    const DemoStoreGenerator::Result result
        = DemoStoreGenerator::generate(temp.store().database(), smallStore());
    REQUIRE(result.ok());
    SaleRepository sales(temp.store().database().connection());
    qint64 returnedLines = 0;
    for (SaleId id = 1; id <= result.sales; ++id) {
        for (const ReturnableLine &line : sales.returnableLines(id)) {
            CHECK(line.alreadyReturned <= line.line.quantity);
            CHECK(line.line.paidPrice <= line.line.listPrice);
            int before = 0; // a coupon's share is given back piece by piece, the last taking the rest
            for (const ReturnRecord &r : sales.returnsOf(line.line.id)) {
                ++returnedLines;
                CHECK(line.soldAt.daysTo(r.returnedAt) <= 7);
                CHECK(r.refund
                    == line.line.paidPrice * r.quantity
                        - couponShareForPieces(
                            line.line.couponShare, line.line.quantity, before, r.quantity));
                before += r.quantity;
                CHECK(!r.reason.isEmpty());
            }
        }
    }
    CHECK(returnedLines == result.returns);
}

TEST_CASE("the demo store's campaigns have holdouts, and its coupons are redeemed at their sales' value",
    "[demo][campaigns][coupons]")
{
    testing::TempStore temp;
    const DemoStoreGenerator::Result result
        = DemoStoreGenerator::generate(temp.store().database(), smallStore());
    REQUIRE(result.ok());
    CHECK(result.campaigns == 4);
    const QList<CampaignSummary> campaigns = testing::readValue(temp.store().campaigns().list());
    REQUIRE(campaigns.size() == result.campaigns);
    for (const CampaignSummary &campaign : campaigns) {
        CHECK(campaign.invited > 0);
        CHECK(campaign.holdout > 0);
        CHECK(campaign.invitationsSent == campaign.invited);
        CHECK(campaign.campaign.lastDay <= smallStore().endDate);
    }

    const QList<Coupon> coupons = CouponRepository(temp.store().database().connection()).all();
    CHECK(coupons.size() == result.coupons);
    SaleRepository sales(temp.store().database().connection());
    QSet<CouponReason> redeemedReasons;
    for (const Coupon &coupon : coupons) {
        // As of the demo's last day: nothing past its last day is still open.
        CHECK((coupon.status != CouponStatus::Issued || coupon.validTo >= smallStore().endDate));
        if (coupon.status != CouponStatus::Redeemed)
            continue;
        redeemedReasons << coupon.reason;
        const std::optional<Sale> sale = sales.find(*coupon.saleId);
        REQUIRE(sale);
        CHECK(sale->customerId == coupon.customerId);
        CHECK(coupon.validOn(sale->soldAt.date()));
        CHECK(sale->linesTotal() - sale->total() == *coupon.discount);
    }
    CHECK(redeemedReasons.contains(CouponReason::Campaign));
    CHECK(redeemedReasons.contains(CouponReason::Return));
}

TEST_CASE("demo data is never mixed into a store that has customers", "[demo]")
{
    testing::TempStore temp;
    REQUIRE(DemoStoreGenerator::generate(temp.store().database(), smallStore()).ok());
    const DemoStoreGenerator::Result again
        = DemoStoreGenerator::generate(temp.store().database(), smallStore());
    CHECK(!again.ok());
    CHECK(again.refused);
    CHECK(temp.store().archive().count({}).value == 300);
}

TEST_CASE("the same seed gives the same store, another seed another", "[demo]")
{
    testing::TempStore first;
    testing::TempStore second;
    testing::TempStore third;
    DemoStoreGenerator::Options other = smallStore();
    other.seed = 43;
    const auto a = DemoStoreGenerator::generate(first.store().database(), smallStore());
    const auto b = DemoStoreGenerator::generate(second.store().database(), smallStore());
    const auto c = DemoStoreGenerator::generate(third.store().database(), other);
    CHECK(a.saleLines == b.saleLines);
    CHECK(a.returns == b.returns);
    const auto page = [](testing::TempStore &t) {
        return t.store()
            .archive()
            .page({}, ArchiveSort::Name, Qt::AscendingOrder, std::nullopt, 300)
            .value.value()
            .rows;
    };
    const QList<ArchiveRow> rowsA = page(first);
    const QList<ArchiveRow> rowsB = page(second);
    const QList<ArchiveRow> rowsC = page(third);
    REQUIRE(rowsA.size() == rowsB.size());
    for (qsizetype i = 0; i < rowsA.size(); ++i) {
        CHECK(rowsA.at(i).name == rowsB.at(i).name);
        CHECK(rowsA.at(i).phoneDigits == rowsB.at(i).phoneDigits);
        CHECK(rowsA.at(i).tags == rowsB.at(i).tags);
    }
    CHECK(rowsA.first().phoneDigits != rowsC.first().phoneDigits);
}

TEST_CASE("a demo store has the manager and clerk accounts the README states", "[demo][accounts]")
{
    testing::TempStore temp;
    REQUIRE(DemoStoreGenerator::generate(temp.store().database(), smallStore()).ok());
    AccountService accounts(temp.store().database(), temp.clock());
    CHECK_FALSE(accounts.needsFirstManager());
    const LoginResult manager = accounts.login(demo::managerLogin().login, demo::managerLogin().password);
    REQUIRE(manager.session);
    CHECK(manager.session->role == Role::Manager);
    const LoginResult clerk = accounts.login(demo::clerkLogin().login, demo::clerkLogin().password);
    REQUIRE(clerk.session);
    CHECK(clerk.session->role == Role::Clerk);
    CHECK(accounts.switchByPin(clerk.session->staffId, demo::clerkLogin().pin).session.has_value());
    // Everyone else on the demo's staff takes the counter with the README's PIN.
    const QList<AccountSummary> everyone = accounts.accounts(*manager.session);
    CHECK(everyone.size() == demo::clerkNames().size() + 1);
    for (const AccountSummary &member : everyone) {
        CHECK(member.hasPin);
        if (member.login.isEmpty())
            CHECK(accounts.switchByPin(member.staffId, demo::otherStaffPin()).session.has_value());
    }
    // The README says so.
    QFile readme(QStringLiteral(ATELIER_SOURCE_DIR "/README.md"));
    REQUIRE(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    for (const demo::DemoLogin &login : {demo::managerLogin(), demo::clerkLogin()}) {
        CHECK(text.contains(login.login));
        CHECK(text.contains(login.password));
        CHECK(text.contains(login.pin));
    }
    CHECK(text.contains(QStringLiteral("`%1`").arg(demo::otherStaffPin())));
}

TEST_CASE("the demo leaves its last days' sales and returns in the audit trail, in words", "[demo][audit]")
{
    testing::TempStore temp;
    const DemoStoreGenerator::Options options = smallStore();
    REQUIRE(DemoStoreGenerator::generate(temp.store().database(), options).ok());
    Database reader;
    REQUIRE(reader.open(temp.path()));
    reader.setRole(Role::Manager);
    AuditTrail trail(reader, temp.clock());
    const QList<AuditEntry> sales = trail.entries({{}, {}, AuditAction::Sale, {}, {}}, 10000);
    REQUIRE_FALSE(sales.isEmpty());
    // Not a row for every sale of two years: the last three days only.
    for (const AuditEntry &entry : sales) {
        CHECK(entry.happenedAt.date() >= options.endDate.addDays(-2));
        CHECK(entry.customerId);
        CHECK(AuditTrail::describe(entry).startsWith(QStringLiteral("¥")));
    }
    CHECK(sales.size() < 100);
    CHECK_FALSE(sales.first().actor.isUnknownClerk());
    // Newest first, as the viewer shows them.
    for (qsizetype i = 1; i < sales.size(); ++i)
        CHECK(sales.at(i).happenedAt <= sales.at(i - 1).happenedAt);
}
