#include "support/temp_store.h"

#include "services/counter_search.h"
#include "storage/bulk_loader.h"
#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/sale_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace atelier;

namespace {

// A row refused by a constraint or a rule: the same Kind on both backends.
Catch::Matchers::Generic::PredicateMatcher<StorageError> constraintRefusal()
{
    return Catch::Predicate<StorageError>(
        [](const StorageError &error) { return error.kind() == StorageError::Kind::Constraint; },
        "refused as a constraint");
}

} // namespace

TEST_CASE("BulkLoader writes the rows the repositories write", "[storage][bulk]")
{
    testing::TempStore temp;
    QSqlDatabase db = temp.store().database().connection();
    const QDateTime when(QDate(2026, 3, 8), QTime(15, 30), QTimeZone(8 * 3600));

    Customer c;
    c.name = QStringLiteral("曾小雨");
    c.phone = PhoneNumber::fromStoredDigits(QStringLiteral("13812345678"));
    c.gender = Gender::Female;
    c.birthday = QDate(1990, 5, 1);
    c.wechatId = QStringLiteral("Lily_1990");
    c.sizeTop = QStringLiteral("M");
    c.createdAt = when;
    c.updatedAt = when;

    Sale sale;
    SaleLine line;
    line.styleNumber = QStringLiteral("S26-1031");
    line.category = QStringLiteral("连衣裙");
    line.quantity = 2;
    line.listPrice = Money::fromYuan(599);
    line.paidPrice = Money::fromYuan(479);
    sale.lines << line;
    sale.soldAt = when;

    CustomerId id = 0;
    {
        Transaction transaction(db);
        BulkLoader loader(db);
        id = loader.insertCustomer(c);
        sale.customerId = id;
        loader.insertSale(sale);
        ReturnRecord r;
        r.saleLineId = sale.lines.first().id;
        r.returnedAt = when.addDays(2);
        r.refund = Money::fromYuan(479);
        r.reason = QStringLiteral("尺码偏小");
        loader.insertReturn(r);
        transaction.commit();
    }

    CustomerRepository customers(db);
    const std::optional<Customer> read = customers.find(id);
    REQUIRE(read);
    CHECK(read->name == c.name);
    CHECK(read->phone.digits() == c.phone.digits());
    CHECK(read->birthday == c.birthday);
    CHECK(read->email.isEmpty());
    CHECK(!read->referrerId);
    CHECK(read->createdAt == when);

    SaleRepository sales(db);
    const std::optional<Sale> readSale = sales.find(sale.id);
    REQUIRE(readSale);
    CHECK(readSale->total() == Money::fromYuan(958));
    CHECK(readSale->lines.first().styleNumber == QStringLiteral("S26-1031"));
    const QList<ReturnRecord> returns = sales.returnsOf(sale.lines.first().id);
    REQUIRE(returns.size() == 1);
    CHECK(returns.first().reason == QStringLiteral("尺码偏小"));
    CHECK(!returns.first().replacementLineId);

    // The search keys came along: last four digits, pinyin initials (曾 as a surname: zeng), WeChat.
    for (const QString &query : {QStringLiteral("5678"), QStringLiteral("zxy"), QStringLiteral("lily")}) {
        const QList<CounterMatch> matches = temp.store().counterSearch().find(query);
        REQUIRE(matches.size() == 1);
        CHECK(matches.first().customer.id == id);
    }
}

TEST_CASE("BulkLoader reports constraint violations as StorageError", "[storage][bulk]")
{
    testing::TempStore temp;
    QSqlDatabase db = temp.store().database().connection();
    Customer c;
    c.name = QStringLiteral("王芳");
    c.phone = PhoneNumber::fromStoredDigits(QStringLiteral("13912345678"));
    c.createdAt = QDateTime::currentDateTime();
    c.updatedAt = c.createdAt;
    Transaction transaction(db);
    BulkLoader loader(db);
    loader.insertCustomer(c);
    loader.flush(); // the first one was accepted
    // The same phone again: SQLite refuses it at the insert, a server when the queued row is sent.
    CHECK_THROWS_MATCHES((loader.insertCustomer(c), loader.flush()), StorageError, constraintRefusal());
}

TEST_CASE("BulkLoader reports a refused row among many by flush at the latest", "[storage][bulk]")
{
    testing::TempStore temp;
    QSqlDatabase db = temp.store().database().connection();
    Transaction transaction(db);
    BulkLoader loader(db);
    // More rows than a server batch holds, the fourth a duplicate of the third: a server refuses it
    // in the batch's answer, read by a later insert or by flush.
    const auto loadAll = [&] {
        for (int i = 0; i < 1200; ++i) {
            Customer c;
            c.name = QStringLiteral("顾客%1").arg(i);
            c.phone = PhoneNumber::fromStoredDigits(
                QStringLiteral("139%1").arg(i == 3 ? 2 : i, 8, 10, QLatin1Char('0')));
            c.createdAt = QDateTime(QDate(2026, 3, 8), QTime(10, 0), QTimeZone(8 * 3600));
            c.updatedAt = c.createdAt;
            loader.insertCustomer(c);
        }
        loader.flush();
    };
    CHECK_THROWS_MATCHES(loadAll(), StorageError, constraintRefusal());
}
