#include "services/counter_search.h"
#include "services/customer_service.h"
#include "support/temp_store.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::TempStore;

namespace {

CustomerId add(TempStore &t, const char16_t *name, const char *phone, const char *wechat = "")
{
    CustomerArchive archive;
    archive.customer.name = QString::fromUtf16(name);
    archive.customer.wechatId = QLatin1String(wechat);
    archive.phoneText = QLatin1String(phone);
    const SaveResult result = t.store().customers().save(archive);
    REQUIRE(result.ok());
    return *result.id;
}

} // namespace

TEST_CASE("the counter finds customers by any part of phone, name, pinyin and WeChat", "[services][search]")
{
    TempStore t;
    const CustomerId zhang = add(t, u"张三丰", "13812345678", "zsf_wudang");
    const CustomerId zeng = add(t, u"曾小贤", "13900005678");
    const CustomerId anna = add(t, u"Anna Smith", "13711112222", "anna88");
    CounterSearch &search = t.store().counterSearch();

    auto first = [&](const char16_t *query) {
        const auto matches = search.find(QString::fromUtf16(query));
        return matches.isEmpty() ? CustomerId(0) : matches.first().customer.id;
    };
    CHECK(first(u"zsf") == zhang);
    CHECK(first(u"zhangsan") == zhang);
    CHECK(first(u"ZS") == zhang);
    CHECK(first(u"张") == zhang);
    CHECK(first(u"三丰") == zhang);
    CHECK(first(u"zxx") == zeng);
    CHECK(first(u"zeng") == zeng);
    CHECK(first(u"anna") == anna);
    CHECK(first(u"zsf_wu") == zhang);
    CHECK(first(u"1111") == anna); // contains
    CHECK(first(u"+86 139-0000-5678") == zeng);
    CHECK(search.find(QStringLiteral("5678")).size() == 2);
    CHECK(search.find(QStringLiteral("nobody")).isEmpty());
    CHECK(search.find(QStringLiteral("   ")).isEmpty());
    CHECK(search.find(QStringLiteral("'; DROP TABLE customers; --")).isEmpty());
}

TEST_CASE("results are ranked exact phone > phone suffix > name prefix > the rest", "[services][search]")
{
    TempStore t;
    const CustomerId contains = add(t, u"甲", "13856781234"); // 5678 in the middle
    const CustomerId suffix = add(t, u"乙", "13900005678"); // ends with 5678
    CounterSearch &search = t.store().counterSearch();
    const auto matches = search.find(QStringLiteral("5678"));
    REQUIRE(matches.size() == 2);
    CHECK(matches.at(0).customer.id == suffix);
    CHECK(matches.at(0).reason == CounterMatch::Reason::PhoneSuffix);
    CHECK(matches.at(1).customer.id == contains);
    CHECK(matches.at(1).reason == CounterMatch::Reason::PhoneContains);

    const auto exact = search.find(QStringLiteral("139 0000 5678"));
    REQUIRE_FALSE(exact.isEmpty());
    CHECK(exact.first().reason == CounterMatch::Reason::ExactPhone);

    const CustomerId li = add(t, u"李四", "13700000001");
    const CustomerId wangli = add(t, u"王李", "13700000002"); // contains 李
    const auto byName = search.find(QStringLiteral("李"));
    REQUIRE(byName.size() == 2);
    CHECK(byName.at(0).customer.id == li);
    CHECK(byName.at(0).reason == CounterMatch::Reason::NamePrefix);
    CHECK(byName.at(1).customer.id == wangli);
    CHECK(byName.at(1).reason == CounterMatch::Reason::NameContains);
}

TEST_CASE("the search returns at most the limit, each customer once", "[services][search]")
{
    TempStore t;
    for (int i = 0; i < 30; ++i)
        add(t, u"张伟", QStringLiteral("1380000%1").arg(i, 4, 10, QChar(u'0')).toLatin1().constData());
    const auto matches = t.store().counterSearch().find(QStringLiteral("zw"), 20);
    CHECK(matches.size() == 20);
    QSet<CustomerId> ids;
    for (const auto &m : matches)
        ids.insert(m.customer.id);
    CHECK(ids.size() == 20);
}

TEST_CASE("the list fills up even when one customer owns many matching keys", "[services][search]")
{
    TempStore t;
    // 13900000000 … 13900000024: each phone has several suffixes starting with 0000.
    for (int i = 0; i < 25; ++i)
        add(t, u"顾客", QStringLiteral("1390000%1").arg(i, 4, 10, QChar(u'0')).toLatin1().constData());
    const auto matches = t.store().counterSearch().find(QStringLiteral("0000"), 20);
    CHECK(matches.size() == 20);
    QSet<CustomerId> ids;
    for (const auto &m : matches)
        ids.insert(m.customer.id);
    CHECK(ids.size() == 20);
}

TEST_CASE(
    "a pasted number with brackets, dots or full-width digits is searched as a phone", "[services][search]")
{
    TempStore t;
    const CustomerId landline = add(t, u"王芳", "0571-88888888");
    const CustomerId mobile = add(t, u"李娜", "13800138000");
    CounterSearch &search = t.store().counterSearch();
    REQUIRE_FALSE(search.find(QStringLiteral("(0571) 8888 8888")).isEmpty());
    CHECK(search.find(QStringLiteral("(0571) 8888 8888")).first().customer.id == landline);
    REQUIRE_FALSE(search.find(QStringLiteral("138.0013.8000")).isEmpty());
    CHECK(search.find(QStringLiteral("138.0013.8000")).first().customer.id == mobile);
    REQUIRE_FALSE(search.find(QStringLiteral("（０５７１）８８８８８８８８")).isEmpty());
    CHECK(search.find(QStringLiteral("（０５７１）８８８８８８８８")).first().reason
        == CounterMatch::Reason::ExactPhone);
}
