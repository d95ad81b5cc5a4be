#include "core/customer.h"

#include <array>
#include <utility>

namespace atelier {

namespace {

template <typename Enum, std::size_t N>
QString codeOf(const std::array<std::pair<Enum, const char16_t *>, N> &table, Enum value)
{
    for (const auto &[e, code] : table) {
        if (e == value)
            return QString::fromUtf16(code);
    }
    return QString::fromUtf16(table.front().second);
}

template <typename Enum, std::size_t N>
Enum valueOf(const std::array<std::pair<Enum, const char16_t *>, N> &table, const QString &code)
{
    for (const auto &[e, c] : table) {
        if (code == QStringView(c))
            return e;
    }
    return table.front().first;
}

constexpr std::array<std::pair<Gender, const char16_t *>, 4> genders{{{Gender::Unknown, u""},
    {Gender::Female, u"female"}, {Gender::Male, u"male"}, {Gender::Other, u"other"}}};
constexpr std::array<std::pair<BodyType, const char16_t *>, 4> bodyTypes{{{BodyType::Unknown, u""},
    {BodyType::Regular, u"regular"}, {BodyType::Plus, u"plus"}, {BodyType::Petite, u"petite"}}};
constexpr std::array<std::pair<SourceChannel, const char16_t *>, 7> sources{
    {{SourceChannel::WalkIn, u"walk_in"}, {SourceChannel::WeChat, u"wechat"},
        {SourceChannel::Douyin, u"douyin"}, {SourceChannel::ECommerce, u"ecommerce"},
        {SourceChannel::Referral, u"referral"}, {SourceChannel::Event, u"event"},
        {SourceChannel::Other, u"other"}}};
constexpr std::array<std::pair<ContactChannel, const char16_t *>, 5> contactChannels{
    {{ContactChannel::Unknown, u""}, {ContactChannel::Phone, u"phone"}, {ContactChannel::WeChat, u"wechat"},
        {ContactChannel::Sms, u"sms"}, {ContactChannel::Visit, u"visit"}}};
constexpr std::array<std::pair<PromotionReceptiveness, const char16_t *>, 4> receptiveness{
    {{PromotionReceptiveness::Unknown, u""}, {PromotionReceptiveness::Welcomes, u"welcomes"},
        {PromotionReceptiveness::Occasional, u"occasional"},
        {PromotionReceptiveness::Dislikes, u"dislikes"}}};
constexpr std::array<std::pair<Tag::Category, const char16_t *>, 7> tagCategories{
    {{Tag::Category::Other, u"other"}, {Tag::Category::Style, u"style"}, {Tag::Category::Size, u"size"},
        {Tag::Category::Scene, u"scene"}, {Tag::Category::Colour, u"colour"},
        {Tag::Category::Material, u"material"}, {Tag::Category::LifeStage, u"life_stage"}}};
constexpr std::array<std::pair<LifeEvent::Kind, const char16_t *>, 6> lifeEventKinds{
    {{LifeEvent::Kind::Other, u"other"}, {LifeEvent::Kind::Promotion, u"promotion"},
        {LifeEvent::Kind::Wedding, u"wedding"}, {LifeEvent::Kind::NewBaby, u"new_baby"},
        {LifeEvent::Kind::Moving, u"moving"}, {LifeEvent::Kind::Graduation, u"graduation"}}};

} // namespace

QString toCode(Gender value)
{
    return codeOf(genders, value);
}
QString toCode(BodyType value)
{
    return codeOf(bodyTypes, value);
}
QString toCode(SourceChannel value)
{
    return codeOf(sources, value);
}
QString toCode(ContactChannel value)
{
    return codeOf(contactChannels, value);
}
QString toCode(PromotionReceptiveness value)
{
    return codeOf(receptiveness, value);
}
QString toCode(Tag::Category value)
{
    return codeOf(tagCategories, value);
}
QString toCode(LifeEvent::Kind value)
{
    return codeOf(lifeEventKinds, value);
}
Gender genderFromCode(const QString &code)
{
    return valueOf(genders, code);
}
BodyType bodyTypeFromCode(const QString &code)
{
    return valueOf(bodyTypes, code);
}
SourceChannel sourceFromCode(const QString &code)
{
    return valueOf(sources, code);
}
ContactChannel contactChannelFromCode(const QString &code)
{
    return valueOf(contactChannels, code);
}
PromotionReceptiveness receptivenessFromCode(const QString &code)
{
    return valueOf(receptiveness, code);
}
Tag::Category tagCategoryFromCode(const QString &code)
{
    return valueOf(tagCategories, code);
}
LifeEvent::Kind lifeEventKindFromCode(const QString &code)
{
    return valueOf(lifeEventKinds, code);
}

QString erasedCustomerName()
{
    return QStringLiteral("—");
}

QString erasedPhoneMarker(CustomerId id)
{
    return QStringLiteral("erased:%1").arg(id);
}

} // namespace atelier
