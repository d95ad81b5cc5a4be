#include "storage/customer_export_query.h"
#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/sale_repository.h"
#include "storage/sql.h"
#include "storage/tag_repository.h"
#include "storage/transaction.h"
#include "support/test_location.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

// The statements written once for SQLite and PostgreSQL (issue 25), where the two could read them
// differently. The suite runs on both backends (see test_location.h).

using namespace atelier;

namespace {

// A new store on the backend of this run.
struct NewStore
{
    QTemporaryDir dir;
    testing::TestLocation location{dir.path()};
    Database db;
    QSqlDatabase open()
    {
        REQUIRE(db.open(location.text()));
        return db.connection();
    }
};

CustomerId addCustomer(const QSqlDatabase &db, const QString &phone)
{
    Customer customer;
    customer.name = QStringLiteral("林晓");
    customer.phone = PhoneNumber::fromStoredDigits(phone);
    customer.createdAt = customer.updatedAt = QDateTime::currentDateTime();
    return CustomerRepository(db).insert(customer);
}

Sale oneLineSale(CustomerId customer)
{
    Sale sale;
    sale.customerId = customer;
    sale.soldAt = QDateTime::currentDateTime();
    sale.lines << SaleLine{0, QStringLiteral("A24-1031"), QStringLiteral("连衣裙"), QStringLiteral("藏青"),
        QStringLiteral("M"), 1, Money::fromYuan(599), Money::fromYuan(599)};
    return sale;
}

} // namespace

TEST_CASE(
    "ids come back from kept inserts, and the transaction around them still commits", "[storage][portable]")
{
    // SaleRepository keeps its prepared INSERT … RETURNING id; on SQLite a statement that has given its
    // row but is not reset holds the write open, and COMMIT fails ("SQL statements in progress").
    NewStore store;
    const QSqlDatabase db = store.open();
    const CustomerId customer = addCustomer(db, QStringLiteral("13700000021"));
    SaleRepository sales(db);
    Sale first = oneLineSale(customer);
    Sale second = oneLineSale(customer);
    {
        Transaction transaction(db, Transaction::Mode::Immediate);
        sales.insert(first);
        sales.insert(second);
        REQUIRE_NOTHROW(transaction.commit());
    }
    CHECK(first.id > 0);
    CHECK(second.id > first.id);
    CHECK(second.lines.first().id > first.lines.first().id);
    CHECK(sql::scalar(
              db, QStringLiteral("SELECT count(*) FROM sales WHERE customer_id = ?"), {qlonglong(customer)})
              .toInt()
        == 2);
    CHECK(sales.find(second.id).has_value());
}

TEST_CASE("a customer's tags are joined in the order the tags were made, in the list and the export",
    "[storage][portable]")
{
    // group_concat on SQLite, string_agg … ORDER BY on PostgreSQL (storage/dialect.h): the same text on
    // both, whatever order the tags were given in.
    NewStore store;
    const QSqlDatabase db = store.open();
    TagRepository tags(db);
    const TagId french = tags.insert(QStringLiteral("法式"), Tag::Category::Style);
    const TagId work = tags.insert(QStringLiteral("通勤"), Tag::Category::Scene);
    const TagId silk = tags.insert(QStringLiteral("真丝"), Tag::Category::Material);
    CustomerRepository customers(db);
    const CustomerId id = addCustomer(db, QStringLiteral("13700000022"));
    customers.setTags(id, {silk, french, work});
    const QString expected = QStringLiteral("法式, 通勤, 真丝");

    const KeysetPage<ArchiveRow> page
        = customers.page({}, ArchiveSort::Name, Qt::AscendingOrder, std::nullopt, 10);
    REQUIRE(page.rows.size() == 1);
    CHECK(page.rows.first().tags == expected);

    CustomerExportQuery exported(db, {ExportColumn::CustomerId, ExportColumn::Tags});
    QList<QVariantList> rows;
    exported.forEach(ArchiveFilter{}, [&rows](const QVariantList &stored) {
        rows << stored;
        return true;
    });
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().at(1).toString() == expected);
}
