#include "services/archive_service.h"
#include "services/customer_service.h"
#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <QBuffer>

#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::readValue;
using atelier::testing::TempStore;

TEST_CASE(
    "the archive CSV has a BOM, a header and every customer, quoted as RFC 4180 says", "[services][export]")
{
    TempStore t;
    CustomerService &customers = t.store().customers();
    const auto tag = customers.addTag(QStringLiteral("法式"), Tag::Category::Style).id;
    CustomerArchive a;
    a.customer.name = QStringLiteral("张三");
    a.phoneText = QStringLiteral("13800138000");
    a.customer.wechatId = QStringLiteral("wx,\"quoted\"");
    a.tagIds = {*tag};
    REQUIRE(customers.save(a).ok());
    REQUIRE(customers.registerCustomer(QStringLiteral("李四"), QStringLiteral("13900139000")).ok());

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const ExportResult result = t.store().archive().exportCsv(buffer, {});
    REQUIRE(result.ok());
    CHECK(result.rows == 2);
    const QByteArray bytes = buffer.data();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines
        = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).startsWith(QStringLiteral("Customer ID,Name,Phone")));
    // Pinyin order: 李四 (lisi) before 张三 (zhangsan).
    CHECK(lines.at(1).contains(QStringLiteral(",李四,")));
    CHECK(lines.at(2).contains(QStringLiteral(",张三,13800138000,")));
    CHECK(lines.at(2).contains(QStringLiteral("\"wx,\"\"quoted\"\"\",法式,")));

    ArchiveFilter byTag;
    byTag.tagId = *tag;
    QBuffer filtered;
    filtered.open(QIODevice::WriteOnly);
    CHECK(t.store().archive().exportCsv(filtered, byTag).rows == 1);
}

TEST_CASE("an export can be cancelled and reports a write failure", "[services][export]")
{
    TempStore t;
    {
        // One transaction for the fixture: 1 500 synchronous commits would take seconds.
        Transaction transaction(t.store().database().connection());
        CustomerRepository customers(t.store().database().connection());
        for (int i = 0; i < 1500; ++i) {
            Customer c;
            c.name = QStringLiteral("客户");
            c.phone = PhoneNumber::fromStoredDigits(QStringLiteral("1380000%1").arg(i, 4, 10, QChar(u'0')));
            c.createdAt = c.updatedAt = t.clock().now();
            customers.insert(c);
        }
        transaction.commit();
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const ExportResult cancelled = t.store().archive().exportCsv(buffer, {}, [](int, int) { return false; });
    CHECK(cancelled.cancelled);
    CHECK(cancelled.rows == 1000);

    QBuffer closed;
    const ExportResult failed = t.store().archive().exportCsv(closed, {});
    CHECK_FALSE(failed.ok());
    CHECK_FALSE(failed.error.isEmpty());
}
