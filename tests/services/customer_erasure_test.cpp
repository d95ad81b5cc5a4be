#include "core/report_period.h"
#include "follow_up_fixture.h"
#include "services/archive_service.h"
#include "services/audit_trail.h"
#include "services/counter_search.h"
#include "services/customer_erasure.h"
#include "services/customer_merge.h"
#include "services/customer_service.h"
#include "services/reports.h"
#include "services/sms_export.h"
#include "services/store.h"
#include "storage/benefit_repository.h"
#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "support/read_checks.h"
#include "support/report_store.h"
#include "support/temp_store.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::FollowUpShop;
using atelier::testing::readValue;
using atelier::testing::TempStore;

namespace {

const ReportPeriod may = ReportPeriod::month(2026, 5);

QVariant scalar(Store &store, const QString &statement, std::initializer_list<QVariant> values = {})
{
    return sql::scalar(store.database().connection(), statement, values);
}

CustomerErasure erasure(TempStore &t)
{
    return CustomerErasure(t.store().database(), t.clock());
}

// A customer with everything an archive can hold about a person.
CustomerId fullCustomer(TempStore &t)
{
    CustomerService &customers = t.store().customers();
    const std::optional<TagId> tag = customers.addTag(QStringLiteral("法式"), Tag::Category::Style).id;
    REQUIRE(tag);
    CustomerArchive archive;
    archive.customer.name = QStringLiteral("王芳");
    archive.phoneText = QStringLiteral("13812345678");
    archive.customer.wechatId = QStringLiteral("wangfang_0612");
    archive.customer.address = QStringLiteral("杭州市西湖区文三路 1 号");
    archive.customer.birthday = QDate(1990, 6, 18);
    archive.customer.gender = Gender::Female;
    archive.customer.sizeTop = QStringLiteral("M");
    archive.customer.notes = QStringLiteral("喜欢真丝，女儿在实验小学");
    archive.customer.hobbies = QStringLiteral("瑜伽");
    archive.customer.consentProfile = true;
    archive.customer.consentMarketing = true;
    archive.tagIds = {*tag};
    archive.lifeEvents
        = {LifeEvent{0, 0, QDate(2026, 5, 20), LifeEvent::Kind::Wedding, QStringLiteral("婚礼")}};
    const SaveResult saved = customers.save(archive);
    REQUIRE(saved.ok());
    return *saved.id;
}

} // namespace

TEST_CASE("erasure keeps totals", "[services][erasure]")
{
    TempStore t;
    const testing::ReportStore shop = testing::fillReportStore(t.store());
    Store &store = t.store();
    Reports reports(store.database());
    const ReportSet before = readValue(reports.all(may));
    const std::optional<int> customersBefore = store.archive().count({}).value;
    const qint64 pointsBefore
        = scalar(store, QStringLiteral("SELECT SUM(points) FROM points_ledger")).toLongLong();
    const qint64 salesBefore = scalar(store, QStringLiteral("SELECT SUM(total_fen) FROM sales")).toLongLong();

    REQUIRE(erasure(t).erase(shop.c1).ok());

    const ReportSet after = readValue(reports.all(may));
    CHECK(store.archive().count({}).value == customersBefore);
    CHECK(
        scalar(store, QStringLiteral("SELECT SUM(points) FROM points_ledger")).toLongLong() == pointsBefore);
    CHECK(scalar(store, QStringLiteral("SELECT SUM(total_fen) FROM sales")).toLongLong() == salesBefore);
    CHECK(scalar(store, QStringLiteral("SELECT COUNT(*) FROM sales WHERE customer_id = ?"), {shop.c1}).toInt()
        == 4);

    CHECK(after.sales.current.grossFen == before.sales.current.grossFen);
    CHECK(after.sales.current.refundFen == before.sales.current.refundFen);
    CHECK(after.sales.current.orders == before.sales.current.orders);
    CHECK(after.sales.current.memberOrders == before.sales.current.memberOrders);
    CHECK(after.sales.current.buyers == before.sales.current.buyers);
    CHECK(after.sales.current.repeatBuyers == before.sales.current.repeatBuyers);
    CHECK(after.sales.current.categoryFen == before.sales.current.categoryFen);
    CHECK(after.sales.current.returnReasons == before.sales.current.returnReasons);
    CHECK(after.sales.previous.grossFen == before.sales.previous.grossFen);

    // Who was a customer when, and where they came from, are the store's figures, not the person's.
    CHECK(after.customers.current.atStart == before.customers.current.atStart);
    CHECK(after.customers.current.atEnd == before.customers.current.atEnd);
    CHECK(after.customers.current.newCustomers == before.customers.current.newCustomers);
    CHECK(after.customers.current.retentionBase == before.customers.current.retentionBase);
    CHECK(after.customers.current.retained == before.customers.current.retained);
    CHECK(after.customers.current.crossedIntoDormant == before.customers.current.crossedIntoDormant);
    CHECK(after.customers.current.conversion == before.customers.current.conversion);
    CHECK(after.customers.current.sources == before.customers.current.sources);

    CHECK(after.loyalty.current.tiers == before.loyalty.current.tiers);
    CHECK(after.loyalty.current.segments == before.loyalty.current.segments);
    CHECK(after.loyalty.current.pointsIssued == before.loyalty.current.pointsIssued);
    CHECK(after.loyalty.current.pointsRedeemed == before.loyalty.current.pointsRedeemed);
    CHECK(after.loyalty.current.pointsOutstanding == before.loyalty.current.pointsOutstanding);
    CHECK(after.loyalty.current.liabilityFen == before.loyalty.current.liabilityFen);

    // The complaint stays for the statistics; the done follow-ups stay for the staff's figures.
    CHECK(after.service.current.complaints == before.service.current.complaints);
    CHECK(after.service.current.complaintCategories == before.service.current.complaintCategories);
    CHECK(after.service.current.followUpsDue == before.service.current.followUpsDue);
    CHECK(after.service.current.followUpsDone == before.service.current.followUpsDone);
    REQUIRE(after.staff.current.rows.size() == before.staff.current.rows.size());
    for (qsizetype i = 0; i < after.staff.current.rows.size(); ++i) {
        const StaffRow &was = before.staff.current.rows.at(i);
        const StaffRow &is = after.staff.current.rows.at(i);
        CHECK(is.registered == was.registered);
        CHECK(is.orders == was.orders);
        CHECK(is.salesFen == was.salesFen);
        CHECK(is.followUpsDone == was.followUpsDone);
    }
}

TEST_CASE(
    "an erased customer's personal fields, tags, life events and open tasks are gone", "[services][erasure]")
{
    TempStore t;
    Store &store = t.store();
    const CustomerId id = fullCustomer(t);
    sql::run(store.database().connection(),
        QStringLiteral(
            "INSERT INTO follow_up_tasks (customer_id, due_on, channel, purpose, note, created_at) "
            "VALUES (?, '2026-06-20', 'phone', 'planned', '问女儿的尺码', '2026-06-15T10:00:00+08:00')"),
        {id});
    sql::run(store.database().connection(),
        QStringLiteral(
            "INSERT INTO complaints (customer_id, channel, category, severity, content, received_at, "
            "respond_by, resolution_note, updated_at) VALUES (?, 'phone', 'quality', 'low', "
            "'王女士说开线了', '2026-06-01T10:00:00+08:00', '2026-06-01T12:00:00+08:00', '电话 13812345678', "
            "'2026-06-01T10:00:00+08:00')"),
        {id});
    // A benefit use with the clerk's free note (issue 22): the row stays, the note goes.
    BenefitUse use;
    use.customerId = id;
    use.benefitId = scalar(store, QStringLiteral("SELECT MIN(id) FROM tier_benefits")).toLongLong();
    use.usedOn = t.clock().today();
    use.periodKey = QStringLiteral("2026");
    use.recordedAt = t.clock().now();
    use.note = QStringLiteral("王女士的女儿下月结婚");
    REQUIRE(BenefitRepository(store.database().connection()).addUse(use));

    REQUIRE(erasure(t).erase(id).ok());

    const std::optional<CustomerArchive> erased = readValue(store.customers().load(id));
    REQUIRE(erased);
    const Customer &c = erased->customer;
    CHECK(c.name == erasedCustomerName());
    CHECK(c.phone.digits() == erasedPhoneMarker(id));
    CHECK(c.phone.masked() == QStringLiteral("—"));
    CHECK(c.phone.formatted() == QStringLiteral("—"));
    CHECK(c.wechatId.isEmpty());
    CHECK(c.address.isEmpty());
    CHECK_FALSE(c.birthday);
    CHECK(c.gender == Gender::Unknown);
    CHECK(c.sizeTop.isEmpty());
    CHECK(c.notes.isEmpty());
    CHECK(c.hobbies.isEmpty());
    CHECK_FALSE(c.consentProfile);
    CHECK_FALSE(c.consentMarketing);
    CHECK(c.erasedAt == t.clock().now());
    CHECK(erased->tagIds.isEmpty());
    CHECK(erased->lifeEvents.isEmpty());
    CHECK(scalar(store, QStringLiteral("SELECT COUNT(*) FROM follow_up_tasks WHERE customer_id = ?"), {id})
              .toInt()
        == 0);
    CHECK(
        scalar(store, QStringLiteral("SELECT COUNT(*) FROM search_keys WHERE customer_id = ?"), {id}).toInt()
        == 0);
    CHECK(scalar(store, QStringLiteral("SELECT COUNT(*) FROM complaints WHERE customer_id IS NULL")).toInt()
        == 1);
    CHECK(scalar(store, QStringLiteral("SELECT resolution_note FROM complaints")).toString().isEmpty());
    CHECK(scalar(store, QStringLiteral("SELECT content FROM complaints")).toString() == erasedCustomerName());
    CHECK(
        scalar(store, QStringLiteral("SELECT COUNT(*) FROM benefit_uses WHERE customer_id = ?"), {id}).toInt()
        == 1);
    CHECK(scalar(store, QStringLiteral("SELECT note FROM benefit_uses WHERE customer_id = ?"), {id})
              .toString()
              .isEmpty());
    // The consents are withdrawn, on the day of the erasure, by whoever erased.
    REQUIRE(c.consentMarketingChange);
    CHECK(c.consentMarketingChange->on == t.clock().today());
    CHECK(c.consentMarketingChange->by == store.database().auditActor().name);
}

TEST_CASE(
    "the counter cannot find an erased customer by old phone, name, pinyin or WeChat", "[services][erasure]")
{
    TempStore t;
    const CustomerId id = fullCustomer(t);
    CounterSearch &search = t.store().counterSearch();
    REQUIRE(search.find(QStringLiteral("13812345678")).size() == 1);
    REQUIRE(search.find(QStringLiteral("wf")).size() == 1);

    REQUIRE(erasure(t).erase(id).ok());

    for (const QString &query :
        {QStringLiteral("13812345678"), QStringLiteral("5678"), QStringLiteral("王芳"), QStringLiteral("王"),
            QStringLiteral("wf"), QStringLiteral("wangfang"), QStringLiteral("wangfang_0612"),
            QStringLiteral("erased"), QString::number(id), QStringLiteral("—")}) {
        INFO(query.toStdString());
        CHECK(search.find(query).isEmpty());
    }
    // The phone is free for a new registration (the person may come back as a new customer).
    CHECK(t.store().customers().registerCustomer(QStringLiteral("王芳"), QStringLiteral("13812345678")).ok());
}

TEST_CASE("the erasure's audit entry names no personal data; earlier entries stay", "[services][erasure]")
{
    TempStore t;
    const CustomerId id = fullCustomer(t);
    AuditTrail trail(t.store().database(), t.clock());
    const int entriesBefore = trail.count({});

    REQUIRE(erasure(t).erase(id, ErasureReason::ConsentWithdrawn).ok());

    CHECK(trail.count({}) == entriesBefore + 1);
    AuditFilter filter;
    filter.action = AuditAction::CustomerErased;
    const QList<AuditEntry> entries = trail.entries(filter, 10);
    REQUIRE(entries.size() == 1);
    const AuditEntry &entry = entries.first();
    CHECK(entry.customerId == id);
    CHECK(entry.actor == t.store().database().auditActor());
    CHECK(entry.details == QStringLiteral("{\"reason\":\"consent_withdrawn\"}"));
    for (const char *personal : {"王芳", "13812345678", "5678", "杭州", "wangfang", "真丝"})
        CHECK_FALSE(entry.details.contains(QString::fromUtf8(personal)));
    CHECK(AuditTrail::describe(entry) == AuditTrail::tr("Consent to the profile withdrawn"));
    // Append-only: the registration's entry, with the values given then, is still there.
    filter.action = AuditAction::CustomerCreated;
    CHECK(trail.entries(filter, 10).size() == 1);
}

TEST_CASE("a clerk cannot erase a customer", "[services][erasure][permissions]")
{
    TempStore t;
    const CustomerId id = fullCustomer(t);
    t.store().database().setRole(Role::Clerk);

    const EraseResult result = erasure(t).erase(id);

    CHECK_FALSE(result.ok());
    CHECK_FALSE(result.message.isEmpty());
    const std::optional<CustomerArchive> kept = readValue(t.store().customers().load(id));
    REQUIRE(kept);
    CHECK(kept->customer.name == QStringLiteral("王芳"));
    CHECK_FALSE(kept->customer.erasedAt);
    AuditFilter filter;
    filter.action = AuditAction::CustomerErased;
    CHECK(AuditTrail(t.store().database(), t.clock()).count(filter) == 0);

    t.store().database().setRole(Role::Manager);
    CHECK(erasure(t).erase(id).ok());
}

TEST_CASE("an erased customer cannot be saved or erased again", "[services][erasure]")
{
    TempStore t;
    const CustomerId id = fullCustomer(t);
    REQUIRE(erasure(t).erase(id).ok());

    CustomerArchive archive = *readValue(t.store().customers().load(id));
    archive.customer.name = QStringLiteral("王芳");
    archive.phoneText = QStringLiteral("13812345678");
    archive.customer.consentMarketing = true;
    const SaveResult saved = t.store().customers().save(archive);
    CHECK_FALSE(saved.ok());
    CHECK(saved.message.contains(QStringLiteral("erased")));
    // A form loaded before the erasure is refused too.
    archive.customer.erasedAt.reset();
    const SaveResult stale = t.store().customers().save(archive);
    CHECK_FALSE(stale.ok());
    CHECK(stale.message.contains(QStringLiteral("erased")));
    CHECK(readValue(t.store().customers().load(id))->customer.name == erasedCustomerName());

    const EraseResult again = erasure(t).erase(id);
    CHECK_FALSE(again.ok());
    CHECK_FALSE(again.message.isEmpty());
    CHECK_FALSE(erasure(t).erase(999999).ok());
}

TEST_CASE("consent records the day and who gave or withdrew it", "[services][erasure][consent]")
{
    TempStore t;
    Store &store = t.store();
    store.database().setAuditActor(AuditActor::staff(7, QStringLiteral("李晓雯")));
    CustomerArchive archive;
    archive.customer.name = QStringLiteral("李静");
    archive.phoneText = QStringLiteral("13987654321");
    archive.customer.consentMarketing = true;
    const CustomerId id = *store.customers().save(archive).id;

    Customer c = readValue(store.customers().load(id))->customer;
    REQUIRE(c.consentMarketingChange);
    CHECK(*c.consentMarketingChange == ConsentChange{QDate(2026, 6, 15), QStringLiteral("李晓雯")});
    CHECK_FALSE(c.consentProfileChange);

    // A later save that leaves the consent alone keeps its record, whatever the form passed.
    t.clock().set(QDateTime(QDate(2026, 6, 20), QTime(11, 0), t.clock().now().timeZone()));
    store.database().setAuditActor(AuditActor::staff(8, QStringLiteral("陈店长")));
    CustomerArchive edited = *readValue(store.customers().load(id));
    edited.customer.hobbies = QStringLiteral("瑜伽");
    edited.customer.consentMarketingChange = ConsentChange{QDate(2020, 1, 1), QStringLiteral("someone")};
    REQUIRE(store.customers().save(edited).ok());
    c = readValue(store.customers().load(id))->customer;
    CHECK(*c.consentMarketingChange == ConsentChange{QDate(2026, 6, 15), QStringLiteral("李晓雯")});

    // Withdrawn: the state and the day and name of the change.
    edited = *readValue(store.customers().load(id));
    edited.customer.consentMarketing = false;
    edited.customer.consentProfile = true;
    REQUIRE(store.customers().save(edited).ok());
    c = readValue(store.customers().load(id))->customer;
    CHECK_FALSE(c.consentMarketing);
    CHECK(*c.consentMarketingChange == ConsentChange{QDate(2026, 6, 20), QStringLiteral("陈店长")});
    CHECK(*c.consentProfileChange == ConsentChange{QDate(2026, 6, 20), QStringLiteral("陈店长")});
}

TEST_CASE("an erased customer gets no follow-up tasks and no promotional SMS", "[services][erasure]")
{
    FollowUpShop shop;
    const CustomerId kept = shop.customer(QStringLiteral("13800000001"), shop.clerk);
    const CustomerId erased = shop.customer(QStringLiteral("13800000002"), shop.clerk);
    for (const CustomerId who : {kept, erased}) {
        shop.setBirthday(who, QDate(1990, 6, 18));
        shop.buy(who, QDate(2026, 3, 1));
        shop.buy(who, QDate(2026, 4, 1));
    }
    REQUIRE(CustomerErasure(shop.store().database(), shop.t.clock()).erase(erased).ok());

    shop.nightly(shop.today());
    CHECK(shop.taskCount(kept, TaskPurpose::Birthday) == 1);
    CHECK(scalar(shop.store(), QStringLiteral("SELECT COUNT(*) FROM follow_up_tasks WHERE customer_id = ?"),
              {erased})
              .toInt()
        == 0);

    MessageTemplate text;
    text.name = QStringLiteral("test");
    text.body = QStringLiteral("{name}，新品到店");
    QBuffer file;
    file.open(QIODevice::WriteOnly);
    SmsExportSummary summary;
    const ExportResult result
        = SmsExport(shop.store().database(), shop.t.clock()).write(file, {kept, erased}, text, &summary);
    REQUIRE(result.ok());
    CHECK(summary.written == 1);
    CHECK_FALSE(file.data().contains("erased"));
}

TEST_CASE("013 carries the old consent date over to each consent that was given",
    "[storage][migrations][consent][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        Database old;
        REQUIRE(old.openAtVersion(path, 11));
        sql::run(old.connection(),
            QStringLiteral(
                "INSERT INTO customers (id, name, phone, consent_profile, consent_marketing, consent_date, "
                "created_at, updated_at) VALUES (1, '曾小贤', '13912345678', 1, 0, '2026-01-02', "
                "'2026-01-01T10:00:00+08:00', '2026-01-01T10:00:00+08:00')"));
    }
    Database db;
    REQUIRE(db.open(path));
    const std::optional<Customer> c = CustomerRepository(db.connection()).find(1);
    REQUIRE(c);
    CHECK(c->consentProfile);
    CHECK(c->consentProfileChange == ConsentChange{QDate(2026, 1, 2), QString()});
    CHECK_FALSE(c->consentMarketing);
    CHECK_FALSE(c->consentMarketingChange);
    CHECK_FALSE(c->erasedAt);
}

TEST_CASE("erasing a merged customer removes the merge's copy of her rows and her old keys",
    "[services][erasure][merge]")
{
    TempStore t;
    const CustomerId kept = fullCustomer(t);
    const SaveResult twin
        = t.store().customers().registerCustomer(QStringLiteral("王芳"), QStringLiteral("13900001111"));
    REQUIRE(twin.ok());
    REQUIRE(t.store().merge().merge(kept, *twin.id).ok());
    CounterSearch &search = t.store().counterSearch();
    REQUIRE(search.find(QStringLiteral("13900001111")).size() == 1); // the absorbed phone finds her

    REQUIRE(erasure(t).erase(kept).ok());
    CHECK(search.find(QStringLiteral("13900001111")).isEmpty());
    CHECK(scalar(t.store(),
              QStringLiteral("SELECT COUNT(*) FROM customer_merges WHERE survivor_id = ? OR absorbed_id = ?"),
              {kept, *twin.id})
              .toInt()
        == 0);
    CHECK(scalar(t.store(), QStringLiteral("SELECT COUNT(*) FROM customer_merges WHERE absorbed_row LIKE ?"),
              {QStringLiteral("%13900001111%")})
              .toInt()
        == 0);
}
