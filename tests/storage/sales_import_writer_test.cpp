#include "support/temp_store.h"

#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/sales_import_writer.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <catch2/catch.hpp>

using namespace atelier;

namespace {

// The indexes of sales and their lines that the migrations made, by name: the catalogues of the two
// backends differ, and a name-by-name look through dialect::indexDefinition reads the same on both.
QStringList saleLineIndexes(const QSqlDatabase &db)
{
    QStringList names;
    for (const char *name : {"sale_lines_import_key", "sale_lines_sale", "sale_lines_style", "sales_customer",
             "sales_external_customer", "sales_external_invoice", "sales_sold_at"}) {
        if (!dialect::indexDefinition(db, QString::fromLatin1(name)).isEmpty())
            names << QString::fromLatin1(name);
    }
    return names;
}

} // namespace

TEST_CASE(
    "deferred sale line indexes come back as they were, after a commit or a rollback", "[storage][import]")
{
    testing::TempStore temp;
    const QSqlDatabase db = temp.store().database().connection();
    const QStringList before = saleLineIndexes(db);
    REQUIRE(before.contains(QStringLiteral("sale_lines_style")));
    REQUIRE(before.contains(QStringLiteral("sale_lines_import_key")));
    REQUIRE(before.contains(QStringLiteral("sales_customer")));
    const QString keySql = dialect::indexDefinition(db, QStringLiteral("sale_lines_import_key"));

    SECTION("restored before the commit, with rows written meanwhile")
    {
        {
            Transaction t(db, Transaction::Mode::Immediate);
            SalesImportWriter writer(db);
            writer.deferIndexes(true, true);
            // What the import reads stays: lines by sale, sales by till invoice and till customer.
            CHECK(saleLineIndexes(db)
                == QStringList{QStringLiteral("sale_lines_sale"), QStringLiteral("sales_external_customer"),
                    QStringLiteral("sales_external_invoice")});
            const qint64 sale = writer.insertSale(std::nullopt, u"2011-01-01T10:00:00+08:00", u"1", u"7");
            writer.insertLine(sale, u"A", u"", u"", u"", 2, 150, u"1:A:1");
            writer.insertLine(sale, u"B", u"", u"", u"", 1, 100, u"1:B:1");
            writer.restoreIndexes();
            t.commit();
        }
        CHECK(saleLineIndexes(db) == before);
        CHECK(dialect::indexDefinition(db, QStringLiteral("sale_lines_import_key")) == keySql);
        CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM sale_lines WHERE style_no = 'B'"))
                  .toLongLong()
            == 1);
        // The unique key is enforced again (on a server at the latest when the rows are sent).
        Transaction t(db);
        SalesImportWriter writer(db);
        CHECK(writer.lineKeyExists(u"1", u"1:A:1"));
        CHECK_FALSE(writer.lineKeyExists(u"1", u"1:A:2"));
        CHECK_FALSE(writer.lineKeyExists(u"2", u"2:A:1"));
        CHECK_THROWS([&] {
            writer.insertLine(1, u"A", u"", u"", u"", 1, 150, u"1:A:1");
            writer.finish();
        }());
    }
    SECTION("a rollback brings them back too")
    {
        {
            Transaction t(db, Transaction::Mode::Immediate);
            SalesImportWriter writer(db);
            writer.deferIndexes(true, false);
            CHECK(saleLineIndexes(db).size() == before.size() - 3);
        }
        CHECK(saleLineIndexes(db) == before);
    }
}
