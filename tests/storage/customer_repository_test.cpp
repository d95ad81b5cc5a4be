#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/tag_repository.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace atelier;

namespace {

Customer everyField()
{
    Customer c;
    c.name = QStringLiteral("欧阳娜娜");
    c.phone = PhoneNumber::fromParsed(PhoneNumber::parse(QStringLiteral("13912345678")));
    c.gender = Gender::Female;
    c.ethnicity = QStringLiteral("汉族");
    c.birthday = QDate(1995, 3, 8);
    c.birthYear = 1995;
    c.wechatId = QStringLiteral("nana_oy");
    c.email = QStringLiteral("nana@example.com");
    c.address = QStringLiteral("上海市徐汇区 \"梧桐\" 路 8 号, 2F\n(后门)");
    c.sizeTop = QStringLiteral("M");
    c.sizeBottom = QStringLiteral("27");
    c.sizeShoe = QStringLiteral("37");
    c.bodyType = BodyType::Petite;
    c.occupation = QStringLiteral("设计师");
    c.workAndFamily = QStringLiteral("已婚，一个女儿");
    c.personality = QStringLiteral("爽快");
    c.consumptionHabits = QStringLiteral("换季集中购买");
    c.dressPreferences = QStringLiteral("法式、极简");
    c.hobbies = QStringLiteral("大提琴 🎻");
    c.lifestyle = QStringLiteral("周末露营");
    c.serviceStyle = QStringLiteral("不喜欢被打扰");
    c.preferredChannel = ContactChannel::WeChat;
    c.promotionReceptiveness = PromotionReceptiveness::Occasional;
    c.values = QStringLiteral("环保面料");
    c.notes = QStringLiteral("'; DROP TABLE customers; -- 😀");
    c.source = SourceChannel::Douyin;
    c.consentProfile = true;
    c.consentMarketing = true;
    c.consentProfileChange = ConsentChange{QDate(2026, 6, 1), QStringLiteral("李晓雯")};
    c.createdAt = QDateTime(QDate(2026, 6, 1), QTime(9, 30), QTimeZone(8 * 3600));
    c.updatedAt = c.createdAt;
    return c;
}

} // namespace

TEST_CASE("a customer with every field survives a round trip", "[storage][customers]")
{
    QTemporaryDir dir;
    Database db;
    REQUIRE(db.open(dir.filePath(QStringLiteral("db.sqlite"))));
    CustomerRepository repo(db.connection());

    Customer referrer;
    referrer.name = QStringLiteral("介绍人");
    referrer.phone = PhoneNumber::fromParsed(PhoneNumber::parse(QStringLiteral("0571-88888888")));
    referrer.createdAt = referrer.updatedAt = QDateTime::currentDateTime();
    const CustomerId referrerId = repo.insert(referrer);

    Customer original = everyField();
    original.referrerId = referrerId;
    original.id = repo.insert(original);
    REQUIRE(original.id > 0);

    const std::optional<Customer> loaded = repo.find(original.id);
    REQUIRE(loaded);
    const Customer &c = *loaded;
    CHECK(c.name == original.name);
    CHECK(c.phone.digits() == QStringLiteral("13912345678"));
    CHECK(c.phone.kind() == PhoneNumber::Kind::Mobile);
    CHECK(c.gender == Gender::Female);
    CHECK(c.ethnicity == original.ethnicity);
    CHECK(c.birthday == original.birthday);
    CHECK(c.birthYear == 1995);
    CHECK(c.wechatId == original.wechatId);
    CHECK(c.email == original.email);
    CHECK(c.address == original.address);
    CHECK(c.sizeTop == QStringLiteral("M"));
    CHECK(c.sizeBottom == QStringLiteral("27"));
    CHECK(c.sizeShoe == QStringLiteral("37"));
    CHECK(c.bodyType == BodyType::Petite);
    CHECK(c.occupation == original.occupation);
    CHECK(c.workAndFamily == original.workAndFamily);
    CHECK(c.personality == original.personality);
    CHECK(c.consumptionHabits == original.consumptionHabits);
    CHECK(c.dressPreferences == original.dressPreferences);
    CHECK(c.hobbies == original.hobbies);
    CHECK(c.lifestyle == original.lifestyle);
    CHECK(c.serviceStyle == original.serviceStyle);
    CHECK(c.preferredChannel == ContactChannel::WeChat);
    CHECK(c.promotionReceptiveness == PromotionReceptiveness::Occasional);
    CHECK(c.values == original.values);
    CHECK(c.notes == original.notes);
    CHECK(c.source == SourceChannel::Douyin);
    CHECK(c.referrerId == referrerId);
    CHECK(c.consentProfile);
    CHECK(c.consentMarketing);
    CHECK(c.consentProfileChange == ConsentChange{QDate(2026, 6, 1), QStringLiteral("李晓雯")});
    CHECK_FALSE(c.consentMarketingChange);
    CHECK(c.createdAt == original.createdAt);
    CHECK(c.createdAt.offsetFromUtc() == 8 * 3600);

    CHECK(repo.find(referrerId)->phone.kind() == PhoneNumber::Kind::Landline);
    CHECK(repo.idForPhone(QStringLiteral("13912345678")) == original.id);
    CHECK_FALSE(repo.idForPhone(QStringLiteral("13900000000")));
}

TEST_CASE("updating a customer keeps the search index in step", "[storage][customers]")
{
    QTemporaryDir dir;
    Database db;
    REQUIRE(db.open(dir.filePath(QStringLiteral("db.sqlite"))));
    CustomerRepository repo(db.connection());
    Customer c = everyField();
    c.id = repo.insert(c);
    CHECK(
        repo.searchIndex().keyStartsWith(SearchKeyKind::PinyinInitials, QStringLiteral("oy"), 5).size() == 1);

    c.name = QStringLiteral("曾小贤");
    c.phone = PhoneNumber::fromStoredDigits(QStringLiteral("13800001111"));
    repo.update(c);
    CHECK(repo.searchIndex().keyStartsWith(SearchKeyKind::PinyinInitials, QStringLiteral("oy"), 5).isEmpty());
    CHECK(
        repo.searchIndex().keyStartsWith(SearchKeyKind::PinyinInitials, QStringLiteral("zx"), 5).size() == 1);
    CHECK(repo.searchIndex().keyEquals(SearchKeyKind::PhoneSuffix, QStringLiteral("1111"), 5).size() == 1);
    CHECK(repo.searchIndex().keyEquals(SearchKeyKind::PhoneSuffix, QStringLiteral("5678"), 5).isEmpty());
}

TEST_CASE("tags and life events belong to a customer", "[storage][customers]")
{
    QTemporaryDir dir;
    Database db;
    REQUIRE(db.open(dir.filePath(QStringLiteral("db.sqlite"))));
    CustomerRepository repo(db.connection());
    TagRepository tags(db.connection());
    const TagId french = tags.insert(QStringLiteral("法式"), Tag::Category::Style);
    const TagId work = tags.insert(QStringLiteral("通勤"), Tag::Category::Scene);
    const CustomerId id = repo.insert(everyField());

    repo.setTags(id, {french, work});
    CHECK(repo.tagsOf(id).size() == 2);
    repo.setTags(id, {work});
    REQUIRE(repo.tagsOf(id).size() == 1);
    CHECK(repo.tagsOf(id).first().name == QStringLiteral("通勤"));
    CHECK(tags.findByName(QStringLiteral("法式"))->category == Tag::Category::Style);

    repo.setLifeEvents(
        id, {LifeEvent{0, id, QDate(2026, 5, 1), LifeEvent::Kind::NewBaby, QStringLiteral("女儿")}});
    REQUIRE(repo.lifeEventsOf(id).size() == 1);
    CHECK(repo.lifeEventsOf(id).first().kind == LifeEvent::Kind::NewBaby);

    ArchiveFilter byTag;
    byTag.tagId = work;
    CHECK(repo.count(byTag) == 1);
    byTag.tagId = french;
    CHECK(repo.count(byTag) == 0);
}

TEST_CASE("the archive list pages, sorts and filters in SQL", "[storage][customers]")
{
    QTemporaryDir dir;
    Database db;
    REQUIRE(db.open(dir.filePath(QStringLiteral("db.sqlite"))));
    CustomerRepository repo(db.connection());
    for (int i = 0; i < 25; ++i) {
        Customer c;
        c.name = QStringLiteral("客户%1").arg(QChar(u'A' + i));
        c.phone = PhoneNumber::fromStoredDigits(QStringLiteral("1380000%1").arg(i, 4, 10, QChar(u'0')));
        c.sizeTop = i % 2 ? QStringLiteral("L") : QStringLiteral("M");
        c.birthday = QDate(1990, 1 + i % 12, 1);
        c.source = i < 5 ? SourceChannel::WeChat : SourceChannel::WalkIn;
        c.createdAt = c.updatedAt = QDateTime::currentDateTime();
        repo.insert(c);
    }
    CHECK(repo.count({}) == 25);
    const auto first = repo.page({}, ArchiveSort::Name, Qt::AscendingOrder, 0, 10);
    REQUIRE(first.size() == 10);
    CHECK(first.first().name == QStringLiteral("客户A"));
    const auto last = repo.page({}, ArchiveSort::Name, Qt::DescendingOrder, 0, 1);
    CHECK(last.first().name == QStringLiteral("客户Y"));
    CHECK(repo.page({}, ArchiveSort::Name, Qt::AscendingOrder, 20, 10).size() == 5);

    ArchiveFilter filter;
    filter.size = QStringLiteral("L");
    CHECK(repo.count(filter) == 12);
    filter.source = SourceChannel::WeChat;
    CHECK(repo.count(filter) == 2);
    ArchiveFilter month;
    month.birthMonth = 1; // i = 0, 12, 24
    CHECK(repo.count(month) == 3);
}

TEST_CASE("the archive sorts names in pinyin order, not by character code", "[storage][customers]")
{
    QTemporaryDir dir;
    Database db;
    REQUIRE(db.open(dir.filePath(QStringLiteral("db.sqlite"))));
    CustomerRepository repo(db.connection());
    int n = 0;
    for (const QString &name :
        {QStringLiteral("张三"), QStringLiteral("黄丹"), QStringLiteral("李娜"), QStringLiteral("Anna Smith"),
            QStringLiteral("王芳"), QStringLiteral("胡佳"), QStringLiteral("艾米")}) {
        Customer c;
        c.name = name;
        c.phone = PhoneNumber::fromStoredDigits(QStringLiteral("1390000000%1").arg(n++));
        c.createdAt = c.updatedAt = QDateTime::currentDateTime();
        repo.insert(c);
    }
    QStringList order;
    for (const ArchiveRow &row : repo.page({}, ArchiveSort::Name, Qt::AscendingOrder, 0, 10))
        order << row.name;
    CHECK(order
        == QStringList{QStringLiteral("艾米"), QStringLiteral("Anna Smith"), QStringLiteral("胡佳"),
            QStringLiteral("黄丹"), QStringLiteral("李娜"), QStringLiteral("王芳"), QStringLiteral("张三")});

    // A rename moves the customer.
    Customer renamed = *repo.find(1);
    renamed.name = QStringLiteral("白雪");
    repo.update(renamed);
    CHECK(repo.page({}, ArchiveSort::Name, Qt::AscendingOrder, 0, 10).at(2).name == QStringLiteral("白雪"));
}
