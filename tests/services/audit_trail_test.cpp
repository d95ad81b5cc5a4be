#include "core/display_format.h"
#include "core/export_columns.h"
#include "services/archive_service.h"
#include "services/audit_trail.h"
#include "services/backup_service.h"
#include "services/complaint_service.h"
#include "services/counter_shift.h"
#include "services/customer_export.h"
#include "services/customer_service.h"
#include "services/loyalty_report.h"
#include "services/loyalty_service.h"
#include "services/message_templates.h"
#include "services/nightly_job.h"
#include "services/points_service.h"
#include "services/sale_service.h"
#include "services/service_settings.h"
#include "services/sms_export.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/staff_repository.h"
#include "storage/storage_error.h"
#include "storage/tier_repository.h"
#include "support/failing_writes.h"
#include "support/language_scope.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::LocaleScope;
using atelier::testing::readValue;
using atelier::testing::TempStore;

namespace {

// Read as the manager would, whoever is at the counter of `store` (a clerk may not read the trail).
QList<AuditEntry> entriesOf(Store &store, const AuditFilter &filter = {})
{
    Database reader;
    REQUIRE(reader.open(store.path()));
    reader.setRole(Role::Manager);
    return AuditTrail(reader, store.clock()).entries(filter, 1000);
}

int auditRows(Store &store)
{
    return sql::scalar(store.database().connection(), QStringLiteral("SELECT count(*) FROM audit_log"))
        .toInt();
}

QJsonObject objectOf(const AuditEntry &entry)
{
    return QJsonDocument::fromJson(entry.details.toUtf8()).object();
}

QJsonArray arrayOf(const AuditEntry &entry)
{
    return QJsonDocument::fromJson(entry.details.toUtf8()).array();
}

QJsonObject change(const QString &field, const QString &before, const QString &after)
{
    return {
        {QStringLiteral("field"), field}, {QStringLiteral("old"), before}, {QStringLiteral("new"), after}};
}

CustomerId registered(Store &store, const char *name, const char *phone)
{
    const SaveResult result
        = store.customers().registerCustomer(QString::fromUtf8(name), QString::fromLatin1(phone));
    REQUIRE(result.ok());
    return *result.id;
}

} // namespace

TEST_CASE("registering a customer writes one entry with the fields given", "[services][audit]")
{
    TempStore t;
    const CustomerId id = registered(t.store(), "张三", "13800000000");
    const QList<AuditEntry> entries = entriesOf(t.store());
    REQUIRE(entries.size() == 1);
    const AuditEntry &e = entries.first();
    CHECK(e.action == AuditAction::CustomerCreated);
    CHECK(e.customerId == id);
    CHECK(e.happenedAt == t.clock().now());
    CHECK(e.actor.isUnknownClerk()); // no shift yet, no login yet
    const QJsonArray changes = arrayOf(e);
    CHECK(changes.contains(change(QStringLiteral("name"), QString(), QStringLiteral("张三"))));
    CHECK(changes.contains(change(QStringLiteral("phone"), QString(), QStringLiteral("13800000000"))));
}

TEST_CASE(
    "a customer save writes exactly one entry with each changed field, old and new", "[services][audit]")
{
    TempStore t;
    CustomerService &customers = t.store().customers();
    const CustomerId id = registered(t.store(), "张三", "13800000000");
    const auto tag = customers.addTag(QStringLiteral("法式"), Tag::Category::Style).id;
    CustomerArchive archive = *readValue(customers.load(id));
    archive.phoneText = QStringLiteral("13900001111");
    archive.customer.sizeTop = QStringLiteral("M");
    archive.tagIds = {*tag};
    REQUIRE(customers.save(archive).ok());

    const QList<AuditEntry> changed = entriesOf(t.store(), {{}, {}, AuditAction::CustomerChanged, {}, {}});
    REQUIRE(changed.size() == 1);
    CHECK(changed.first().customerId == id);
    const QJsonArray changes = arrayOf(changed.first());
    CHECK(changes.size() == 3);
    CHECK(changes.contains(
        change(QStringLiteral("phone"), QStringLiteral("13800000000"), QStringLiteral("13900001111"))));
    CHECK(changes.contains(change(QStringLiteral("size_top"), QString(), QStringLiteral("M"))));
    CHECK(changes.contains(change(QStringLiteral("tags"), QString(), QStringLiteral("法式"))));
    CHECK(AuditTrail::describe(changed.first()).contains(QStringLiteral("Phone: 13800000000 → 13900001111")));

    // Saving again without a change is no change.
    const int before = auditRows(t.store());
    REQUIRE(customers.save(*readValue(customers.load(id))).ok());
    CHECK(auditRows(t.store()) == before);
}

TEST_CASE("a customer change and its entry are one transaction", "[services][audit]")
{
    TempStore t;
    CustomerService &customers = t.store().customers();
    const CustomerId id = registered(t.store(), "张三", "13800000000");
    const QSqlDatabase db = t.store().database().connection();

    SECTION("a refused save writes no entry")
    {
        registered(t.store(), "李四", "13900001111");
        const int before = auditRows(t.store());
        CustomerArchive archive = *readValue(customers.load(id));
        archive.phoneText = QStringLiteral("13900001111"); // belongs to 李四
        CHECK_FALSE(customers.save(archive).ok());
        CHECK(auditRows(t.store()) == before);
    }
    SECTION("a save that fails in storage after the update writes no entry")
    {
        testing::failWritesTo(db, QStringLiteral("life_events"));
        const int before = auditRows(t.store());
        CustomerArchive archive = *readValue(customers.load(id));
        archive.customer.sizeTop = QStringLiteral("L");
        archive.lifeEvents = {LifeEvent{0, id, QDate(2026, 5, 1), LifeEvent::Kind::Wedding, QString()}};
        const SaveResult result = customers.save(archive);
        CHECK_FALSE(result.ok());
        CHECK_FALSE(result.message.isEmpty());
        CHECK(auditRows(t.store()) == before);
        CHECK(readValue(customers.load(id))->customer.sizeTop.isEmpty());
    }
    SECTION("a change whose entry cannot be written is not saved")
    {
        testing::failWritesTo(db, QStringLiteral("audit_log"));
        CustomerArchive archive = *readValue(customers.load(id));
        archive.customer.sizeTop = QStringLiteral("L");
        CHECK_FALSE(customers.save(archive).ok());
        CHECK(readValue(customers.load(id))->customer.sizeTop.isEmpty());
    }
}

TEST_CASE("the trail cannot be changed or emptied, not even with SQL", "[services][audit]")
{
    TempStore t;
    registered(t.store(), "张三", "13800000000");
    const QSqlDatabase db = t.store().database().connection();
    CHECK_THROWS_AS(
        sql::execute(db, QStringLiteral("UPDATE audit_log SET actor_name = 'nobody'")), StorageError);
    CHECK_THROWS_AS(sql::execute(db, QStringLiteral("DELETE FROM audit_log")), StorageError);
    CHECK(auditRows(t.store()) == 1);
    CHECK(entriesOf(t.store()).first().actor.isUnknownClerk());
}

TEST_CASE("the actor is the counter clerk, the actor set, or the nightly job", "[services][audit]")
{
    TempStore t;
    Store &store = t.store();
    const StaffId wang = StaffRepository(store.database().connection()).insert(QStringLiteral("小王"), false);
    REQUIRE(store.shift().begin(wang));
    CHECK(store.actor() == AuditActor::staff(wang, QStringLiteral("小王")));
    registered(store, "张三", "13800000000");
    CHECK(entriesOf(store).first().actor == AuditActor::staff(wang, QStringLiteral("小王")));

    store.setActor(AuditActor::cli(QStringLiteral("alice")));
    registered(store, "李四", "13900001111");
    CHECK(entriesOf(store).first().actor.name == QStringLiteral("cli:alice"));
    CHECK(entriesOf(store).first().actor.kind == AuditActor::Kind::Cli);

    {
        const ActingAs nightly(store.database(), AuditActor::system(QStringLiteral("nightly")));
        registered(store, "王五", "13700002222");
    }
    CHECK(entriesOf(store).first().actor.name == QStringLiteral("system:nightly"));
    CHECK(store.database().auditActor().name == QStringLiteral("cli:alice"));

    store.setActor(std::nullopt);
    store.shift().end();
    CHECK(store.actor().isUnknownClerk());
}

TEST_CASE("rulebook and template saves write the fields that changed", "[services][audit]")
{
    TempStore t;
    Store &store = t.store();
    LoyaltyRules loyalty = store.loyalty().rules();
    loyalty.tiers.gold = Money::fromYuan(3500);
    REQUIRE(store.loyalty().saveRules(loyalty).ok());
    ServiceRules service = store.serviceSettings().rules();
    service.quietDays = 21;
    REQUIRE(store.serviceSettings().save(service).ok());
    MessageTemplate m;
    m.name = QStringLiteral("新品");
    m.body = QStringLiteral("{name}，新品到店");
    const TemplateSaveResult saved = store.templates().save(m);
    REQUIRE(saved.ok());

    const QList<AuditEntry> rules = entriesOf(store, {{}, {}, AuditAction::RulesChanged, {}, {}});
    REQUIRE(rules.size() == 3);
    CHECK(rules.at(2).happenedAt == t.clock().now()); // the store's clock, though the rulebook keeps none
    // Newest first.
    CHECK(objectOf(rules.at(0)).value(QStringLiteral("rules")).toString() == QStringLiteral("templates"));
    CHECK(objectOf(rules.at(0))
              .value(QStringLiteral("changes"))
              .toArray()
              .contains(change(QStringLiteral("name"), QString(), QStringLiteral("新品"))));
    const QJsonObject serviceEntry = objectOf(rules.at(1));
    CHECK(serviceEntry.value(QStringLiteral("rules")).toString() == QStringLiteral("service"));
    CHECK(serviceEntry.value(QStringLiteral("changes")).toArray()
        == QJsonArray{
            change(QStringLiteral("follow_up.quiet_days"), QStringLiteral("14"), QStringLiteral("21"))});
    CHECK(objectOf(rules.at(2)).value(QStringLiteral("changes")).toArray()
        == QJsonArray{
            change(QStringLiteral("tiers.gold"), QStringLiteral("300000"), QStringLiteral("350000"))});
    // The viewer reads them in words and money, not keys and fen.
    CHECK(AuditTrail::describe(rules.at(2))
        == QStringLiteral("Loyalty rules: Gold tier from: %1 → %2")
               .arg(Money::fromYuan(3000).toDisplayString(), Money::fromYuan(3500).toDisplayString()));
    CHECK(AuditTrail::describe(rules.at(1))
        == QStringLiteral("Service rules: Quiet days after a contact: 14 → 21"));

    // Saving the same rules again changes nothing and writes nothing.
    REQUIRE(store.serviceSettings().save(service).ok());
    CHECK(entriesOf(store, {{}, {}, AuditAction::RulesChanged, {}, {}}).size() == 3);
}

TEST_CASE("every export writes its source, filter, columns, rows and file", "[services][audit]")
{
    TempStore t;
    Store &store = t.store();
    const CustomerId zhang = registered(store, "张三", "13800000000");
    registered(store, "李四", "13900001111");
    const AuditFilter exports{{}, {}, AuditAction::Export, {}, {}};

    SECTION("the customer export in chosen columns")
    {
        const QString fileName = t.folder() + QStringLiteral("/customers.csv");
        ArchiveFilter filter;
        filter.source = SourceChannel::WalkIn;
        const ExportResult result
            = CustomerExport(store.database())
                  .write(fileName, ExportFormat::Csv, filter, {ExportColumn::Name, ExportColumn::Phone});
        REQUIRE(result.ok());
        const QList<AuditEntry> entries = entriesOf(store, exports);
        REQUIRE(entries.size() == 1);
        const QJsonObject details = objectOf(entries.first());
        CHECK(details.value(QStringLiteral("source")).toString() == QStringLiteral("archive"));
        CHECK(details.value(QStringLiteral("filter")).toString() == QStringLiteral("source=walk_in"));
        CHECK(details.value(QStringLiteral("columns")).toArray()
            == QJsonArray{QStringLiteral("name"), QStringLiteral("phone")});
        CHECK(details.value(QStringLiteral("rows")).toInt() == 2);
        CHECK(details.value(QStringLiteral("file")).toString() == fileName);
        // The viewer says it in words, not in the stored codes.
        const QString described = AuditTrail::describe(entries.first());
        CHECK(described.startsWith(QStringLiteral("Customer archive (")));
        CHECK(described.contains(
            QStringLiteral("columns: %1, %2")
                .arg(ExportColumns::label(ExportColumn::Name), ExportColumns::label(ExportColumn::Phone))));
    }
    SECTION("a task list's customers")
    {
        const QString fileName = t.folder() + QStringLiteral("/tasks.xlsx");
        REQUIRE(
            CustomerExport(store.database())
                .write(fileName, ExportFormat::Xlsx, QList<CustomerId>{zhang, zhang}, {ExportColumn::Name})
                .ok());
        const QJsonObject details = objectOf(entriesOf(store, exports).first());
        CHECK(details.value(QStringLiteral("source")).toString() == QStringLiteral("tasks"));
        CHECK(details.value(QStringLiteral("rows")).toInt() == 1);
    }
    SECTION("the archive list and a loyalty list to a file")
    {
        QFile archiveFile(t.folder() + QStringLiteral("/archive.csv"));
        REQUIRE(archiveFile.open(QIODevice::WriteOnly));
        REQUIRE(store.archive().exportCsv(archiveFile, {}).ok());
        QFile loyaltyFile(t.folder() + QStringLiteral("/gold.csv"));
        REQUIRE(loyaltyFile.open(QIODevice::WriteOnly));
        REQUIRE(store.loyaltyReport().exportCsv(loyaltyFile, {Tier::Gold, std::nullopt, std::nullopt}).ok());
        const QList<AuditEntry> entries = entriesOf(store, exports);
        REQUIRE(entries.size() == 2);
        CHECK(objectOf(entries.at(1)).value(QStringLiteral("source")).toString()
            == QStringLiteral("archive_list"));
        CHECK(objectOf(entries.at(1)).value(QStringLiteral("rows")).toInt() == 2);
        CHECK(objectOf(entries.at(1)).value(QStringLiteral("file")).toString() == archiveFile.fileName());
        CHECK(objectOf(entries.at(0)).value(QStringLiteral("filter")).toString()
            == QStringLiteral("tier=gold"));
    }
    SECTION("a bulk-SMS file")
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        MessageTemplate m;
        m.name = QStringLiteral("新品");
        m.body = QStringLiteral("{name}，新品到店");
        REQUIRE(SmsExport(store.database(), t.clock()).write(buffer, {zhang}, m, nullptr).ok());
        const QJsonObject details = objectOf(entriesOf(store, exports).first());
        CHECK(details.value(QStringLiteral("source")).toString() == QStringLiteral("sms"));
        CHECK(details.value(QStringLiteral("columns")).toArray().size() == 3);
        CHECK(details.value(QStringLiteral("file")).toString().isEmpty()); // not a file
    }
    SECTION("an export whose entry cannot be written leaves no file")
    {
        testing::failWritesTo(store.database().connection(), QStringLiteral("audit_log"));
        const QString fileName = t.folder() + QStringLiteral("/customers.csv");
        const ExportResult result
            = CustomerExport(store.database())
                  .write(fileName, ExportFormat::Csv, ArchiveFilter{}, {ExportColumn::Name});
        CHECK_FALSE(result.ok());
        CHECK_FALSE(QFile::exists(fileName));
    }
    SECTION("a failed export is not an export")
    {
        const QString fileName = t.folder() + QStringLiteral("/no such folder/customers.csv");
        CHECK_FALSE(CustomerExport(store.database())
                        .write(fileName, ExportFormat::Csv, ArchiveFilter{}, {ExportColumn::Name})
                        .ok());
        CHECK(entriesOf(store, exports).isEmpty());
    }
}

TEST_CASE("reveals and logins are written for the staff accounts to come", "[services][audit]")
{
    TempStore t;
    Store &store = t.store();
    const CustomerId id = registered(store, "张三", "13800000000");
    AuditTrail audit(store.database(), t.clock());
    const AuditActor wang = AuditActor::staff(4, QStringLiteral("小王"));
    audit.recordReveal(wang, id, RevealedField::Phone);
    audit.recordReveal(wang, id, RevealedField::Address);
    audit.recordLogin(wang);
    audit.recordFailedLogin(QStringLiteral("xiaowang"));

    const QList<AuditEntry> entries = entriesOf(store);
    REQUIRE(entries.size() == 5);
    CHECK(entries.at(0).action == AuditAction::LoginFailed);
    CHECK(entries.at(0).actor.name == QStringLiteral("xiaowang"));
    CHECK(AuditTrail::describe(entries.at(0)) == QStringLiteral("Login name: xiaowang"));
    CHECK(entries.at(1).action == AuditAction::Login);
    CHECK(entries.at(1).actor == wang);
    CHECK(entries.at(2).action == AuditAction::RevealAddress);
    CHECK(entries.at(3).action == AuditAction::RevealPhone);
    CHECK(entries.at(3).customerId == id);
    CHECK(entriesOf(store, {{}, {}, std::nullopt, QStringLiteral("小王"), {}}).size() == 3);
    CHECK(entriesOf(store, {{}, {}, std::nullopt, {}, id}).size() == 3);
}

TEST_CASE("the viewer pages newest first, filters by day, and exports to CSV", "[services][audit]")
{
    TempStore t;
    Store &store = t.store();
    registered(store, "张三", "13800000000");
    t.clock().advanceDays(1);
    registered(store, "李四", "13900001111");
    registered(store, "王五", "13700002222");
    AuditTrail audit(store.database(), t.clock());

    const QList<AuditEntry> first = audit.entries({}, 2);
    REQUIRE(first.size() == 2);
    const QList<AuditEntry> next = audit.entries({}, 2, first.last().id);
    REQUIRE(next.size() == 1);
    CHECK(next.first().id < first.last().id);
    const QDate today = t.clock().today();
    CHECK(audit.count({today, today, {}, {}, {}}) == 2);
    CHECK(audit.count({{}, today.addDays(-1), {}, {}, {}}) == 1);
    CHECK(readValue(audit.actorNames()) == QStringList{QStringLiteral("unknown clerk")});

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const ExportResult result = audit.exportCsv({today, today, {}, {}, {}}, buffer);
    REQUIRE(result.ok());
    CHECK(result.rows == 2);
    const QStringList lines
        = QString::fromUtf8(buffer.data().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0) == QStringLiteral("When,Who,Action,Customer,Details"));
    CHECK(lines.at(1).contains(QStringLiteral("李四")));
    // The export of the trail is itself in the trail.
    CHECK(audit.entries({}, 1).first().action == AuditAction::Export);
}

TEST_CASE("the names in the trail that cannot be read are a failure, not nobody", "[audit]")
{
    TempStore t;
    AuditTrail &audit = t.store().auditTrail();
    REQUIRE(readValue(audit.actorNames()).isEmpty());
    atelier::testing::dropTable(t.store(), QStringLiteral("audit_log"));
    const ReadResult<QStringList> names = audit.actorNames();
    CHECK_FALSE(names.ok());
    CHECK(names.error.contains(QStringLiteral("audit_log")));
}

namespace {

// The newest entry of `action`, after checking that exactly one was added since `before` rows.
AuditEntry onlyNewEntry(Store &store, int before, AuditAction action)
{
    REQUIRE(auditRows(store) == before + 1);
    const QList<AuditEntry> newest = entriesOf(store);
    REQUIRE_FALSE(newest.isEmpty());
    CHECK(newest.first().action == action);
    return newest.first();
}

SaleLine dress(int quantity)
{
    return SaleLine{0, QStringLiteral("A24-1031"), QStringLiteral("连衣裙"), QStringLiteral("藏青"),
        QStringLiteral("M"), quantity, Money::fromYuan(599), Money::fromYuan(499)};
}

} // namespace

TEST_CASE("a sale, a return, an exchange and a redemption each write one entry in words", "[services][audit]")
{
    TempStore t;
    Store &store = t.store();
    const CustomerId id = registered(store, "李娜", "13700000001");
    const StaffId wang = StaffRepository(store.database().connection()).insert(QStringLiteral("小王"), false);
    REQUIRE(store.shift().begin(wang));

    int before = auditRows(store);
    Sale sale;
    sale.customerId = id;
    sale.lines << dress(
        3) << SaleLine{0, QStringLiteral("B11"), {}, {}, {}, 1, Money::fromYuan(100), Money::fromYuan(100)};
    const SaleResult sold = store.sales().recordSale(sale);
    REQUIRE(sold.ok());
    const AuditEntry saleEntry = onlyNewEntry(store, before, AuditAction::Sale);
    CHECK(saleEntry.customerId == id);
    CHECK(saleEntry.actor == AuditActor::staff(wang, QStringLiteral("小王")));
    CHECK(objectOf(saleEntry).value(QStringLiteral("sale")).toInteger() == *sold.id);
    CHECK(objectOf(saleEntry).value(QStringLiteral("amount_fen")).toInteger() == 159700);
    CHECK(AuditTrail::describe(saleEntry)
        == QStringLiteral("¥1,597.00, 4 item(s), +%1 points").arg(QLocale().toString(sold.pointsEarned)));
    CHECK_FALSE(saleEntry.details.contains(QStringLiteral("13700000001")));

    const SaleLineId line = readValue(store.sales().sale(*sold.id))->lines.first().id;
    before = auditRows(store);
    const SaleResult returned = store.sales().recordReturn(line, 1, QStringLiteral("too tight"));
    REQUIRE(returned.ok());
    REQUIRE(returned.pointsTakenBack > 0);
    const AuditEntry returnEntry = onlyNewEntry(store, before, AuditAction::Return);
    CHECK(returnEntry.customerId == id);
    CHECK(AuditTrail::describe(returnEntry)
        == QStringLiteral("Returned 连衣裙 ×1, refund ¥499.00, \u2212%1 points")
               .arg(returned.pointsTakenBack));

    before = auditRows(store);
    SaleLine replacement = dress(1);
    replacement.category = QStringLiteral("半身裙");
    const SaleResult exchanged = store.sales().recordExchange(line, 1, replacement, QStringLiteral("size"));
    REQUIRE(exchanged.ok());
    const AuditEntry exchangeEntry = onlyNewEntry(store, before, AuditAction::Return);
    CHECK(exchangeEntry.customerId == id);
    CHECK(objectOf(exchangeEntry).value(QStringLiteral("kind")).toString() == QStringLiteral("exchange"));
    CHECK(AuditTrail::describe(exchangeEntry).startsWith(QStringLiteral("Exchanged 连衣裙 ×1 for 半身裙")));

    // Redeeming is a Silver benefit: the tier the nightly run would give her for this spend.
    TierRepository(store.database().connection()).set(id, {Tier::Silver, t.clock().today()});
    before = auditRows(store);
    const PointsResult redeemed = store.points().redeem(id, 100, wang);
    REQUIRE(redeemed.ok());
    const AuditEntry redemption = onlyNewEntry(store, before, AuditAction::Redemption);
    CHECK(redemption.customerId == id);
    CHECK(AuditTrail::describe(redemption)
        == QStringLiteral("\u2212100 points, worth %1").arg(redeemed.value.toDisplayString()));

    // Refused: nothing happened, nothing is written.
    before = auditRows(store);
    CHECK_FALSE(store.points().redeem(id, 100000, wang).ok());
    CHECK_FALSE(store.sales().recordReturn(line, 99, QString()).ok());
    CHECK(auditRows(store) == before);
    CHECK(entriesOf(store, {{}, {}, AuditAction::Sale, {}, {}}).size() == 1);
}

TEST_CASE("a sale or a return that rolls back leaves no entry, and one whose entry fails is not saved",
    "[services][audit]")
{
    TempStore t;
    Store &store = t.store();
    const CustomerId id = registered(store, "李娜", "13700000001");
    const QSqlDatabase db = store.database().connection();
    Sale sale;
    sale.customerId = id;
    sale.lines << dress(1);
    const int salesBefore = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sales")).toInt();

    SECTION("the points fail after the sale's rows and the entry are written")
    {
        testing::failWritesTo(db, QStringLiteral("points_ledger"));
        const int before = auditRows(store);
        CHECK_FALSE(store.sales().recordSale(sale).ok());
        CHECK(auditRows(store) == before);
    }
    SECTION("the entry cannot be written")
    {
        testing::failWritesTo(db, QStringLiteral("audit_log"));
        CHECK_FALSE(store.sales().recordSale(sale).ok());
        CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM sales")).toInt() == salesBefore);
    }
}

TEST_CASE(
    "an attendant change names who took the counter from whom, with her as the actor", "[services][audit]")
{
    TempStore t;
    Store &store = t.store();
    StaffRepository staff(store.database().connection());
    const StaffId wang = staff.insert(QStringLiteral("小王"), false);
    const StaffId li = staff.insert(QStringLiteral("小李"), false);

    int before = auditRows(store);
    REQUIRE(store.shift().begin(wang));
    AuditEntry entry = onlyNewEntry(store, before, AuditAction::AttendantChanged);
    CHECK(entry.actor == AuditActor::staff(wang, QStringLiteral("小王")));
    CHECK(AuditTrail::describe(entry) == QStringLiteral("小王 took the counter"));

    before = auditRows(store);
    REQUIRE(store.shift().begin(li));
    entry = onlyNewEntry(store, before, AuditAction::AttendantChanged);
    CHECK(entry.actor == AuditActor::staff(li, QStringLiteral("小李")));
    CHECK_FALSE(entry.customerId);
    CHECK(AuditTrail::describe(entry) == QStringLiteral("小李 took over the counter from 小王"));

    before = auditRows(store);
    REQUIRE(store.shift().begin(li)); // she is there already: no change
    CHECK_FALSE(store.shift().begin(9999)); // nobody: refused, no change
    CHECK(auditRows(store) == before);

    store.shift().end();
    entry = onlyNewEntry(store, before, AuditAction::AttendantChanged);
    CHECK(entry.actor == AuditActor::staff(li, QStringLiteral("小李")));
    CHECK(AuditTrail::describe(entry) == QStringLiteral("小李's shift at the counter ended"));
}

TEST_CASE("a backup, a restore and a nightly run write one entry each; a cancelled run none",
    "[services][audit][sqlite]")
{
    TempStore t;
    Store &store = t.store();
    registered(store, "李娜", "13700000001");

    int before = auditRows(store);
    BackupService backups(store.database(), t.clock());
    const BackupResult made = backups.backupNow(BackupRecord::Kind::Manual);
    REQUIRE(made.ok);
    const AuditEntry backup = onlyNewEntry(store, before, AuditAction::Backup);
    CHECK(AuditTrail::describe(backup).startsWith(
        QStringLiteral("Backup made by hand: %1 (").arg(made.record.fileName)));

    std::atomic_bool cancel = true;
    before = auditRows(store);
    CHECK(store.nightlyJob().run(t.clock().today(), NightlyRun::StartedBy::Cli, {}, &cancel).result
        == NightlyRun::Result::Cancelled);
    CHECK(auditRows(store) == before);

    const NightlyRun run = store.nightlyJob().run(t.clock().today(), NightlyRun::StartedBy::Cli);
    REQUIRE(run.result == NightlyRun::Result::Ok);
    const QList<AuditEntry> runs = entriesOf(store, {{}, {}, AuditAction::Recompute, {}, {}});
    REQUIRE(runs.size() == 1);
    CHECK(runs.first().actor.name == QStringLiteral("system:nightly"));
    CHECK(objectOf(runs.first()).value(QStringLiteral("customers")).toInt() == run.customers);
    CHECK(AuditTrail::describe(runs.first()).contains(QStringLiteral("atelier-cli")) == false);
    CHECK(AuditTrail::describe(runs.first())
              .contains(QStringLiteral("(Command line): 0 customers, 0 tiers up")));
    // The run's own backup is in the trail too.
    CHECK(entriesOf(store, {{}, {}, AuditAction::Backup, {}, {}}).size() == 2);

    // The restored file keeps the trail it had, and the restore is written into it.
    Database restorer;
    REQUIRE(restorer.open(store.path()));
    restorer.setAuditActor(AuditActor::cli(QStringLiteral("alice")));
    BackupService restoring(restorer, t.clock());
    const RestoreResult prepared = restoring.prepareRestore(made.record);
    REQUIRE(prepared.ok);
    CHECK(prepared.restoredFrom == made.record.fileName);
    REQUIRE(restoring.finishRestore(prepared.restoredFrom).ok);
    Database reader;
    REQUIRE(reader.open(store.path()));
    reader.setRole(Role::Manager);
    const QList<AuditEntry> restored = AuditTrail(reader, t.clock()).entries({}, 100);
    REQUIRE_FALSE(restored.isEmpty());
    CHECK(restored.first().action == AuditAction::Restore);
    CHECK(restored.first().actor.name == QStringLiteral("cli:alice"));
    CHECK(AuditTrail::describe(restored.first())
        == QStringLiteral("Restored from %1").arg(made.record.fileName));
    CHECK(AuditTrail(reader, t.clock()).count({{}, {}, AuditAction::Recompute, {}, {}}) == 0);
}

TEST_CASE("each complaint step writes one entry for her; a refused step none", "[services][audit]")
{
    TempStore t;
    Store &store = t.store();
    const CustomerId id = registered(store, "李娜", "13700000001");
    const StaffId wang = StaffRepository(store.database().connection()).insert(QStringLiteral("小王"), false);

    int before = auditRows(store);
    ComplaintDraft draft;
    draft.customer = id;
    draft.channel = ComplaintChannel::Phone;
    draft.content = QStringLiteral("The zip broke");
    const ComplaintResult taken = store.complaints().intake(draft);
    REQUIRE(taken.ok());
    const ComplaintId complaint = taken.complaint->id;
    AuditEntry entry = onlyNewEntry(store, before, AuditAction::ComplaintStep);
    CHECK(entry.customerId == id);
    CHECK(AuditTrail::describe(entry) == QStringLiteral("Complaint #%1 taken down (Phone)").arg(complaint));

    before = auditRows(store);
    REQUIRE(store.complaints().acknowledge(complaint, wang, t.clock().now().addDays(1), wang).ok());
    entry = onlyNewEntry(store, before, AuditAction::ComplaintStep);
    CHECK(entry.customerId == id);
    CHECK(objectOf(entry).value(QStringLiteral("to")).toString() == QStringLiteral("acknowledged"));
    CHECK(AuditTrail::describe(entry)
        == QStringLiteral("Complaint #%1: Received → Acknowledged").arg(complaint));

    before = auditRows(store);
    CHECK_FALSE(store.complaints().close(complaint, wang).ok()); // not resolved yet
    CHECK(auditRows(store) == before);
}

TEST_CASE("an export's filter reads in words; a key this version does not know stays as stored",
    "[services][audit]")
{
    AuditEntry entry;
    entry.action = AuditAction::Export;
    entry.details
        = QStringLiteral(R"({"source":"loyalty","filter":"tier=black, segment=dormant","columns":[],)"
                         R"("rows":3,"file":"x.csv"})");
    const QString text = AuditTrail::describe(entry);
    CHECK(text.contains(QStringLiteral("filter: Tier: Black; Segment: Dormant")));
    CHECK_FALSE(text.contains(QStringLiteral("tier=")));

    CHECK(exportFilterWords(QStringLiteral("source=wechat, birth_month=5"))
        == QStringLiteral("Source: WeChat; Birth month: %1").arg(QLocale().standaloneMonthName(5)));
    CHECK(exportFilterWords(QStringLiteral("tier=platinum, colour=red"))
        == QStringLiteral("tier=platinum; colour=red"));
    CHECK(exportFilterWords(QString()).isEmpty());
}

TEST_CASE("an audit detail in Chinese joins its parts with full-width 、 and ；", "[services][audit][format]")
{
    const LocaleScope chinese(QLocale(QLocale::Chinese, QLocale::China));

    AuditEntry entry;
    entry.action = AuditAction::Export;
    entry.details = QStringLiteral(R"({"source":"loyalty","filter":"","columns":["name","phone"],)"
                                   R"("rows":3,"file":"x.csv"})");
    const QString columns = AuditTrail::describe(entry);
    CHECK(columns.contains(DisplayFormat::list(
        {ExportColumns::label(ExportColumn::Name), ExportColumns::label(ExportColumn::Phone)})));
    CHECK(columns.contains(ExportColumns::label(ExportColumn::Name) + QStringLiteral("、")
        + ExportColumns::label(ExportColumn::Phone)));
    const QString filter = exportFilterWords(QStringLiteral("tier=platinum, colour=red"));
    CHECK(filter == DisplayFormat::clauses({QStringLiteral("tier=platinum"), QStringLiteral("colour=red")}));
    CHECK(filter == QStringLiteral("tier=platinum；colour=red"));
}
