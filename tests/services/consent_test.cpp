// Consent that is enforced (issue 24, docs/privacy.md): birthday, year of birth and address are saved
// only with the archive consent; birthday greetings only for customers with it; the store's policy
// keeps (and flags) or clears what is on file without it.
#include "follow_up_fixture.h"

#include "core/service_rules.h"
#include "core/stored_time.h"
#include "services/archive_service.h"
#include "services/counter_shift.h"
#include "services/customer_service.h"
#include "services/merged_record.h"
#include "services/service_settings.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/sql.h"

#include "support/read_checks.h"

#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::FollowUpShop;
using atelier::testing::readValue;

namespace {

const QDate asOf(2026, 6, 14); // last night, as the app's nightly run sees it on the 15th

QString problemWith(const SaveResult &result, const char *field)
{
    for (const FieldError &e : result.errors)
        if (e.field == QLatin1String(field))
            return e.message;
    return QString();
}

CustomerArchive newArchive(const char *phone)
{
    CustomerArchive archive;
    archive.customer.name = QStringLiteral("林小姐");
    archive.phoneText = QLatin1String(phone);
    return archive;
}

CustomerArchive load(Store &store, CustomerId id)
{
    const std::optional<CustomerArchive> archive = readValue(store.customers().load(id));
    REQUIRE(archive);
    return *archive;
}

// A customer from before the rule: a birthday and an address on file, no archive consent.
void makeLegacy(Store &store, CustomerId id)
{
    sql::run(store.database().connection(),
        QStringLiteral("UPDATE customers SET birthday = '1990-06-18', birth_month = 6, birth_year = 1990, "
                       "address = '杭州市文三路 8 号', consent_profile = 0 WHERE id = ?"),
        {id});
}

void setPolicy(Store &store, bool clear)
{
    ServiceRules rules = ServiceSettings(store.database()).rules();
    rules.clearWithoutConsent = clear;
    REQUIRE(ServiceSettings(store.database()).save(rules).ok());
}

int flagged(Store &store)
{
    ArchiveFilter filter;
    filter.withoutConsent = true;
    return readValue(store.archive().count(filter));
}

} // namespace

TEST_CASE("A birthday, birth year or address is saved only with her archive consent", "[services][consent]")
{
    FollowUpShop shop;
    Store &store = shop.store();
    CustomerArchive archive = newArchive("13800000001");
    archive.customer.birthday = QDate(1990, 6, 18);
    archive.customer.birthYear = 1990;
    archive.customer.address = QStringLiteral("杭州市文三路 8 号");

    // Refused, naming each field and saying why; nothing is saved (not silently dropped).
    SaveResult result = store.customers().save(archive);
    CHECK_FALSE(result.ok());
    CHECK(problemWith(result, "birthday").contains(QStringLiteral("agrees that we keep")));
    CHECK(problemWith(result, "birthYear").contains(QStringLiteral("agrees that we keep")));
    CHECK(problemWith(result, "address").contains(QStringLiteral("agrees that we keep")));
    CHECK(readValue(store.archive().count({})) == 0);

    // With her consent they are kept.
    archive.customer.consentProfile = true;
    result = store.customers().save(archive);
    REQUIRE(result.ok());
    const Customer saved = load(store, *result.id).customer;
    CHECK(saved.birthday == QDate(1990, 6, 18));
    CHECK(saved.birthYear == 1990);
    CHECK(saved.address == QStringLiteral("杭州市文三路 8 号"));
    CHECK(flagged(store) == 0);
}

TEST_CASE("What was on file before the rule stays through an edit; a new value needs consent",
    "[services][consent]")
{
    FollowUpShop shop;
    Store &store = shop.store();
    const CustomerId id = shop.customer(QStringLiteral("13800000002"));
    makeLegacy(store, id);

    CustomerArchive archive = load(store, id);
    archive.customer.sizeTop = QStringLiteral("M");
    REQUIRE(store.customers().save(archive).ok()); // policy "keep": kept as it was
    CHECK(load(store, id).customer.birthday == QDate(1990, 6, 18));
    CHECK(flagged(store) == 1);

    archive = load(store, id);
    archive.customer.birthday = QDate(1990, 6, 19);
    archive.customer.address = QStringLiteral("上海市");
    const SaveResult changed = store.customers().save(archive);
    CHECK_FALSE(changed.ok());
    CHECK_FALSE(problemWith(changed, "birthday").isEmpty());
    CHECK_FALSE(problemWith(changed, "address").isEmpty());
    CHECK(problemWith(changed, "birthYear").isEmpty()); // unchanged
    CHECK(load(store, id).customer.birthday == QDate(1990, 6, 18));
}

TEST_CASE(
    "Withdrawing consent: 'keep' keeps and flags, 'clear' blanks in the same save", "[services][consent]")
{
    FollowUpShop shop;
    Store &store = shop.store();
    CustomerArchive archive = newArchive("13800000003");
    archive.customer.birthday = QDate(1990, 6, 18);
    archive.customer.address = QStringLiteral("杭州市文三路 8 号");
    archive.customer.consentProfile = true;
    const CustomerId keptId = *store.customers().save(archive).id;
    archive.phoneText = QStringLiteral("13800000004");
    const CustomerId clearedId = *store.customers().save(archive).id;

    // Keep (the default): her data stays, and the manager's list flags her.
    CustomerArchive kept = load(store, keptId);
    kept.customer.consentProfile = false;
    REQUIRE(store.customers().save(kept).ok());
    CHECK(load(store, keptId).customer.birthday == QDate(1990, 6, 18));
    CHECK(load(store, keptId).customer.consentProfileChange->on == shop.today());
    CHECK(flagged(store) == 1);

    // Clear: the save that withdraws blanks them.
    setPolicy(store, true);
    CustomerArchive cleared = load(store, clearedId);
    cleared.customer.consentProfile = false;
    REQUIRE(store.customers().save(cleared).ok());
    const Customer after = load(store, clearedId).customer;
    CHECK_FALSE(after.birthday);
    CHECK_FALSE(after.birthYear);
    CHECK(after.address.isEmpty());
    CHECK(sql::scalar(store.database().connection(),
        QStringLiteral("SELECT birth_month FROM customers WHERE id = ?"), {clearedId})
              .isNull());
}

TEST_CASE(
    "The nightly run clears data on file without consent only under 'clear'", "[services][consent][nightly]")
{
    FollowUpShop shop;
    Store &store = shop.store();
    const CustomerId legacy = shop.customer(QStringLiteral("13800000005"));
    makeLegacy(store, legacy);
    const CustomerId consenting = shop.customer(QStringLiteral("13800000006"));
    shop.setBirthday(consenting, QDate(1991, 3, 3)); // with her consent

    shop.nightly(asOf);
    CHECK(load(store, legacy).customer.address == QStringLiteral("杭州市文三路 8 号"));
    CHECK(flagged(store) == 1);

    setPolicy(store, true);
    const auto changesOf = [&store](CustomerId id) {
        return sql::scalar(store.database().connection(),
            QStringLiteral(
                "SELECT count(*) FROM audit_log WHERE action = 'customer_changed' AND customer_id = ? "
                "AND details LIKE '%address%'"),
            {id})
            .toInt();
    };
    const int changesBefore = changesOf(legacy);
    shop.nightly(asOf.addDays(1));
    // Each customer the policy cleared has an archive change in the trail naming what it blanked.
    CHECK(changesOf(legacy) == changesBefore + 1);
    CHECK(changesOf(consenting) == 0);
    const Customer cleared = load(store, legacy).customer;
    CHECK_FALSE(cleared.birthday);
    CHECK_FALSE(cleared.birthYear);
    CHECK(cleared.address.isEmpty());
    CHECK(flagged(store) == 0);
    CHECK(load(store, consenting).customer.birthday == QDate(1991, 3, 3));
}

TEST_CASE("The flag and filter 'Recorded without consent' are the manager's", "[services][consent][archive]")
{
    FollowUpShop shop;
    Store &store = shop.store();
    const CustomerId legacy = shop.customer(QStringLiteral("13800000007"));
    makeLegacy(store, legacy);
    shop.customer(QStringLiteral("13800000008"));

    const auto rowOf = [&store](CustomerId id) {
        ArchiveRow found;
        for (const ArchiveRow &row :
            readValue(store.archive().page({}, ArchiveSort::Name, Qt::AscendingOrder, {}, 10)).rows)
            if (row.id == id)
                found = row;
        return found;
    };
    REQUIRE(store.shift().begin(Session{shop.other, QStringLiteral("小李"), Role::Manager}));
    CHECK(rowOf(legacy).heldWithoutConsent);
    CHECK(flagged(store) == 1);

    // A clerk sees nothing new: no row flagged, and the filter is not hers (the whole list).
    store.shift().end();
    REQUIRE(store.shift().begin(Session{shop.clerk, QStringLiteral("小王"), Role::Clerk}));
    CHECK_FALSE(rowOf(legacy).heldWithoutConsent);
    CHECK(flagged(store) == 2);
}

TEST_CASE("No birthday greeting without her archive consent; withdrawal calls off the open one",
    "[services][consent][follow-ups]")
{
    FollowUpShop shop;
    Store &store = shop.store();
    const CustomerId legacy = shop.customer(QStringLiteral("13800000009"));
    makeLegacy(store, legacy); // born 18 June: in the window
    const CustomerId withdraws = shop.customer(QStringLiteral("13800000010"));
    shop.setBirthday(withdraws, QDate(1988, 6, 19));

    shop.nightly(asOf);
    CHECK(shop.taskCount(legacy, TaskPurpose::Birthday) == 0);
    REQUIRE(shop.taskCount(withdraws, TaskPurpose::Birthday) == 1);

    CustomerArchive archive = load(store, withdraws);
    archive.customer.consentProfile = false;
    REQUIRE(store.customers().save(archive).ok());
    shop.nightly(asOf.addDays(1));
    // Her greeting is called off (cancelled, not done), and no new one is planned.
    const QSqlDatabase db = store.database().connection();
    CHECK(sql::scalar(db,
              QStringLiteral(
                  "SELECT COUNT(*) FROM follow_up_tasks WHERE customer_id = ? AND purpose = 'birthday' "
                  "AND status = 'open'"),
              {withdraws})
              .toInt()
        == 0);
    CHECK(sql::scalar(db,
              QStringLiteral(
                  "SELECT COUNT(*) FROM follow_up_tasks WHERE customer_id = ? AND purpose = 'birthday' "
                  "AND status = 'cancelled'"),
              {withdraws})
              .toInt()
        == 1);
    CHECK(shop.taskCount(legacy, TaskPurpose::Birthday) == 0);
}

TEST_CASE(
    "A merge brings no birthday or address to a record without her consent", "[services][consent][merge]")
{
    Customer survivor;
    survivor.id = 1;
    survivor.consentProfileChange = ConsentChange{QDate(2026, 6, 1), QStringLiteral("小王")}; // she said no
    Customer absorbed;
    absorbed.id = 2;
    absorbed.consentProfile = true;
    absorbed.birthday = QDate(1990, 5, 1);
    absorbed.birthYear = 1990;
    absorbed.address = QStringLiteral("上海市");
    absorbed.hobbies = QStringLiteral("yoga");

    Customer merged = MergedRecord::of(survivor, absorbed).customer;
    CHECK_FALSE(merged.consentProfile);
    CHECK_FALSE(merged.birthday);
    CHECK_FALSE(merged.birthYear);
    CHECK(merged.address.isEmpty());
    CHECK(merged.hobbies == QStringLiteral("yoga"));

    survivor.consentProfile = true;
    merged = MergedRecord::of(survivor, absorbed).customer;
    CHECK(merged.birthday == QDate(1990, 5, 1));
    CHECK(merged.address == QStringLiteral("上海市"));
}

TEST_CASE("The card's Birthday soon only for a birthday kept with her consent", "[services][consent]")
{
    FollowUpShop shop;
    Store &store = shop.store();
    const CustomerId legacy = shop.customer(QStringLiteral("13800000011"));
    makeLegacy(store, legacy); // 18 June, three days from today
    const CustomerId agreed = shop.customer(QStringLiteral("13800000012"));
    shop.setBirthday(agreed, QDate(1990, 6, 18));
    CHECK_FALSE(readValue(store.customers().card(legacy))->birthdaySoon);
    CHECK(readValue(store.customers().card(agreed))->birthdaySoon);
}
