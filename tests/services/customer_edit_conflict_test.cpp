// Issue 25: two counters open the same customer; the second save must not silently undo the first.
// Two Store objects on one store stand for the two counters (two PCs on one server, or two windows).
#include "services/archive_reload.h"
#include "services/customer_merge.h"
#include "services/customer_service.h"
#include "services/member_cards.h"
#include "services/store.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::readValue;
using atelier::testing::TempStore;

namespace {

CustomerArchive loaded(Store &store, CustomerId id)
{
    const std::optional<CustomerArchive> archive = readValue(store.customers().load(id));
    REQUIRE(archive);
    return *archive;
}

} // namespace

TEST_CASE("An edit saved at another counter meanwhile is refused, not overwritten, and saves after a reload",
    "[services][customers][concurrency]")
{
    TempStore t;
    Store &counterA = t.store();
    Store counterB(&t.clock());
    REQUIRE(counterB.open(t.path()));
    const SaveResult registered
        = counterA.customers().registerCustomer(QStringLiteral("王芳"), QStringLiteral("13900001111"));
    REQUIRE(registered.ok());
    const CustomerId id = *registered.id;

    CustomerArchive atA = loaded(counterA, id);
    CustomerArchive atB = loaded(counterB, id);
    atB.customer.occupation = QStringLiteral("教师");
    atB.customer.hobbies = QStringLiteral("瑜伽");
    REQUIRE(counterB.customers().save(atB).ok());

    QSignalSpy savedAtA(&counterA.customers(), &CustomerService::customerSaved);
    atA.customer.occupation = QStringLiteral("医生");
    atA.customer.sizeTop = QStringLiteral("M");
    const SaveResult refused = counterA.customers().save(atA);
    CHECK_FALSE(refused.ok());
    CHECK(refused.changedElsewhere);
    CHECK(refused.errors.isEmpty());
    CHECK_FALSE(refused.message.isEmpty());
    CHECK(savedAtA.isEmpty());
    // The row is B's, whole: nothing of A's save was written.
    const Customer stored = loaded(counterA, id).customer;
    CHECK(stored.occupation == QStringLiteral("教师"));
    CHECK(stored.hobbies == QStringLiteral("瑜伽"));
    CHECK(stored.sizeTop.isEmpty());

    // A reloads (B's edit is there) and saves her change again: accepted.
    CustomerArchive again = loaded(counterA, id);
    again.customer.occupation = QStringLiteral("医生");
    again.customer.sizeTop = QStringLiteral("M");
    const SaveResult saved = counterA.customers().save(again);
    REQUIRE(saved.ok());
    CHECK_FALSE(saved.changedElsewhere);
    const Customer after = loaded(counterB, id).customer;
    CHECK(after.occupation == QStringLiteral("医生"));
    CHECK(after.hobbies == QStringLiteral("瑜伽"));
    CHECK(after.sizeTop == QStringLiteral("M"));
}

TEST_CASE("A form loaded before a card number was given is refused too", "[services][customers][concurrency]")
{
    TempStore t;
    const SaveResult registered
        = t.store().customers().registerCustomer(QStringLiteral("李娜"), QStringLiteral("13900002222"));
    REQUIRE(registered.ok());
    CustomerArchive form = loaded(t.store(), *registered.id);

    Store other(&t.clock());
    REQUIRE(other.open(t.path()));
    const CardNumberResult given = other.memberCards().generate(*registered.id);
    REQUIRE(given.ok());

    // The form still holds no card number: saving it would take her card away unseen.
    form.customer.notes = QStringLiteral("喜欢素色");
    const SaveResult refused = t.store().customers().save(form);
    CHECK(refused.changedElsewhere);
    const Customer stored = loaded(t.store(), *registered.id).customer;
    CHECK(stored.cardNo == given.cardNo);
    CHECK(stored.notes.isEmpty());
}

TEST_CASE("A merge and its undo move the kept customer's version on, so forms opened before are refused",
    "[services][customers][concurrency]")
{
    TempStore t;
    Store &store = t.store();
    const SaveResult kept
        = store.customers().registerCustomer(QStringLiteral("张敏"), QStringLiteral("13900003333"));
    const SaveResult twin
        = store.customers().registerCustomer(QStringLiteral("张敏"), QStringLiteral("13900004444"));
    REQUIRE(kept.ok());
    REQUIRE(twin.ok());
    CustomerArchive beforeMerge = loaded(store, *kept.id);
    const MergeResult merged = store.merge().merge(*kept.id, *twin.id);
    REQUIRE(merged.ok());
    beforeMerge.customer.notes = QStringLiteral("喜欢素色");
    CHECK(store.customers().save(beforeMerge).changedElsewhere);

    CustomerArchive beforeUndo = loaded(store, *kept.id);
    REQUIRE(store.merge().undo(*merged.mergeId).ok());
    beforeUndo.customer.notes = QStringLiteral("喜欢素色");
    CHECK(store.customers().save(beforeUndo).changedElsewhere);
    CHECK(loaded(store, *kept.id).customer.notes.isEmpty());
}

TEST_CASE("Reloading keeps what the clerk typed over the stored record and names the fields both changed",
    "[services][customers][concurrency]")
{
    CustomerArchive loaded;
    loaded.customer.id = 7;
    loaded.customer.name = QStringLiteral("王芳");
    loaded.customer.phone = PhoneNumber::fromStoredDigits(QStringLiteral("13900001111"));
    loaded.phoneText = QStringLiteral("139 0000 1111");
    loaded.customer.occupation = QStringLiteral("教师");
    loaded.tagIds = {1, 2};
    loaded.lifeEvents = {LifeEvent{10, 7, QDate(2026, 1, 1), LifeEvent::Kind::Wedding, QString()},
        LifeEvent{11, 7, QDate(2026, 2, 1), LifeEvent::Kind::Moving, QString()}};

    CustomerArchive typed = loaded; // the clerk's form
    typed.customer.occupation = QStringLiteral("医生");
    typed.customer.sizeTop = QStringLiteral("M");
    typed.phoneText = QStringLiteral("138 0000 2222");
    typed.tagIds = {2, 3}; // took 1 away, added 3
    typed.lifeEvents = {loaded.lifeEvents.at(0),
        LifeEvent{0, 7, QDate(2026, 3, 1), LifeEvent::Kind::Promotion, QStringLiteral("店长")}};

    CustomerArchive now = loaded; // the other counter's save
    now.customer.rowVersion = 4;
    now.customer.occupation = QStringLiteral("律师");
    now.customer.hobbies = QStringLiteral("瑜伽");
    now.customer.sizeTop = QStringLiteral("M");
    now.tagIds = {1, 2, 4};
    now.lifeEvents << LifeEvent{12, 7, QDate(2026, 2, 5), LifeEvent::Kind::Graduation, QString()};

    const ReloadedArchive reloaded = ReloadedArchive::of(loaded, typed, now);
    const Customer &c = reloaded.archive.customer;
    CHECK(c.rowVersion == 4);
    CHECK(c.occupation == QStringLiteral("医生"));
    CHECK(c.hobbies == QStringLiteral("瑜伽"));
    CHECK(c.sizeTop == QStringLiteral("M"));
    CHECK(c.name == QStringLiteral("王芳"));
    CHECK(reloaded.archive.phoneText == QStringLiteral("138 0000 2222"));
    CHECK(c.phone.digits() == QStringLiteral("13800002222"));
    CHECK(reloaded.archive.tagIds == QList<TagId>{2, 4, 3});
    QList<qint64> events;
    for (const LifeEvent &event : reloaded.archive.lifeEvents)
        events << event.id;
    CHECK(events == QList<qint64>{10, 12, 0});
    // Only the occupation was changed by both, to different values; the same top size is no clash.
    CHECK(reloaded.changedByBoth == QStringList{QStringLiteral("occupation")});
}
