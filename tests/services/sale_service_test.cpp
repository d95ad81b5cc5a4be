#include "services/customer_service.h"
#include "services/sale_service.h"
#include "services/store_settings.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::readValue;
using atelier::testing::TempStore;

namespace {

struct Fixture
{
    TempStore t;
    CustomerId customer = 0;
    SaleId saleId = 0;
    SaleLineId dressLine = 0;

    Fixture()
    {
        customer = *t.store()
                        .customers()
                        .registerCustomer(QStringLiteral("李娜"), QStringLiteral("13700000001"))
                        .id;
        Sale sale;
        sale.customerId = customer;
        sale.lines << SaleLine{0, QStringLiteral("A24-1031"), QStringLiteral("连衣裙"),
            QStringLiteral("藏青"), QStringLiteral("M"), 3, Money::fromYuan(599), Money::fromYuan(499)};
        const SaleResult result = t.store().sales().recordSale(sale);
        REQUIRE(result.ok());
        saleId = *result.id;
        dressLine = readValue(t.store().sales().sale(saleId))->lines.first().id;
    }
};

} // namespace

TEST_CASE("a sale is recorded with its lines at the clock's time", "[services][sales]")
{
    Fixture f;
    const auto sale = readValue(f.t.store().sales().sale(f.saleId));
    REQUIRE(sale);
    CHECK(sale->soldAt == f.t.clock().now());
    CHECK(sale->total().fen() == 3 * 49900);
    const auto card = readValue(f.t.store().customers().card(f.customer));
    CHECK(card->purchases.visits == 1);
    CHECK(card->purchases.lifetimeSpend.fen() == 3 * 49900);
}

TEST_CASE("a sale with bad lines is refused whole", "[services][sales]")
{
    TempStore t;
    SaleService &sales = t.store().sales();
    CHECK_FALSE(sales.recordSale(Sale{}).ok());
    Sale sale;
    sale.lines << SaleLine{0, QStringLiteral("A1"), {}, {}, {}, 1, Money::fromYuan(10), Money::fromYuan(10)};
    sale.lines << SaleLine{0, QString(), {}, {}, {}, 1, Money::fromYuan(10), Money::fromYuan(10)};
    const SaleResult noStyle = sales.recordSale(sale);
    CHECK_FALSE(noStyle.ok());
    CHECK_FALSE(noStyle.message.isEmpty());
    sale.lines.last().styleNumber = QStringLiteral("A2");
    sale.lines.last().quantity = 0;
    CHECK_FALSE(sales.recordSale(sale).ok());
    sale.lines.last().quantity = 1;
    sale.lines.last().paidPrice = Money::fromFen(-1);
    CHECK_FALSE(sales.recordSale(sale).ok());
}

TEST_CASE("a return can't exceed what was bought", "[services][returns]")
{
    Fixture f;
    SaleService &sales = f.t.store().sales();
    CHECK_FALSE(sales.recordReturn(f.dressLine, 4, QStringLiteral("太多")).ok());
    CHECK_FALSE(sales.recordReturn(f.dressLine, 0, QString()).ok());
    REQUIRE(sales.recordReturn(f.dressLine, 2, QStringLiteral("面料起球")).ok());
    const SaleResult tooMany = sales.recordReturn(f.dressLine, 2, QString());
    CHECK_FALSE(tooMany.ok());
    CHECK(tooMany.message.contains(QStringLiteral("1")));
    REQUIRE(sales.recordReturn(f.dressLine, 1, QString()).ok());
    CHECK_FALSE(sales.recordReturn(f.dressLine, 1, QString()).ok());
    CHECK(readValue(sales.returnableLines(f.saleId)).first().returnable() == 0);
    CHECK(readValue(f.t.store().customers().card(f.customer))->purchases.lifetimeSpend.fen() == 0);
}

TEST_CASE("a refund can't exceed what was paid for the pieces", "[services][returns]")
{
    Fixture f;
    SaleService &sales = f.t.store().sales();
    CHECK_FALSE(sales.recordReturn(f.dressLine, 1, QString(), Money::fromFen(49901)).ok());
    REQUIRE(sales.recordReturn(f.dressLine, 1, QString(), Money::fromYuan(400)).ok());
    CHECK(readValue(f.t.store().customers().card(f.customer))->purchases.lifetimeSpend.fen()
        == 3 * 49900 - 40000);
}

TEST_CASE("returns are accepted within the return window only", "[services][returns]")
{
    Fixture f;
    SaleService &sales = f.t.store().sales();
    f.t.clock().advanceDays(7);
    CHECK(sales.recordReturn(f.dressLine, 1, QString()).ok()); // day 7: still inside
    f.t.clock().advanceDays(1);
    const SaleResult late = sales.recordReturn(f.dressLine, 1, QString());
    CHECK_FALSE(late.ok());
    CHECK(late.message.contains(QStringLiteral("7")));

    // The window is a setting.
    REQUIRE(f.t.store().settings().setReturnWindowDays(30).ok());
    CHECK(sales.recordReturn(f.dressLine, 1, QString()).ok());
    CHECK_FALSE(f.t.store().settings().setReturnWindowDays(-1).ok());
}

TEST_CASE("the return window a dialog asks about is the one a return is refused by", "[services][returns]")
{
    Fixture f;
    SaleService &sales = f.t.store().sales();
    const auto line = [&] {
        return readValue(sales.returnableLines(f.saleId)).first();
    };
    f.t.clock().advanceDays(7);
    CHECK(sales.returnWindow(line()).open());
    CHECK(SaleService::windowRefusal(sales.returnWindow(line())).isEmpty());
    f.t.clock().advanceDays(1);
    const ReturnWindowCheck closed = sales.returnWindow(line());
    CHECK(closed.daysSinceSale == 8);
    CHECK(closed.windowDays == 7);
    CHECK_FALSE(closed.open());
    CHECK(sales.recordReturn(f.dressLine, 1, QString()).message == SaleService::windowRefusal(closed));
    REQUIRE(f.t.store().settings().setReturnWindowDays(30).ok());
    CHECK(sales.returnWindow(line()).open());
}

TEST_CASE("a return says what it refunded and the points it took back", "[services][returns]")
{
    Fixture f;
    const SaleResult returned = f.t.store().sales().recordReturn(f.dressLine, 1, QString());
    REQUIRE(returned.ok());
    CHECK(returned.refund == Money::fromYuan(499));
    CHECK(returned.pointsTakenBack == 499); // one point per yuan for a new member
}

TEST_CASE("an exchange refunds the pieces and records the replacement as a new sale", "[services][returns]")
{
    Fixture f;
    SaleService &sales = f.t.store().sales();
    const SaleLine replacement{0, QStringLiteral("A24-1031"), QStringLiteral("连衣裙"),
        QStringLiteral("藏青"), QStringLiteral("L"), 1, Money::fromYuan(599), Money::fromYuan(499)};
    REQUIRE(sales.recordExchange(f.dressLine, 1, replacement, QStringLiteral("尺码偏小")).ok());
    const auto card = readValue(f.t.store().customers().card(f.customer));
    CHECK(card->purchases.visits == 2);
    CHECK(card->purchases.lifetimeSpend.fen() == 3 * 49900);
    CHECK(card->recentSales.first().lines.first().size == QStringLiteral("L"));
    CHECK(readValue(sales.returnableLines(f.saleId)).first().returnable() == 2);
    CHECK_FALSE(sales.recordExchange(f.dressLine, 3, replacement, QString()).ok());
}
