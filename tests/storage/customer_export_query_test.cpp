#include "services/customer_service.h"
#include "services/store.h"
#include "storage/customer_export_query.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/storage_error.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

using namespace atelier;
using namespace atelier::testing;

namespace {

QList<QVariantList> rowsOf(CustomerExportQuery &query, const ArchiveFilter &filter)
{
    QList<QVariantList> rows;
    query.forEach(filter, [&](const QVariantList &stored) {
        rows << stored;
        return true;
    });
    return rows;
}

} // namespace

TEST_CASE("the export query selects the chosen columns and nothing else", "[storage][export]")
{
    TempStore t;
    const CustomerExportQuery few(
        t.store().database().connection(), {ExportColumn::Name, ExportColumn::Spend});
    CHECK(few.selectList() == QStringLiteral("c.name, COALESCE(s.spend_fen, 0)"));
    CHECK(few.needsLoyalty());
    const CustomerExportQuery archive(
        t.store().database().connection(), {ExportColumn::Birthday, ExportColumn::CustomerId});
    CHECK(archive.selectList() == QStringLiteral("c.birthday, c.id"));
    CHECK_FALSE(archive.needsLoyalty());
    for (const ExportColumn column : ExportColumns::available(ExportSource::Tasks)) {
        if (column != ExportColumn::Phone) {
            INFO(ExportColumns::code(column).toStdString());
            CHECK_FALSE(CustomerExportQuery(t.store().database().connection(), {column})
                            .selectList()
                            .contains(QStringLiteral("phone")));
        }
    }
}

TEST_CASE("an export without the phone never reads the phone column", "[storage][export]")
{
    TempStore t;
    const CustomerId wang
        = *t.store().customers().registerCustomer(QStringLiteral("王芳"), QStringLiteral("13800138000")).id;
    const CustomerId li
        = *t.store().customers().registerCustomer(QStringLiteral("李静"), QStringLiteral("13900139000")).id;
    const QSqlDatabase db = t.store().database().connection();
    // Any statement that still read the phone would now fail.
    sql::execute(db, QStringLiteral("ALTER TABLE customers RENAME COLUMN phone TO phone_elsewhere"));

    CustomerExportQuery names(db, {ExportColumn::CustomerId, ExportColumn::Name, ExportColumn::Tier});
    const QList<QVariantList> archive = rowsOf(names, ArchiveFilter{});
    REQUIRE(archive.size() == 2);
    CHECK(archive.at(0) == QVariantList{qlonglong(li), QStringLiteral("李静"), QString()}); // pinyin order
    int loyalty = 0;
    names.forEach(LoyaltyFilter{}, [&](const QVariantList &) {
        ++loyalty;
        return true;
    });
    CHECK(loyalty == 2);
    QList<qlonglong> listed;
    names.forEach(QList<CustomerId>{wang, 424242, li}, [&](const QVariantList &stored) {
        listed << stored.at(0).toLongLong();
        return true;
    });
    CHECK(listed == QList<qlonglong>{wang, li}); // in the order given; no such customer 424242

    CustomerExportQuery phones(db, {ExportColumn::Name, ExportColumn::Phone});
    CHECK_THROWS_AS(rowsOf(phones, ArchiveFilter{}), StorageError);
}
