#include "demo_data.h"

#include "services/customer_service.h"
#include "services/points_service.h"
#include "services/sale_service.h"
#include "services/store.h"
#include "services/store_settings.h"

#include <QTimeZone>

namespace atelier::testing {

namespace {

struct Person
{
    const char16_t *name;
    const char *phone;
    Gender gender;
    const char *top;
    const char *bottom;
    const char *shoe;
    SourceChannel source;
    const char16_t *occupation;
    const char16_t *notes;
};

const Person people[] = {
    {u"王芳", "13812345678", Gender::Female, "M", "28", "37", SourceChannel::WalkIn, u"小学教师",
        u"喜欢棉麻，不爱亮色；周末常带女儿来"},
    {u"李静", "13987654321", Gender::Female, "S", "26", "36", SourceChannel::WeChat, u"银行职员",
        u"通勤装为主，偏爱法式"},
    {u"张丽华", "13700001234", Gender::Female, "L", "30", "38", SourceChannel::Referral, u"医生", u""},
    {u"刘敏", "15012348888", Gender::Female, "M", "27", "37", SourceChannel::Douyin, u"设计师",
        u"只买黑白灰"},
    {u"陈婷", "18611112222", Gender::Female, "XS", "25", "35", SourceChannel::ECommerce, u"学生", u""},
    {u"杨雪", "13655556666", Gender::Female, "M", "28", "38", SourceChannel::Event, u"律师",
        u"不喜欢被推销，安静挑选"},
    {u"赵晓燕", "13522223333", Gender::Female, "XL", "32", "39", SourceChannel::WalkIn, u"个体户",
        u"需要加大码"},
    {u"黄丹", "13433334444", Gender::Female, "S", "26", "36", SourceChannel::WeChat, u"护士", u""},
    {u"周杰", "13344445555", Gender::Male, "L", "31", "42", SourceChannel::WalkIn, u"工程师",
        u"给太太买礼物"},
    {u"吴倩", "13255556666", Gender::Female, "M", "27", "37", SourceChannel::Referral, u"会计", u"新手妈妈"},
    {u"徐莉", "13166667777", Gender::Female, "M", "28", "37", SourceChannel::WalkIn, u"公务员", u""},
    {u"孙悦", "15866668888", Gender::Female, "S", "25", "36", SourceChannel::Douyin, u"主播", u"喜欢新中式"},
    {u"马琳", "15977778888", Gender::Female, "L", "29", "38", SourceChannel::WalkIn, u"", u""},
    {u"朱红", "15188889999", Gender::Female, "M", "28", "37", SourceChannel::WeChat, u"店主", u""},
    {u"胡佳", "15299990000", Gender::Female, "XS", "24", "35", SourceChannel::ECommerce, u"学生", u""},
    {u"郭美玲", "18800001111", Gender::Female, "M", "27", "37", SourceChannel::Event, u"销售经理",
        u"常出差，喜欢免烫面料"},
    {u"何雨", "18911112222", Gender::Female, "S", "26", "36", SourceChannel::WalkIn, u"", u""},
    {u"林晓", "17722223333", Gender::Female, "M", "28", "37", SourceChannel::Referral, u"记者", u""},
    {u"高洁", "17633334444", Gender::Female, "L", "30", "38", SourceChannel::WalkIn, u"教授", u"偏爱真丝"},
    {u"罗敏", "17544445555", Gender::Female, "M", "27", "37", SourceChannel::WeChat, u"", u""},
    {u"郑秀英", "13011112222", Gender::Female, "XL", "33", "38", SourceChannel::WalkIn, u"退休",
        u"老顾客，喜欢聊天"},
    {u"梁小雨", "13122223333", Gender::Female, "S", "25", "36", SourceChannel::Douyin, u"", u""},
    {u"谢芳", "13233334444", Gender::Female, "M", "28", "37", SourceChannel::WalkIn, u"导游", u""},
    {u"宋佳", "13344446666", Gender::Female, "M", "27", "37", SourceChannel::ECommerce, u"", u""},
    {u"唐薇", "13455557777", Gender::Female, "S", "26", "36", SourceChannel::WeChat, u"舞蹈老师", u""},
    {u"韩梅", "13566668888", Gender::Female, "L", "29", "38", SourceChannel::Referral, u"", u""},
    {u"曹颖", "13677779999", Gender::Female, "M", "28", "37", SourceChannel::WalkIn, u"药剂师", u""},
    {u"冯丽", "13788880000", Gender::Female, "M", "27", "37", SourceChannel::Event, u"", u""},
    {u"邓婕", "13899990001", Gender::Female, "S", "26", "36", SourceChannel::WalkIn, u"翻译", u""},
    {u"曾琪", "13900011122", Gender::Female, "M", "28", "37", SourceChannel::WeChat, u"摄影师", u"喜欢复古"},
};

SaleLine line(const char *style, const char16_t *category, const char16_t *colour, const char *size, int yuan,
    int paidYuan, int quantity = 1)
{
    SaleLine l;
    l.styleNumber = QString::fromLatin1(style);
    l.category = QString::fromUtf16(category);
    l.colour = QString::fromUtf16(colour);
    l.size = QString::fromLatin1(size);
    l.listPrice = Money::fromYuan(yuan);
    l.paidPrice = Money::fromYuan(paidYuan);
    l.quantity = quantity;
    return l;
}

} // namespace

QList<CustomerId> fillDemoStore(Store &store)
{
    store.settings().setStoreName(QStringLiteral("衣韵服饰 · 万象城店"));
    CustomerService &customers = store.customers();
    QList<TagId> styleTags;
    for (const char16_t *name : {u"极简", u"法式", u"新中式", u"复古", u"通勤"})
        styleTags << *customers.addTag(QString::fromUtf16(name), Tag::Category::Style).id;
    const TagId mother = *customers.addTag(QStringLiteral("新手妈妈"), Tag::Category::LifeStage).id;
    const TagId cotton = *customers.addTag(QStringLiteral("棉麻"), Tag::Category::Material).id;
    customers.addTag(QStringLiteral("约会"), Tag::Category::Scene);
    customers.addTag(QStringLiteral("莫兰迪色"), Tag::Category::Colour);

    QList<CustomerId> ids;
    const QDate today = store.clock().today();
    int i = 0;
    for (const Person &p : people) {
        CustomerArchive archive;
        Customer &c = archive.customer;
        c.name = QString::fromUtf16(p.name);
        archive.phoneText = QString::fromLatin1(p.phone);
        c.gender = p.gender;
        c.sizeTop = QString::fromLatin1(p.top);
        c.sizeBottom = QString::fromLatin1(p.bottom);
        c.sizeShoe = QString::fromLatin1(p.shoe);
        c.bodyType = QString::fromLatin1(p.top) == QStringLiteral("XL") ? BodyType::Plus : BodyType::Regular;
        c.source = p.source;
        c.occupation = QString::fromUtf16(p.occupation);
        c.notes = QString::fromUtf16(p.notes);
        c.consentProfile = i % 3 != 2;
        c.consentMarketing = i % 2 == 0;
        if (c.consentProfile)
            c.birthday = QDate(1980 + i % 20, 1 + i % 12, 1 + (i * 7) % 28);
        if (i == 0) {
            c.birthday = today.addDays(3).addYears(-36);
            c.wechatId = QStringLiteral("wangfang_0612");
            c.workAndFamily = QStringLiteral("已婚，女儿 8 岁，在实验小学教语文");
            c.personality = QStringLiteral("温和，做决定慢，喜欢听建议");
            c.dressPreferences = QStringLiteral("宽松舒适，棉麻和针织，裙长过膝");
            c.hobbies = QStringLiteral("烘焙、读书");
            c.preferredChannel = ContactChannel::WeChat;
            c.promotionReceptiveness = PromotionReceptiveness::Occasional;
            archive.lifeEvents << LifeEvent{
                0, 0, QDate(2025, 9, 1), LifeEvent::Kind::Promotion, QStringLiteral("升任年级组长")};
        }
        archive.tagIds << styleTags.at(i % styleTags.size());
        if (i % 4 == 0)
            archive.tagIds << styleTags.at((i + 2) % styleTags.size()) << cotton;
        if (i == 9)
            archive.tagIds << mother;
        const SaveResult saved = customers.save(archive);
        if (saved.ok())
            ids << *saved.id;
        ++i;
    }

    const QTimeZone zone(8 * 3600);
    const auto sell = [&store, &zone, &today](CustomerId customer, int daysAgo, QList<SaleLine> lines) {
        Sale sale;
        sale.customerId = customer;
        sale.soldAt = QDateTime(today.addDays(-daysAgo), QTime(15, 20), zone);
        sale.lines = std::move(lines);
        store.sales().recordSale(sale);
    };
    if (!ids.isEmpty()) {
        // Oldest first, as the counter records them: the points ledger is in recording order.
        sell(ids.at(0), 365, {line("T0201", u"T恤", u"白色", "M", 159, 159, 3)});
        sell(ids.at(0), 300, {line("D1120", u"半身裙", u"藏青", "M", 499, 449, 2)});
        sell(ids.at(0), 160, {line("C3301", u"大衣", u"驼色", "M", 1899, 1599)});
        sell(ids.at(0), 95,
            {line("P2207", u"阔腿裤", u"黑色", "28", 399, 359),
                line("S0101", u"丝巾", u"墨绿", "F", 199, 199)});
        sell(ids.at(0), 40, {line("T0518", u"衬衫", u"雾蓝", "M", 329, 299)});
        sell(ids.at(0), 2,
            {line("A2611", u"连衣裙", u"燕麦色", "M", 699, 629),
                line("K1032", u"针织开衫", u"米白", "M", 459, 459)});
    }
    for (int k = 1; k < ids.size(); ++k)
        sell(ids.at(k), (k * 13) % 200 + 1, {line("T0518", u"衬衫", u"雾蓝", "M", 329, 299 - k)});
    return ids;
}

} // namespace atelier::testing
