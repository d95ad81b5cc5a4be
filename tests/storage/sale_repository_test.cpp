#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/sale_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"
#include "support/test_location.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace atelier;

TEST_CASE("a sale with lines and a return round-trip", "[storage][sales]")
{
    QTemporaryDir dir;
    const testing::TestLocation location(dir.path());
    Database db;
    REQUIRE(db.open(location.text()));
    Customer customer;
    customer.name = QStringLiteral("李娜");
    customer.phone = PhoneNumber::fromStoredDigits(QStringLiteral("13700000001"));
    customer.createdAt = customer.updatedAt = QDateTime::currentDateTime();
    const CustomerId id = CustomerRepository(db.connection()).insert(customer);

    SaleRepository sales(db.connection());
    Sale sale;
    sale.customerId = id;
    sale.soldAt = QDateTime::currentDateTime();
    sale.lines << SaleLine{0, QStringLiteral("A24-1031"), QStringLiteral("连衣裙"), QStringLiteral("藏青"),
        QStringLiteral("M"), 2, Money::fromYuan(599), Money::fromFen(47920)};
    sale.lines << SaleLine{0, QStringLiteral("B24-0007"), QStringLiteral("配饰"), QString(), QString(), 1,
        Money::fromYuan(99), Money::fromYuan(99)};
    sales.insert(sale);
    REQUIRE(sale.id > 0);
    REQUIRE(sale.lines.first().id > 0);

    const auto loaded = sales.find(sale.id);
    REQUIRE(loaded);
    CHECK(loaded->lines.size() == 2);
    CHECK(loaded->lines.first().paidPrice.fen() == 47920);
    CHECK(loaded->total().fen() == 2 * 47920 + 9900);

    ReturnRecord r;
    r.saleLineId = sale.lines.first().id;
    r.returnedAt = QDateTime::currentDateTime();
    r.quantity = 1;
    r.refund = Money::fromFen(47920);
    r.reason = QStringLiteral("面料起球");
    sales.insertReturn(r);
    CHECK(sales.returnableLine(r.saleLineId)->returnable() == 1);
    CHECK(sales.returnsOf(r.saleLineId).first().reason == QStringLiteral("面料起球"));

    const PurchaseSummary summary = sales.summaryFor(id);
    CHECK(summary.visits == 1);
    CHECK(summary.lifetimeSpend.fen() == 47920 + 9900);
    CHECK(sales.recentSales(id, 5).size() == 1);

    // The card marks what went back, per line: one of the two pieces returned, the other line kept.
    const QHash<SaleLineId, LineReturns> back = sales.returnsByLine(id);
    CHECK(back.size() == 1);
    CHECK(back.value(r.saleLineId).returned == 1);
    CHECK(back.value(r.saleLineId).exchanged == 0);
}

TEST_CASE("a failed write inside a transaction leaves nothing behind", "[storage][transaction]")
{
    QTemporaryDir dir;
    const testing::TestLocation location(dir.path());
    Database db;
    REQUIRE(db.open(location.text()));
    SaleRepository sales(db.connection());
    Sale sale;
    sale.soldAt = QDateTime::currentDateTime();
    sale.lines << SaleLine{0, QStringLiteral("A1"), {}, {}, {}, 1, Money::fromYuan(10), Money::fromYuan(10)};
    sale.lines << SaleLine{
        0, QStringLiteral("A2"), {}, {}, {}, 0, Money::fromYuan(10), Money::fromYuan(10)}; // breaks CHECK
    try {
        Transaction transaction(db.connection());
        sales.insert(sale);
        transaction.commit();
        FAIL("the CHECK constraint should have refused quantity 0");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::Constraint);
    }
    Sale probe;
    CHECK_FALSE(sales.find(sale.id));
}
