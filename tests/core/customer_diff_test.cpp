#include "core/customer_diff.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace atelier;

namespace {

Customer someone()
{
    Customer c;
    c.id = 7;
    c.name = QStringLiteral("张三");
    c.phone = PhoneNumber::fromParsed(PhoneNumber::parse(QStringLiteral("13800000000")));
    return c;
}

} // namespace

TEST_CASE("an unchanged customer has no changes, bookkeeping aside", "[core][audit]")
{
    const Customer before = someone();
    Customer after = before;
    after.updatedAt = QDateTime::currentDateTime();
    after.createdBy = 3;
    CHECK(CustomerDiff::between(before, after).isEmpty());
}

TEST_CASE("each archive field is compared under its archive name", "[core][audit]")
{
    struct Case
    {
        const char *field;
        std::function<void(Customer &)> change;
        const char *before;
        const char *after;
    };
    const QList<Case> cases = {
        {"name", [](Customer &c) { c.name = QStringLiteral("李四"); }, "张三", "李四"},
        {"phone",
            [](Customer &c) {
                c.phone = PhoneNumber::fromParsed(PhoneNumber::parse(QStringLiteral("13900001111")));
            },
            "13800000000", "13900001111"},
        {"gender", [](Customer &c) { c.gender = Gender::Female; }, "", "female"},
        {"ethnicity", [](Customer &c) { c.ethnicity = QStringLiteral("汉"); }, "", "汉"},
        {"birthday", [](Customer &c) { c.birthday = QDate(1990, 5, 1); }, "", "1990-05-01"},
        {"birth_year", [](Customer &c) { c.birthYear = 1990; }, "", "1990"},
        {"wechat_id", [](Customer &c) { c.wechatId = QStringLiteral("wx1"); }, "", "wx1"},
        {"email", [](Customer &c) { c.email = QStringLiteral("a@b.cn"); }, "", "a@b.cn"},
        {"address", [](Customer &c) { c.address = QStringLiteral("静安路1号"); }, "", "静安路1号"},
        {"size_top", [](Customer &c) { c.sizeTop = QStringLiteral("M"); }, "", "M"},
        {"size_bottom", [](Customer &c) { c.sizeBottom = QStringLiteral("27"); }, "", "27"},
        {"size_shoe", [](Customer &c) { c.sizeShoe = QStringLiteral("37"); }, "", "37"},
        {"body_type", [](Customer &c) { c.bodyType = BodyType::Petite; }, "", "petite"},
        {"occupation", [](Customer &c) { c.occupation = QStringLiteral("教师"); }, "", "教师"},
        {"work_family", [](Customer &c) { c.workAndFamily = QStringLiteral("两个孩子"); }, "", "两个孩子"},
        {"personality", [](Customer &c) { c.personality = QStringLiteral("爽快"); }, "", "爽快"},
        {"consumption_habits", [](Customer &c) { c.consumptionHabits = QStringLiteral("换季"); }, "", "换季"},
        {"dress_preferences", [](Customer &c) { c.dressPreferences = QStringLiteral("法式"); }, "", "法式"},
        {"hobbies", [](Customer &c) { c.hobbies = QStringLiteral("瑜伽"); }, "", "瑜伽"},
        {"lifestyle", [](Customer &c) { c.lifestyle = QStringLiteral("早起"); }, "", "早起"},
        {"service_style", [](Customer &c) { c.serviceStyle = QStringLiteral("少打扰"); }, "", "少打扰"},
        {"preferred_channel", [](Customer &c) { c.preferredChannel = ContactChannel::WeChat; }, "", "wechat"},
        {"promotion_receptiveness",
            [](Customer &c) { c.promotionReceptiveness = PromotionReceptiveness::Dislikes; }, "", "dislikes"},
        {"personal_values", [](Customer &c) { c.values = QStringLiteral("环保"); }, "", "环保"},
        {"notes", [](Customer &c) { c.notes = QStringLiteral("备注"); }, "", "备注"},
        {"source", [](Customer &c) { c.source = SourceChannel::Douyin; }, "walk_in", "douyin"},
        {"referrer_id", [](Customer &c) { c.referrerId = 12; }, "", "12"},
        {"consent_profile", [](Customer &c) { c.consentProfile = true; }, "0", "1"},
        {"consent_marketing", [](Customer &c) { c.consentMarketing = true; }, "0", "1"},
    };
    for (const Case &c : cases) {
        INFO(c.field);
        const Customer before = someone();
        Customer after = before;
        c.change(after);
        const QList<FieldChange> changes = CustomerDiff::between(before, after);
        REQUIRE(changes.size() == 1);
        CHECK(changes.first()
            == FieldChange{
                QString::fromLatin1(c.field), QString::fromUtf8(c.before), QString::fromUtf8(c.after)});
    }
}

TEST_CASE("several changes come in the archive's field order", "[core][audit]")
{
    const Customer before = someone();
    Customer after = before;
    after.sizeTop = QStringLiteral("L");
    after.name = QStringLiteral("张小三");
    const QList<FieldChange> changes = CustomerDiff::between(before, after);
    REQUIRE(changes.size() == 2);
    CHECK(changes.at(0).field == QStringLiteral("name"));
    CHECK(changes.at(1).field == QStringLiteral("size_top"));
}

TEST_CASE("list fields compare as sets", "[core][audit]")
{
    CHECK_FALSE(CustomerDiff::ofList(QStringLiteral("tags"), {QStringLiteral("b"), QStringLiteral("a")},
        {QStringLiteral("a"), QStringLiteral("b")}));
    const auto change = CustomerDiff::ofList(
        QStringLiteral("tags"), {QStringLiteral("法式")}, {QStringLiteral("通勤"), QStringLiteral("法式")});
    REQUIRE(change);
    CHECK(change->before == QStringLiteral("法式"));
    CHECK(change->after == QStringLiteral("法式, 通勤"));
}

TEST_CASE("actors and actions keep their codes", "[core][audit]")
{
    CHECK(AuditActor::cli(QStringLiteral("alice")).name == QStringLiteral("cli:alice"));
    CHECK(AuditActor::system(QStringLiteral("nightly")).name == QStringLiteral("system:nightly"));
    CHECK(AuditActor::unknownClerk().isUnknownClerk());
    CHECK_FALSE(AuditActor::staff(3, QStringLiteral("小王")).isUnknownClerk());
    for (const AuditAction action : allAuditActions())
        CHECK(auditActionFromCode(toCode(action)) == action);
    for (const auto kind : {AuditActor::Kind::Staff, AuditActor::Kind::Cli, AuditActor::Kind::System})
        CHECK(auditActorKindFromCode(toCode(kind)) == kind);
}
