// CustomerMerge: what moves, totals, the exact undo, its refusals, the manager-only guard, the trail.
#include "merge_fixture.h"
#include "services/access.h"
#include "services/audit_trail.h"
#include "services/counter_search.h"
#include "services/customer_merge.h"
#include "services/customer_service.h"
#include "services/nightly_job.h"
#include "services/points_service.h"
#include "services/store.h"
#include "storage/bulk_loader.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/tier_repository.h"
#include "storage/transaction.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

using namespace atelier;
using namespace atelier::testing;

namespace {

const QStringList kMovedTables{QStringLiteral("sales"), QStringLiteral("points_ledger"),
    QStringLiteral("complaints"), QStringLiteral("follow_up_tasks"), QStringLiteral("contacts"),
    QStringLiteral("life_events"), QStringLiteral("handover_note_customers")};

struct Pair
{
    CustomerId kept = 0;
    CustomerId away = 0;
};

// 王芳 (kept) has an address and no email; 王小芳 has an email, another address and a WeChat id.
Pair twoWithEverything(Store &store)
{
    Pair p;
    p.kept
        = addCustomer(store, QStringLiteral("王芳"), QStringLiteral("13800001111"), [](CustomerArchive &a) {
              a.customer.address = QStringLiteral("杭州市西湖区");
              a.customer.consentProfile = true; // an address is kept only with it
          });
    p.away
        = addCustomer(store, QStringLiteral("王小芳"), QStringLiteral("13900002222"), [](CustomerArchive &a) {
              a.customer.email = QStringLiteral("fang@example.com");
              a.customer.address = QStringLiteral("上海市");
              a.customer.wechatId = QStringLiteral("fangfang");
              a.customer.birthday = QDate(1990, 5, 1);
              a.customer.consentProfile = true;
          });
    giveEverything(store, p.kept, QStringLiteral("通勤"), 100);
    giveEverything(store, p.away, QStringLiteral("度假"), 300);
    // A tag both have: the union keeps one.
    const QSqlDatabase db = store.database().connection();
    const TagId shared = *store.customers().addTag(QStringLiteral("优雅"), Tag::Category::Style).id;
    for (const CustomerId id : {p.kept, p.away})
        sql::run(db,
            QStringLiteral(
                "INSERT INTO customer_tags (customer_id, tag_id, added_at) VALUES (?, ?, '2026-06-01')"),
            {id, shared});
    return p;
}

qint64 salesTotal(Store &store)
{
    return sql::scalar(store.database().connection(), QStringLiteral("SELECT sum(total_fen) FROM sales"))
        .toLongLong();
}

int auditCount(Store &store, const QString &action, CustomerId customer)
{
    return sql::scalar(store.database().connection(),
        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND customer_id = ?"),
        {action, customer})
        .toInt();
}

// Who the counter search box finds for this text, in its order.
QList<CustomerId> found(Store &store, const QString &text)
{
    QList<CustomerId> ids;
    for (const CounterMatch &match : store.counterSearch().find(text))
        ids << match.customer.id;
    return ids;
}

void editNotes(Store &store, CustomerId id, const QString &notes)
{
    std::optional<CustomerArchive> archive = readValue(store.customers().load(id));
    REQUIRE(archive);
    archive->customer.notes = notes;
    archive->phoneText = archive->customer.phone.digits();
    const SaveResult saved = store.customers().save(*archive);
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok());
}

// The nightly run of the 14th, as the app runs it on the 15th (TempStore's today).
void nightly(TempStore &temp)
{
    const NightlyRun run = NightlyJob(temp.store().database(), temp.clock())
                               .run(QDate(2026, 6, 14), NightlyRun::StartedBy::Manual);
    REQUIRE(run.result == NightlyRun::Result::Ok);
}

int openBirthdayTasks(Store &store, CustomerId id)
{
    return sql::scalar(store.database().connection(),
        QStringLiteral("SELECT count(*) FROM follow_up_tasks WHERE customer_id = ? AND purpose = 'birthday' "
                       "AND status = 'open'"),
        {id})
        .toInt();
}

QStringList birthdayKeys(Store &store, CustomerId id)
{
    QSqlQuery query = sql::run(store.database().connection(),
        QStringLiteral(
            "SELECT generated_key FROM follow_up_tasks WHERE customer_id = ? AND purpose = 'birthday' "
            "ORDER BY generated_key"),
        {id});
    QStringList keys;
    while (query.next())
        keys << query.value(0).toString();
    return keys;
}

} // namespace

TEST_CASE("a merge moves every row of the absorbed customer and keeps the totals", "[merge][services]")
{
    TempStore temp;
    Store &store = temp.store();
    const Pair p = twoWithEverything(store);
    QHash<QString, int> expected;
    for (const QString &table : kMovedTables)
        expected.insert(table, rowsOf(store, table, p.kept) + rowsOf(store, table, p.away));
    const qint64 total = salesTotal(store);
    const qint64 points
        = readValue(store.points().balance(p.kept)) + readValue(store.points().balance(p.away));
    REQUIRE(readValue(store.points().balance(p.away)) > 0);

    CustomerMerge merge(store.database(), store.clock());
    const MergePreview preview = merge.preview(p.kept, p.away);
    REQUIRE(preview.ok());
    CHECK(preview.mergedTags.size() == 3);
    CHECK(preview.merged.customer.email == QStringLiteral("fang@example.com"));
    CHECK(preview.merged.customer.address == QStringLiteral("杭州市西湖区"));

    const MergeResult result = merge.merge(p.kept, p.away);
    INFO(result.error.toStdString());
    REQUIRE(result.ok());

    for (const QString &table : kMovedTables) {
        INFO(table.toStdString());
        CHECK(rowsOf(store, table, p.kept) == expected.value(table));
        CHECK(rowsOf(store, table, p.away) == 0);
    }
    CHECK(rowsOf(store, QStringLiteral("customer_tags"), p.kept) == 3);
    CHECK(rowsOf(store, QStringLiteral("customers"), p.kept, QStringLiteral("referrer_id")) == 2);
    CHECK(rowsOf(store, QStringLiteral("customers"), p.away, QStringLiteral("id")) == 0);
    CHECK(rowsOf(store, QStringLiteral("customer_scores"), p.away) == 0);
    CHECK(salesTotal(store) == total);
    CHECK(readValue(store.points().balance(p.kept)) == points);

    const std::optional<CustomerArchive> kept = readValue(store.customers().load(p.kept));
    REQUIRE(kept);
    CHECK(kept->customer.name == QStringLiteral("王芳"));
    CHECK(kept->customer.phone.digits() == QStringLiteral("13800001111"));
    CHECK(kept->customer.address == QStringLiteral("杭州市西湖区"));
    CHECK(kept->customer.email == QStringLiteral("fang@example.com"));
    CHECK(kept->customer.birthday == QDate(1990, 5, 1));
    // The old number still finds the kept customer at the counter.
    CHECK(sql::scalar(store.database().connection(),
              QStringLiteral(
                  "SELECT customer_id FROM search_keys WHERE kind = 1 AND search_key = '13900002222'"))
              .toLongLong()
        == p.kept);
}

TEST_CASE("merge and undo round trip restores every table exactly", "[merge][services]")
{
    TempStore temp;
    Store &store = temp.store();
    const Pair p = twoWithEverything(store);
    const QStringList before = dump(store, {p.kept, p.away});
    REQUIRE(before.size() > 40);

    CustomerMerge merge(store.database(), store.clock());
    temp.clock().advanceDays(1);
    const MergeResult merged = merge.merge(p.kept, p.away);
    REQUIRE(merged.ok());
    CHECK(dump(store, {p.kept, p.away}) != before);

    const QList<MergeSummary> recent = readValue(merge.recentMerges());
    REQUIRE(recent.size() == 1);
    CHECK(recent.first().absorbedName == QStringLiteral("王小芳"));
    CHECK_FALSE(recent.first().undone);

    temp.clock().advanceDays(1);
    const UndoResult undone = merge.undo(*merged.mergeId);
    INFO(undone.error.toStdString());
    REQUIRE(undone.ok());
    const QStringList after = dump(store, {p.kept, p.away});
    CHECK(after == before);
    CHECK(readValue(merge.recentMerges()).first().undone);

    const UndoResult again = merge.undo(*merged.mergeId);
    CHECK_FALSE(again.ok());
    CHECK(dump(store, {p.kept, p.away}) == before);
}

TEST_CASE("rows added after the merge stay with the kept customer on undo", "[merge][services]")
{
    TempStore temp;
    Store &store = temp.store();
    const Pair p = twoWithEverything(store);
    CustomerMerge merge(store.database(), store.clock());
    const MergeResult merged = merge.merge(p.kept, p.away);
    REQUIRE(merged.ok());
    const int keptSales = rowsOf(store, QStringLiteral("sales"), p.kept);
    giveEverything(store, p.kept, QStringLiteral("新款"), 50);
    const UndoResult undone = merge.undo(*merged.mergeId);
    INFO(undone.error.toStdString());
    REQUIRE(undone.ok());
    CHECK(rowsOf(store, QStringLiteral("sales"), p.away) == 2);
    CHECK(rowsOf(store, QStringLiteral("sales"), p.kept) == keptSales - 2 + 2);
}

TEST_CASE("an undo that would overwrite a later change is refused", "[merge][services]")
{
    TempStore temp;
    Store &store = temp.store();
    const Pair p = twoWithEverything(store);
    CustomerMerge merge(store.database(), store.clock());
    const MergeResult merged = merge.merge(p.kept, p.away);
    REQUIRE(merged.ok());

    SECTION("the kept customer's filled field was edited")
    {
        std::optional<CustomerArchive> kept = readValue(store.customers().load(p.kept));
        kept->customer.email = QStringLiteral("new@example.com");
        kept->phoneText = kept->customer.phone.digits();
        REQUIRE(store.customers().save(*kept).ok());
        const UndoResult undone = merge.undo(*merged.mergeId);
        CHECK_FALSE(undone.ok());
        CHECK(undone.error.contains(AuditTrail::fieldLabel(QStringLiteral("email"))));
    }
    SECTION("the absorbed phone was given to a new customer")
    {
        addCustomer(store, QStringLiteral("赵燕"), QStringLiteral("13900002222"));
        CHECK_FALSE(merge.undo(*merged.mergeId).ok());
    }
    SECTION("the points that came with the merge were spent")
    {
        const qint64 balance = readValue(store.points().balance(p.kept));
        const qint64 spend = balance / 100 * 100; // all but less than one redemption block
        // Redeeming is a Silver benefit: as a nightly run would have made her.
        TierRepository(store.database().connection()).set(p.kept, {Tier::Silver, temp.clock().today()});
        REQUIRE(store.points().redeem(p.kept, spend).ok());
        CHECK_FALSE(merge.undo(*merged.mergeId).ok());
    }
    CHECK(rowsOf(store, QStringLiteral("customers"), p.away, QStringLiteral("id")) == 0);
}

TEST_CASE("a clerk may neither merge nor undo nor see suggestions", "[merge][services][permissions]")
{
    TempStore temp;
    Store &store = temp.store();
    const Pair p = twoWithEverything(store);
    CustomerMerge merge(store.database(), store.clock());
    const MergeResult managerMerge = merge.merge(p.kept, p.away);
    REQUIRE(managerMerge.ok());
    const QStringList before = dump(store, {p.kept, p.away});

    store.database().setRole(Role::Clerk);
    CHECK_FALSE(merge.suggestions().error.isEmpty());
    CHECK_FALSE(merge.preview(p.kept, p.away).ok());
    CHECK_FALSE(merge.undo(*managerMerge.mergeId).ok());
    CHECK(merge.recentMerges().error == Access::refusal(store.database(), Permission::MergeCustomers));
    const CustomerId other = addCustomer(store, QStringLiteral("李静"), QStringLiteral("13600004444"));
    const MergeResult clerkMerge = merge.merge(p.kept, other);
    CHECK_FALSE(clerkMerge.ok());
    CHECK(clerkMerge.error == Access::refusal(store.database(), Permission::MergeCustomers));
    CHECK(rowsOf(store, QStringLiteral("customers"), other, QStringLiteral("id")) == 1);
    CHECK(dump(store, {p.kept, p.away}) == before);

    store.database().setRole(Role::Manager);
    CHECK(merge.undo(*managerMerge.mergeId).ok());
}

TEST_CASE("the merge and its undo are in the audit trail", "[merge][services][audit]")
{
    TempStore temp;
    Store &store = temp.store();
    const Pair p = twoWithEverything(store);
    CustomerMerge merge(store.database(), store.clock());
    const MergeResult merged = merge.merge(p.kept, p.away);
    REQUIRE(merged.ok());
    CHECK(auditCount(store, QStringLiteral("customers_merged"), p.kept) == 1);
    REQUIRE(merge.undo(*merged.mergeId).ok());
    CHECK(auditCount(store, QStringLiteral("merge_undone"), p.kept) == 1);

    AuditFilter filter;
    filter.customerId = p.kept;
    const QList<AuditEntry> entries = AuditTrail(store.database(), store.clock()).entries(filter, 10);
    REQUIRE(entries.size() >= 2);
    CHECK(entries.at(0).action == AuditAction::UndoMerge);
    CHECK(entries.at(1).action == AuditAction::MergeCustomers);
    const QString words = AuditTrail::describe(entries.at(1));
    CHECK(words.contains(QStringLiteral("王小芳")));
    CHECK(words.contains(CustomerMerge::tableLabel(QStringLiteral("sales"))));
    CHECK_FALSE(AuditTrail::actionLabel(AuditAction::MergeCustomers).isEmpty());
    CHECK(auditActionFromCode(toCode(AuditAction::UndoMerge)) == AuditAction::UndoMerge);
}

TEST_CASE("a moved row whose id equals the kept customer's id moves too", "[merge][services]")
{
    TempStore temp;
    Store &store = temp.store();
    const CustomerId kept = addCustomer(store, QStringLiteral("王芳"), QStringLiteral("13800001111"));
    const CustomerId away = addCustomer(store, QStringLiteral("王小芳"), QStringLiteral("13900002222"));
    giveEverything(
        store, away, QStringLiteral("度假"), 300); // sale #1 and #2: #1 is also the kept customer's id
    REQUIRE(kept == 1);
    REQUIRE(CustomerMerge(store.database(), store.clock()).merge(kept, away).ok());
    CHECK(rowsOf(store, QStringLiteral("sales"), kept) == 2);
    CHECK(rowsOf(store, QStringLiteral("life_events"), kept) == 1);
}

TEST_CASE("the absorbed phone and name find the kept customer after her next save, until an undo",
    "[merge][services][search]")
{
    TempStore temp;
    Store &store = temp.store();
    const CustomerId kept = addCustomer(store, QStringLiteral("王芳"), QStringLiteral("13800001111"));
    const CustomerId away = addCustomer(store, QStringLiteral("李小红"), QStringLiteral("13900002222"));
    CustomerMerge merge(store.database(), store.clock());
    const MergeResult merged = merge.merge(kept, away);
    REQUIRE(merged.ok());
    CHECK(found(store, QStringLiteral("13900002222")) == QList<CustomerId>{kept});
    CHECK(found(store, QStringLiteral("李小红")) == QList<CustomerId>{kept});

    editNotes(store, kept, QStringLiteral("prefers linen"));
    CHECK(found(store, QStringLiteral("13900002222")) == QList<CustomerId>{kept});
    CHECK(found(store, QStringLiteral("李小红")) == QList<CustomerId>{kept});
    CHECK(found(store, QStringLiteral("lxh")) == QList<CustomerId>{kept});
    CHECK(found(store, QStringLiteral("13800001111")) == QList<CustomerId>{kept});

    const UndoResult undone = merge.undo(*merged.mergeId);
    INFO(undone.error.toStdString());
    REQUIRE(undone.ok());
    CHECK(found(store, QStringLiteral("13900002222")) == QList<CustomerId>{away});
    CHECK(found(store, QStringLiteral("李小红")) == QList<CustomerId>{away});
    editNotes(store, kept, QStringLiteral("prefers silk"));
    CHECK(found(store, QStringLiteral("李小红")) == QList<CustomerId>{away});
}

TEST_CASE(
    "a chain of merges keeps the first phone, and a new customer given a merged-away id inherits no keys",
    "[merge][services][search]")
{
    TempStore temp;
    Store &store = temp.store();
    const CustomerId root = addCustomer(store, QStringLiteral("王芳"), QStringLiteral("13800001111"));
    const CustomerId middle = addCustomer(store, QStringLiteral("李小红"), QStringLiteral("13900002222"));
    const CustomerId first = addCustomer(store, QStringLiteral("赵燕"), QStringLiteral("13700003333"));
    CustomerMerge merge(store.database(), store.clock());
    REQUIRE(merge.merge(middle, first).ok());
    REQUIRE(merge.merge(root, middle).ok());
    editNotes(store, root, QStringLiteral("prefers linen"));
    CHECK(found(store, QStringLiteral("13700003333")) == QList<CustomerId>{root});
    CHECK(found(store, QStringLiteral("赵燕")) == QList<CustomerId>{root});

    // The middle customer's id is free again and may be given to a new customer: a bulk load (an import)
    // numbers its rows from the largest id on both backends (SQLite also numbers a customer registered at
    // the counter max(id) + 1; PostgreSQL's sequence never gives an id twice).
    CustomerId newcomer = 0;
    {
        QSqlDatabase db = store.database().connection();
        Customer c;
        c.name = QStringLiteral("陈静");
        c.phone = PhoneNumber::fromStoredDigits(QStringLiteral("13600004444"));
        c.createdAt = store.clock().now();
        c.updatedAt = c.createdAt;
        Transaction transaction(db);
        BulkLoader loader(db);
        newcomer = loader.insertCustomer(c);
        loader.finish();
        transaction.commit();
    }
    REQUIRE(newcomer == middle);
    editNotes(store, newcomer, QStringLiteral("new this week"));
    CHECK(found(store, QStringLiteral("13700003333")) == QList<CustomerId>{root});
    CHECK(found(store, QStringLiteral("13900002222")) == QList<CustomerId>{root});
    CHECK(found(store, QStringLiteral("赵燕")) == QList<CustomerId>{root});
}

TEST_CASE("a merge leaves one birthday task a year, also after the next nightly run; undo puts both back",
    "[merge][services][follow-ups]")
{
    TempStore temp;
    Store &store = temp.store();
    const auto born = [](CustomerArchive &a) {
        a.customer.birthday = QDate(1990, 6, 18);
        a.customer.consentProfile = true; // a birthday is kept (and greeted) only with it
    };
    CustomerMerge merge(store.database(), store.clock());

    SECTION("both had this year's task")
    {
        const CustomerId kept
            = addCustomer(store, QStringLiteral("王芳"), QStringLiteral("13800001111"), born);
        const CustomerId away
            = addCustomer(store, QStringLiteral("王小芳"), QStringLiteral("13900002222"), born);
        nightly(temp);
        REQUIRE(openBirthdayTasks(store, kept) == 1);
        REQUIRE(openBirthdayTasks(store, away) == 1);
        const QStringList keptKeys = birthdayKeys(store, kept);
        const QStringList awayKeys = birthdayKeys(store, away);

        const MergeResult merged = merge.merge(kept, away);
        REQUIRE(merged.ok());
        CHECK(openBirthdayTasks(store, kept) == 1);
        nightly(temp);
        CHECK(openBirthdayTasks(store, kept) == 1);

        const UndoResult undone = merge.undo(*merged.mergeId);
        INFO(undone.error.toStdString());
        REQUIRE(undone.ok());
        CHECK(birthdayKeys(store, kept) == keptKeys);
        CHECK(birthdayKeys(store, away) == awayKeys);
    }
    SECTION("only the absorbed customer had one")
    {
        const CustomerId kept = addCustomer(store, QStringLiteral("王芳"), QStringLiteral("13800001111"));
        const CustomerId away
            = addCustomer(store, QStringLiteral("王小芳"), QStringLiteral("13900002222"), born);
        nightly(temp);
        REQUIRE(openBirthdayTasks(store, kept) == 0);
        const QStringList awayKeys = birthdayKeys(store, away);
        REQUIRE(awayKeys.size() == 1);

        const MergeResult merged = merge.merge(kept, away); // the kept customer takes her birthday
        REQUIRE(merged.ok());
        CHECK(openBirthdayTasks(store, kept) == 1);
        nightly(temp);
        CHECK(openBirthdayTasks(store, kept) == 1);

        const UndoResult undone = merge.undo(*merged.mergeId);
        INFO(undone.error.toStdString());
        REQUIRE(undone.ok());
        CHECK(birthdayKeys(store, away) == awayKeys);
        CHECK(birthdayKeys(store, kept).isEmpty());
    }
}
