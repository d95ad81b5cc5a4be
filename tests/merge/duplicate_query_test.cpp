// DuplicateQuery: each suggestion rule on a hand-made store, and merged pairs never come back.
#include "merge_fixture.h"
#include "services/customer_merge.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/duplicate_query.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

using namespace atelier;
using namespace atelier::testing;

namespace {

bool hasPair(const QList<DuplicatePair> &pairs, CustomerId a, CustomerId b, DuplicateReason reason)
{
    return std::any_of(pairs.cbegin(), pairs.cend(), [&](const DuplicatePair &p) {
        return p.first == std::min(a, b) && p.second == std::max(a, b) && p.has(reason);
    });
}

void withBirthday(CustomerArchive &archive, const QDate &date)
{
    archive.customer.birthday = date;
    archive.customer.consentProfile = true; // a birthday is kept only with it
}

} // namespace

TEST_CASE("a customer whose phone was another's earlier phone is suggested", "[merge][storage]")
{
    TempStore temp;
    Store &store = temp.store();
    const CustomerId moved = addCustomer(store, QStringLiteral("王芳"), QStringLiteral("13800001111"));
    changePhone(store, moved, QStringLiteral("13800002222"));
    // Registered again later with the old number, under a different name spelling.
    const CustomerId again = addCustomer(store, QStringLiteral("王小芳"), QStringLiteral("138 0000 1111"));
    const CustomerId changedAlone = addCustomer(store, QStringLiteral("李静"), QStringLiteral("13900003333"));
    changePhone(store, changedAlone, QStringLiteral("13900004444"));

    const QList<DuplicatePair> pairs = DuplicateQuery(store.database().connection()).earlierPhones();
    CHECK(pairs.size() == 1);
    CHECK(hasPair(pairs, moved, again, DuplicateReason::EarlierPhone));
}

TEST_CASE("same name and same known birthday is suggested", "[merge][storage]")
{
    TempStore temp;
    Store &store = temp.store();
    const QDate may1(1990, 5, 1);
    const CustomerId a = addCustomer(store, QStringLiteral("王芳"), QStringLiteral("13800001111"),
        [&](CustomerArchive &c) { withBirthday(c, may1); });
    const CustomerId b = addCustomer(store, QStringLiteral("王芳"), QStringLiteral("13900002222"),
        [&](CustomerArchive &c) { withBirthday(c, may1); });
    addCustomer(store, QStringLiteral("王芳"), QStringLiteral("13700003333"),
        [&](CustomerArchive &c) { withBirthday(c, QDate(1991, 5, 1)); });
    addCustomer(store, QStringLiteral("李静"), QStringLiteral("13600004444"));
    addCustomer(store, QStringLiteral("李静"), QStringLiteral("13600005555")); // no birthday: not enough

    const QList<DuplicatePair> pairs = DuplicateQuery(store.database().connection()).sameNameAndBirthday();
    CHECK(pairs.size() == 1);
    CHECK(hasPair(pairs, a, b, DuplicateReason::NameAndBirthday));
}

TEST_CASE("same pinyin and same last four digits is suggested", "[merge][storage]")
{
    TempStore temp;
    Store &store = temp.store();
    const CustomerId a = addCustomer(store, QStringLiteral("张三"), QStringLiteral("13811112345"));
    const CustomerId b = addCustomer(store, QStringLiteral("章三"), QStringLiteral("13922222345"));
    addCustomer(store, QStringLiteral("张三"), QStringLiteral("13800009999")); // other last digits
    addCustomer(store, QStringLiteral("李四"), QStringLiteral("13733332345")); // other pinyin

    const QList<DuplicatePair> pairs = DuplicateQuery(store.database().connection()).samePinyinAndPhoneEnd();
    CHECK(pairs.size() == 1);
    CHECK(hasPair(pairs, a, b, DuplicateReason::PinyinAndPhoneEnd));
}

TEST_CASE("reasons combine and a merged pair is not suggested again", "[merge][storage]")
{
    TempStore temp;
    Store &store = temp.store();
    const QDate may1(1990, 5, 1);
    const CustomerId a = addCustomer(store, QStringLiteral("张三"), QStringLiteral("13811112345"),
        [&](CustomerArchive &c) { withBirthday(c, may1); });
    const CustomerId b = addCustomer(store, QStringLiteral("张三"), QStringLiteral("13922222345"),
        [&](CustomerArchive &c) { withBirthday(c, may1); });

    QList<DuplicatePair> pairs = DuplicateQuery(store.database().connection()).pairs();
    REQUIRE(pairs.size() == 1);
    CHECK(pairs.first().has(DuplicateReason::NameAndBirthday));
    CHECK(pairs.first().has(DuplicateReason::PinyinAndPhoneEnd));
    CHECK_FALSE(pairs.first().has(DuplicateReason::EarlierPhone));
    CHECK(CustomerMerge::reasonText(pairs.first().reasons).contains(QStringLiteral("birthday")));

    CustomerMerge merge(store.database(), store.clock());
    REQUIRE(merge.merge(a, b).ok());
    CHECK(DuplicateQuery(store.database().connection()).pairs().isEmpty());
    CHECK(merge.suggestions().pairs.isEmpty());
}
