#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/keyset_order.h"
#include "storage/sql.h"
#include "storage/storage_error.h"
#include "storage/tag_repository.h"
#include "support/test_location.h"

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
    const testing::TestLocation location(dir.path());
    Database db;
    REQUIRE(db.open(location.text()));
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
    const testing::TestLocation location(dir.path());
    Database db;
    REQUIRE(db.open(location.text()));
    CustomerRepository repo(db.connection());
    Customer c = everyField();
    c.id = repo.insert(c);
    CHECK(
        repo.searchIndex().keyStartsWith(SearchKeyKind::PinyinInitials, QStringLiteral("oy"), 5).size() == 1);

    c.name = QStringLiteral("曾小贤");
    c.phone = PhoneNumber::fromStoredDigits(QStringLiteral("13800001111"));
    CHECK(repo.update(c));
    CHECK(repo.searchIndex().keyStartsWith(SearchKeyKind::PinyinInitials, QStringLiteral("oy"), 5).isEmpty());
    CHECK(
        repo.searchIndex().keyStartsWith(SearchKeyKind::PinyinInitials, QStringLiteral("zx"), 5).size() == 1);
    CHECK(repo.searchIndex().keyEquals(SearchKeyKind::PhoneSuffix, QStringLiteral("1111"), 5).size() == 1);
    CHECK(repo.searchIndex().keyEquals(SearchKeyKind::PhoneSuffix, QStringLiteral("5678"), 5).isEmpty());
}

TEST_CASE("a whole-row update needs the version it read and adds one to it", "[storage][customers]")
{
    QTemporaryDir dir;
    const testing::TestLocation location(dir.path());
    Database db;
    REQUIRE(db.open(location.text()));
    CustomerRepository repo(db.connection());
    const CustomerId id = repo.insert(everyField());
    Customer first = *repo.find(id);
    Customer second = first;
    CHECK(first.rowVersion == 0);

    first.occupation = QStringLiteral("教师");
    REQUIRE(repo.update(first));
    CHECK(repo.find(id)->rowVersion == 1);

    // Read before the first write: refused, nothing written, the search keys as the first left them.
    second.name = QStringLiteral("曾小贤");
    second.occupation = QStringLiteral("医生");
    CHECK_FALSE(repo.update(second));
    const Customer stored = *repo.find(id);
    CHECK(stored.rowVersion == 1);
    CHECK(stored.name == QStringLiteral("欧阳娜娜"));
    CHECK(stored.occupation == QStringLiteral("教师"));
    CHECK(repo.searchIndex().keyStartsWith(SearchKeyKind::PinyinInitials, QStringLiteral("zx"), 5).isEmpty());
    CHECK_THROWS_AS(repo.updateWithinTransaction(second), StorageError);

    Customer again = stored;
    again.name = QStringLiteral("曾小贤");
    CHECK(repo.update(again));
    CHECK(repo.find(id)->rowVersion == 2);
    CHECK(repo.find(id)->name == QStringLiteral("曾小贤"));
}

TEST_CASE("tags and life events belong to a customer", "[storage][customers]")
{
    QTemporaryDir dir;
    const testing::TestLocation location(dir.path());
    Database db;
    REQUIRE(db.open(location.text()));
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
    const testing::TestLocation location(dir.path());
    Database db;
    REQUIRE(db.open(location.text()));
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
    const auto first = repo.page({}, ArchiveSort::Name, Qt::AscendingOrder, std::nullopt, 10);
    REQUIRE(first.rows.size() == 10);
    CHECK(first.rows.first().name == QStringLiteral("客户A"));
    const auto last = repo.page({}, ArchiveSort::Name, Qt::DescendingOrder, std::nullopt, 1);
    CHECK(last.rows.first().name == QStringLiteral("客户Y"));
    const auto second = repo.page({}, ArchiveSort::Name, Qt::AscendingOrder, first.next, 10);
    CHECK(second.rows.first().name == QStringLiteral("客户K"));
    CHECK(repo.page({}, ArchiveSort::Name, Qt::AscendingOrder, second.next, 10).rows.size() == 5);

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
    const testing::TestLocation location(dir.path());
    Database db;
    REQUIRE(db.open(location.text()));
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
    for (const ArchiveRow &row : repo.page({}, ArchiveSort::Name, Qt::AscendingOrder, std::nullopt, 10).rows)
        order << row.name;
    CHECK(order
        == QStringList{QStringLiteral("艾米"), QStringLiteral("Anna Smith"), QStringLiteral("胡佳"),
            QStringLiteral("黄丹"), QStringLiteral("李娜"), QStringLiteral("王芳"), QStringLiteral("张三")});

    // A rename moves the customer.
    Customer renamed = *repo.find(1);
    renamed.name = QStringLiteral("白雪");
    CHECK(repo.update(renamed));
    CHECK(repo.page({}, ArchiveSort::Name, Qt::AscendingOrder, std::nullopt, 10).rows.at(2).name
        == QStringLiteral("白雪"));
}

namespace {

// Every row of the archive list in one order, read `limit` at a time by keyset paging.
QList<CustomerId> walk(
    CustomerRepository &repo, const ArchiveFilter &filter, ArchiveSort sort, Qt::SortOrder order, int limit)
{
    QList<CustomerId> ids;
    std::optional<PageCursor> after;
    for (;;) {
        const KeysetPage<ArchiveRow> page = repo.page(filter, sort, order, after, limit);
        for (const ArchiveRow &row : page.rows)
            ids << row.id;
        if (page.rows.size() < limit)
            return ids;
        after = page.next;
    }
}

} // namespace

TEST_CASE("keyset pages of the archive list add up to the whole list, in every order", "[storage][customers]")
{
    QTemporaryDir dir;
    const testing::TestLocation location(dir.path());
    Database db;
    REQUIRE(db.open(location.text()));
    CustomerRepository repo(db.connection());
    const QDateTime now = QDateTime(QDate(2026, 6, 1), QTime(9, 0), QTimeZone(8 * 3600));
    for (int i = 0; i < 40; ++i) {
        Customer c;
        // Repeating names, sources, dates and months: ties everywhere, broken by the id.
        c.name = QStringLiteral("客户%1").arg(QChar(u'A' + i % 6));
        c.phone = PhoneNumber::fromStoredDigits(QStringLiteral("1380000%1").arg(i, 4, 10, QChar(u'0')));
        if (i % 3 != 0) // every third customer without a birthday: birth_month NULL
            c.birthday = QDate(1990, 1 + i % 5, 1);
        c.source = i % 4 ? SourceChannel::WalkIn : SourceChannel::WeChat;
        c.createdAt = c.updatedAt = now.addDays(i % 7);
        repo.insert(c);
    }

    for (const ArchiveSort sort : {ArchiveSort::Name, ArchiveSort::Phone, ArchiveSort::CreatedAt,
             ArchiveSort::BirthMonth, ArchiveSort::Source}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            INFO("sort " << int(sort) << ", order " << int(order));
            const QList<CustomerId> whole = walk(repo, {}, sort, order, 100);
            REQUIRE(whole.size() == 40);
            for (const int limit : {1, 3, 7, 13})
                CHECK(walk(repo, {}, sort, order, limit) == whole);
            ArchiveFilter wechat;
            wechat.source = SourceChannel::WeChat;
            CHECK(walk(repo, wechat, sort, order, 3).size() == 10);
        }
    }

    // NULL months first ascending and last descending, explicitly (PostgreSQL would do the opposite).
    const QList<CustomerId> up = walk(repo, {}, ArchiveSort::BirthMonth, Qt::AscendingOrder, 4);
    for (const CustomerId id : up.mid(0, 14))
        CHECK((id - 1) % 3 == 0); // ids 1, 4, 7, … were inserted with i % 3 == 0: no birthday
    CHECK((up.at(14) - 1) % 3 != 0);
    const QList<CustomerId> down = walk(repo, {}, ArchiveSort::BirthMonth, Qt::DescendingOrder, 4);
    CHECK(down == QList<CustomerId>(up.rbegin(), up.rend()));
}

TEST_CASE("a customer deleted between two pages shifts nothing", "[storage][customers]")
{
    QTemporaryDir dir;
    const testing::TestLocation location(dir.path());
    Database db;
    REQUIRE(db.open(location.text()));
    CustomerRepository repo(db.connection());
    for (int i = 0; i < 12; ++i) {
        Customer c;
        c.name = QStringLiteral("客户%1").arg(QChar(u'A' + i));
        c.phone = PhoneNumber::fromStoredDigits(QStringLiteral("1380000%1").arg(i, 4, 10, QChar(u'0')));
        if (i % 2)
            c.birthday = QDate(1990, 3, 1);
        c.createdAt = c.updatedAt = QDateTime::currentDateTime();
        repo.insert(c);
    }
    for (const ArchiveSort sort : {ArchiveSort::Name, ArchiveSort::BirthMonth}) {
        INFO("sort " << int(sort));
        const QList<CustomerId> before = walk(repo, {}, sort, Qt::AscendingOrder, 100);
        const KeysetPage<ArchiveRow> first = repo.page({}, sort, Qt::AscendingOrder, std::nullopt, 5);
        // A customer on the page already read goes (merged away, say): the next page still starts
        // right after the last row read, where an offset would have skipped one.
        const CustomerId gone = first.rows.at(1).id;
        sql::run(db.connection(), QStringLiteral("DELETE FROM customers WHERE id = ?"), {qlonglong(gone)});
        const KeysetPage<ArchiveRow> second = repo.page({}, sort, Qt::AscendingOrder, first.next, 5);
        REQUIRE(second.rows.size() == 5);
        CHECK(second.rows.first().id == before.at(5));
        CHECK(second.rows.last().id == before.at(9));
    }
}

TEST_CASE("a keyset order says where NULL keys go and continues after a NULL key", "[storage][customers]")
{
    const KeysetOrder up(QStringLiteral("k"), Qt::AscendingOrder, QStringLiteral("id"), Qt::AscendingOrder,
        KeysetOrder::Nulls::Possible);
    CHECK(up.orderBy() == QStringLiteral(" ORDER BY k ASC NULLS FIRST, id ASC"));
    QVariantList values;
    CHECK(up.after(PageCursor{QVariant(), 7}, values)
        == QStringLiteral("((k IS NULL AND id > ?) OR k IS NOT NULL)"));
    CHECK(values == QVariantList{qint64(7)});
    values.clear();
    CHECK(up.after(PageCursor{QVariant(3), 7}, values) == QStringLiteral("(k >= ? AND (k > ? OR id > ?))"));
    CHECK(values.size() == 3);

    const KeysetOrder down(QStringLiteral("k"), Qt::DescendingOrder, QStringLiteral("id"),
        Qt::DescendingOrder, KeysetOrder::Nulls::Possible);
    CHECK(down.orderBy() == QStringLiteral(" ORDER BY k DESC NULLS LAST, id DESC"));
    values.clear();
    CHECK(down.after(PageCursor{QVariant(), 7}, values) == QStringLiteral("(k IS NULL AND id < ?)"));
    values.clear();
    CHECK(down.after(PageCursor{QVariant(3), 7}, values)
        == QStringLiteral("((k <= ? AND (k < ? OR id < ?)) OR k IS NULL)"));

    const KeysetOrder newest = KeysetOrder::byId(QStringLiteral("a.id"), Qt::DescendingOrder);
    CHECK(newest.orderBy() == QStringLiteral(" ORDER BY a.id DESC"));
    values.clear();
    CHECK(newest.after(PageCursor{QVariant(), 9}, values) == QStringLiteral("a.id < ?"));
}
