#include "services/archive_service.h"
#include "services/customer_service.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::readValue;
using atelier::testing::TempStore;

namespace {

bool hasError(const SaveResult &result, const char *field)
{
    for (const FieldError &e : result.errors) {
        if (e.field == QLatin1String(field))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("a new customer needs only name and phone", "[services][customers]")
{
    TempStore t;
    QSignalSpy saved(&t.store().customers(), &CustomerService::customerSaved);
    const SaveResult result = t.store().customers().registerCustomer(
        QStringLiteral(" 张三 "), QStringLiteral("+86 138-0013-8000"));
    REQUIRE(result.ok());
    CHECK(saved.count() == 1);
    const auto archive = readValue(t.store().customers().load(*result.id));
    REQUIRE(archive);
    CHECK(archive->customer.name == QStringLiteral("张三"));
    CHECK(archive->customer.phone.digits() == QStringLiteral("13800138000"));
    CHECK(archive->customer.createdAt == t.clock().now());
}

TEST_CASE("a duplicate phone is refused and names the existing customer", "[services][customers]")
{
    TempStore t;
    const SaveResult first
        = t.store().customers().registerCustomer(QStringLiteral("张三"), QStringLiteral("13800138000"));
    REQUIRE(first.ok());
    const SaveResult second
        = t.store().customers().registerCustomer(QStringLiteral("李四"), QStringLiteral("138 0013 8000"));
    CHECK_FALSE(second.ok());
    CHECK(second.duplicateOf == first.id);
    CHECK(hasError(second, "phone"));
    CHECK(t.store().archive().count({}).value == 1);
}

TEST_CASE("bad input gets a message per field and stores nothing", "[services][customers]")
{
    TempStore t;
    struct Case
    {
        QString name;
        QString phone;
        const char *field;
    };
    const Case cases[] = {
        {QStringLiteral("张三"), QStringLiteral("1380013800"), "phone"},
        {QStringLiteral("张三"), QStringLiteral("13800138000abc"), "phone"},
        {QStringLiteral("张三"), QString(), "phone"},
        {QString(), QStringLiteral("13800138000"), "name"},
        {QString(500, u'名'), QStringLiteral("13800138000"), "name"},
        {QStringLiteral("张三😀"), QStringLiteral("13800138000"), "name"},
        {QStringLiteral("Robert'); DROP TABLE customers;--"), QStringLiteral("13800138000"), "name"},
    };
    for (const Case &c : cases) {
        INFO(c.name.left(20).toStdString() << " / " << c.phone.toStdString());
        const SaveResult result = t.store().customers().registerCustomer(c.name, c.phone);
        CHECK_FALSE(result.ok());
        CHECK(hasError(result, c.field));
    }
    CHECK(t.store().archive().count({}).value == 0);
}

TEST_CASE("the full archive is saved with tags and life events, text kept as typed", "[services][customers]")
{
    TempStore t;
    CustomerService &customers = t.store().customers();
    const auto french = customers.addTag(QStringLiteral("法式"), Tag::Category::Style).id;
    REQUIRE(french);
    CHECK(customers.addTag(QStringLiteral(" 法式 "), Tag::Category::Style).id == french);
    const TagResult emptyTag = customers.addTag(QString(), Tag::Category::Style);
    CHECK_FALSE(emptyTag.ok());
    CHECK_FALSE(emptyTag.error.isEmpty());

    CustomerArchive archive;
    archive.customer.name = QStringLiteral("王芳");
    archive.phoneText = QStringLiteral("13912345678");
    archive.customer.notes = QStringLiteral("\"quotes\", emoji 👗, '; DELETE FROM customers; --");
    archive.customer.consentProfile = true;
    archive.tagIds = {*french};
    archive.lifeEvents
        = {LifeEvent{0, 0, QDate(2026, 5, 20), LifeEvent::Kind::Wedding, QStringLiteral("婚礼")}};
    const SaveResult saved = customers.save(archive);
    REQUIRE(saved.ok());

    const auto loaded = readValue(customers.load(*saved.id));
    REQUIRE(loaded);
    CHECK(loaded->customer.notes == archive.customer.notes);
    REQUIRE(loaded->customer.consentProfileChange);
    CHECK(loaded->customer.consentProfileChange->on == t.clock().today());
    CHECK(loaded->tagIds == QList<TagId>{*french});
    CHECK(loaded->lifeEvents.size() == 1);
    CHECK(customers.completenessOf(*loaded) > customers.completenessOf(CustomerArchive{}));

    // An edit with a bad e-mail changes nothing.
    CustomerArchive edit = *loaded;
    edit.customer.name = QStringLiteral("王芳芳");
    edit.customer.email = QStringLiteral("nope");
    const SaveResult refused = customers.save(edit);
    CHECK_FALSE(refused.ok());
    CHECK(hasError(refused, "email"));
    CHECK(readValue(customers.load(*saved.id))->customer.name == QStringLiteral("王芳"));
}

TEST_CASE("the card shows purchases, tags and a birthday within 7 days", "[services][customers]")
{
    TempStore t;
    CustomerArchive archive;
    archive.customer.name = QStringLiteral("赵敏");
    archive.phoneText = QStringLiteral("13700001234");
    archive.customer.birthday = QDate(1990, 6, 20); // today is 2026-06-15
    archive.customer.consentProfile = true;
    const SaveResult saved = t.store().customers().save(archive);
    REQUIRE(saved.ok());
    const auto card = readValue(t.store().customers().card(*saved.id));
    REQUIRE(card);
    CHECK(card->birthdaySoon);
    CHECK(card->purchases.visits == 0);
    CHECK(card->recentSales.isEmpty());
    t.clock().advanceDays(10);
    CHECK_FALSE(readValue(t.store().customers().card(*saved.id))->birthdaySoon);
}

TEST_CASE("a failed read gives its reason, never an empty answer or an exception into the GUI",
    "[services][customers]")
{
    TempStore t;
    const SaveResult saved
        = t.store().customers().registerCustomer(QStringLiteral("张三"), QStringLiteral("13800138000"));
    REQUIRE(saved.ok());
    // Stand-in for a read that fails (a vanished drive, a corrupted page): a table is gone.
    testing::dropTable(t.store(), QStringLiteral("life_events"));
    ReadResult<std::optional<CustomerCard>> card;
    CHECK_NOTHROW(card = t.store().customers().card(*saved.id));
    CHECK_FALSE(card.ok());
    CHECK_FALSE(card.error.isEmpty());
    ReadResult<std::optional<CustomerArchive>> archive;
    CHECK_NOTHROW(archive = t.store().customers().load(*saved.id));
    CHECK_FALSE(archive.ok());
    CHECK_FALSE(archive.error.isEmpty());
    testing::dropTable(t.store(), QStringLiteral("customer_tags"));
    // The archive list says that it could not read rather than looking empty.
    ReadResult<KeysetPage<ArchiveRow>> page;
    CHECK_NOTHROW(
        page = t.store().archive().page({}, ArchiveSort::Name, Qt::AscendingOrder, std::nullopt, 10));
    CHECK_FALSE(page.ok());
    CHECK_FALSE(page.error.isEmpty());
    testing::dropTable(t.store(), QStringLiteral("tags"));
    const ReadResult<QList<Tag>> tags = t.store().customers().tagLibrary();
    CHECK_FALSE(tags.ok());
    CHECK_FALSE(tags.error.isEmpty());
}
