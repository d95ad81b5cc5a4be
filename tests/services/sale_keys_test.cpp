#include "services/customer_service.h"
#include "services/sale_service.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "support/temp_store.h"
#include "support/test_location.h"

#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::TempStore;

namespace {

qint64 number(Store &store, const QString &statement)
{
    return sql::scalar(store.database().connection(), statement).toLongLong();
}

// A dress for a registered customer, with the key the counter makes when the clerk starts saving.
Sale keyedSale(Store &store)
{
    Sale sale;
    sale.customerId
        = *store.customers().registerCustomer(QStringLiteral("李娜"), QStringLiteral("13700000001")).id;
    sale.lines << SaleLine{0, QStringLiteral("A24-1031"), QStringLiteral("连衣裙"), QStringLiteral("藏青"),
        QStringLiteral("M"), 1, Money::fromYuan(599), Money::fromYuan(499)};
    sale.clientKey = QUuid::createUuid();
    return sale;
}

// The stored sales and the points rows they earned.
std::pair<qint64, qint64> salesAndPoints(Store &store)
{
    return {number(store, QStringLiteral("SELECT count(*) FROM sales")),
        number(store, QStringLiteral("SELECT count(*) FROM points_ledger WHERE kind = 'earn'"))};
}

} // namespace

TEST_CASE("a sale sent twice with the same key is stored once, with its points once", "[services][sales]")
{
    TempStore t;
    SaleService &sales = t.store().sales();
    const Sale sale = keyedSale(t.store());
    CHECK(sales.checkStored(sale).state == StoredSaleCheck::State::NotStored);

    const SaleResult first = sales.recordSale(sale);
    REQUIRE(first.ok());
    CHECK_FALSE(first.foundStored);
    REQUIRE(first.pointsEarned > 0);
    const SaleResult again = sales.recordSale(sale);
    REQUIRE(again.ok());
    CHECK(again.foundStored);
    CHECK(again.id == first.id);
    CHECK(again.pointsEarned == first.pointsEarned);
    CHECK(again.couponDiscount.fen() == 0);
    CHECK(salesAndPoints(t.store()) == std::pair<qint64, qint64>{1, 1});

    const StoredSaleCheck check = sales.checkStored(sale);
    CHECK(check.state == StoredSaleCheck::State::Stored);
    CHECK(check.sale.id == first.id);

    // Another sale, with a key of its own, is another sale; sales without a key are never matched.
    Sale other = sale;
    other.clientKey = QUuid::createUuid();
    CHECK_FALSE(sales.recordSale(other).foundStored);
    Sale unkeyed = sale;
    unkeyed.clientKey = QUuid();
    CHECK_FALSE(sales.recordSale(unkeyed).foundStored);
    CHECK_FALSE(sales.recordSale(unkeyed).foundStored);
    CHECK(salesAndPoints(t.store()) == std::pair<qint64, qint64>{4, 4});
}

// The server ends the counter's connection (as when it is restarted or the network drops): the sale's
// save says so, the service reconnects and tells whether the sale arrived, and sending it again stores
// it exactly once. Stopping the shared test server would break the tests beside this one, so the
// connection is ended from a second one instead.
TEST_CASE("after a lost connection the sale is found by its key or stored exactly once", "[services][sales]")
{
    if (!testing::onPostgres()) {
        WARN("PostgreSQL only: SQLite has no connection to lose");
        return;
    }
    TempStore t;
    Store counter(&t.clock());
    REQUIRE(counter.open(t.path()));
    Store other(&t.clock());
    REQUIRE(other.open(t.path()));
    const Sale sale = keyedSale(counter);
    const auto endCounterConnection = [&] {
        const qint64 pid = number(counter, QStringLiteral("SELECT pg_backend_pid()"));
        sql::run(other.database().connection(), QStringLiteral("SELECT pg_terminate_backend(?)"), {pid});
    };

    SECTION("the sale never arrived: not stored, and sent again it is stored once")
    {
        endCounterConnection();
        const SaleResult lost = counter.sales().recordSale(sale);
        CHECK_FALSE(lost.ok());
        CHECK(lost.connectionLost);
        CHECK(other.sales().checkStored(sale).state == StoredSaleCheck::State::NotStored);
        CHECK(counter.sales().checkStored(sale).state == StoredSaleCheck::State::NotStored);
        const SaleResult retried = counter.sales().recordSale(sale);
        REQUIRE(retried.ok());
        CHECK_FALSE(retried.foundStored);
    }
    SECTION("the sale arrived but its answer was lost: found, and sending it again stores nothing")
    {
        // The first attempt's commit reached the server; then the connection went.
        REQUIRE(other.sales().recordSale(sale).ok());
        endCounterConnection();
        const SaleResult lost = counter.sales().recordSale(sale);
        CHECK(lost.connectionLost);
        const StoredSaleCheck check = counter.sales().checkStored(sale);
        CHECK(check.state == StoredSaleCheck::State::Stored);
        CHECK(check.sale.pointsEarned > 0);
        const SaleResult retried = counter.sales().recordSale(sale);
        REQUIRE(retried.ok());
        CHECK(retried.foundStored);
    }
    CHECK(salesAndPoints(other) == std::pair<qint64, qint64>{1, 1});
    // The counter's new connection works for everything else too.
    CHECK(number(counter, QStringLiteral("SELECT count(*) FROM customers")) == 1);
}
