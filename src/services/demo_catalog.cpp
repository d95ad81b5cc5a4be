#include "services/demo_catalog.h"

namespace atelier::demo {

namespace {

QStringList split(const QString &text)
{
    return text.split(u' ', Qt::SkipEmptyParts);
}

} // namespace

const QList<Weighted> &surnames()
{
    static const QList<Weighted> list = [] {
        // "王:720" pairs; the weights follow the 2020 census order of the common surnames.
        const QStringList pairs = split(QStringLiteral(
            "王:720 李:720 张:680 刘:540 陈:450 杨:310 黄:220 赵:200 吴:200 周:190 徐:140 孙:130 马:120 "
            "朱:120 胡:110 郭:110 何:100 林:90 高:90 罗:90 郑:90 梁:80 谢:70 宋:70 唐:60 许:60 韩:60 "
            "冯:60 邓:60 曹:60 彭:50 曾:50 肖:50 田:50 董:50 潘:40 袁:40 蔡:40 蒋:40 余:40 于:40 杜:40 "
            "叶:40 程:40 魏:30 苏:30 吕:30 丁:30 任:30 沈:30 姚:30 卢:30 傅:30 钟:30 姜:30 崔:30 谭:30 "
            "陆:30 范:30 汪:30 廖:30 石:20 金:20 韦:20 贾:20 夏:20 付:20 方:20 邹:20 熊:20 白:20 孟:20 "
            "秦:20 邱:20 侯:20 江:20 尹:20 薛:20 段:20 雷:20 龙:20 黎:20 史:20 陶:20 贺:20 毛:20 郝:20 "
            "顾:20 龚:20 邵:20 万:20 武:20 戴:20 严:20 钱:10 覃:10 莫:10 孔:10 向:10 常:10 汤:10 康:10 "
            "易:10 乔:10 赖:10 文:10 单:8 解:8 仇:5 查:5 区:5 乐:5 朴:5 欧阳:12 上官:4 司马:4 诸葛:3 "
            "慕容:3 司徒:4 东方:3"));
        QList<Weighted> result;
        for (const QString &pair : pairs) {
            const qsizetype colon = pair.indexOf(u':');
            result.append({pair.left(colon), pair.mid(colon + 1).toInt()});
        }
        return result;
    }();
    return list;
}

const QStringList &femaleGivenCharacters()
{
    static const QStringList list = split(
        QStringLiteral("婷 雅 静 丽 娜 敏 艳 芳 琳 欣 怡 雪 梦 佳 慧 晓 颖 洁 璐 倩 蕾 薇 萱 悦 彤 瑶 晴 楠 "
                       "月 思 雨 诗 涵 可 "
                       "馨 妍 琪 菲 语 嘉 宁 文 丹 玲 燕 霞 秀 红 兰 桂 凤 玉 心 若 安 乐 真 素 云 青"));
    return list;
}

const QStringList &maleGivenCharacters()
{
    static const QStringList list = split(QStringLiteral(
        "伟 强 磊 军 勇 杰 涛 斌 超 明 刚 平 辉 鹏 浩 宇 轩 博 俊 峰 凯 晨 鑫 文 建 华 志 海 东 然 远 航"));
    return list;
}

const QStringList &englishNames()
{
    static const QStringList list{QStringLiteral("Emily Zhang"), QStringLiteral("Grace Lin"),
        QStringLiteral("Sophie Martin"), QStringLiteral("Anna Smith"), QStringLiteral("Chloé Dubois"),
        QStringLiteral("Olivia Chen"), QStringLiteral("Mia Wong"), QStringLiteral("Lucy Brown"),
        QStringLiteral("Yuki Tanaka"), QStringLiteral("Hannah Kim"), QStringLiteral("Jessica Liu"),
        QStringLiteral("Amy Huang"), QStringLiteral("Vivian Ho"), QStringLiteral("Claire Dupont"),
        QStringLiteral("Nina Petrova"), QStringLiteral("Sarah Johnson"), QStringLiteral("Kate Wilson"),
        QStringLiteral("Isabelle Moreau"), QStringLiteral("Tiffany Chan"), QStringLiteral("Rachel Green")};
    return list;
}

const QList<NamedPerson> &minorityNames()
{
    static const QList<NamedPerson> list{{QStringLiteral("阿依古丽"), QStringLiteral("维吾尔族")},
        {QStringLiteral("古丽娜扎"), QStringLiteral("维吾尔族")},
        {QStringLiteral("迪丽拜尔·买买提"), QStringLiteral("维吾尔族")},
        {QStringLiteral("其其格"), QStringLiteral("蒙古族")},
        {QStringLiteral("乌兰图雅"), QStringLiteral("蒙古族")},
        {QStringLiteral("卓玛"), QStringLiteral("藏族")},
        {QStringLiteral("央金拉姆"), QStringLiteral("藏族")},
        {QStringLiteral("金秀敏"), QStringLiteral("朝鲜族")},
        {QStringLiteral("朴智妍"), QStringLiteral("朝鲜族")},
        {QStringLiteral("马晓梅"), QStringLiteral("回族")},
        {QStringLiteral("韦丽萍"), QStringLiteral("壮族")},
        {QStringLiteral("那佳怡"), QStringLiteral("满族")}};
    return list;
}

const QList<Weighted> &ethnicities()
{
    // Most customers never state it; of those who do, most are Han.
    static const QList<Weighted> list{{QString(), 600}, {QStringLiteral("汉族"), 370},
        {QStringLiteral("回族"), 10}, {QStringLiteral("满族"), 10}, {QStringLiteral("壮族"), 6},
        {QStringLiteral("土家族"), 4}};
    return list;
}

const QList<TagSeed> &tagLibrary()
{
    using C = Tag::Category;
    static const QList<TagSeed> list = [] {
        QList<TagSeed> result;
        const auto add = [&result](C category, const QString &names) {
            for (const QString &name : split(names))
                result.append({name, category});
        };
        add(C::Style, QStringLiteral("极简 复古 街头 法式 新中式 通勤 甜美 知性 运动休闲 森系"));
        add(C::Scene, QStringLiteral("职场 休闲 社交 约会 度假 婚礼宾客"));
        add(C::Colour, QStringLiteral("黑白灰 大地色 莫兰迪色 亮色系 蓝色系 粉色系"));
        add(C::Material, QStringLiteral("真丝 羊绒 棉麻 羊毛 天丝"));
        add(C::LifeStage, QStringLiteral("新手妈妈 孕期 学生 新婚 职场新人 退休"));
        add(C::Size, QStringLiteral("大码需求 小个子 高个子"));
        return result;
    }();
    return list;
}

TierRules tierRules()
{
    TierRules rules;
    rules.silver = Money::fromYuan(3000);
    rules.gold = Money::fromYuan(9000);
    rules.black = Money::fromYuan(20000);
    return rules;
}

const QList<CategorySpec> &categories()
{
    using K = SizeKind;
    using S = Season;
    static const QList<CategorySpec> list{{QStringLiteral("连衣裙"), 10, 399, 1599, 18, K::Top, S::Warm},
        {QStringLiteral("衬衫"), 11, 199, 899, 15, K::Top, S::Any},
        {QStringLiteral("针织衫"), 12, 299, 1299, 12, K::Top, S::Cold},
        {QStringLiteral("大衣"), 13, 999, 2999, 6, K::Top, S::Cold},
        {QStringLiteral("裤装"), 14, 259, 899, 14, K::Bottom, S::Any},
        {QStringLiteral("半身裙"), 15, 199, 799, 10, K::Bottom, S::Warm},
        {QStringLiteral("T恤"), 16, 99, 399, 14, K::Top, S::Warm},
        {QStringLiteral("外套"), 17, 499, 1899, 8, K::Top, S::Cold},
        {QStringLiteral("配饰"), 18, 99, 599, 8, K::OneSize, S::Any}};
    return list;
}

const QStringList &colours()
{
    static const QStringList list = split(QStringLiteral(
        "黑色 白色 米白 燕麦色 卡其 驼色 藏青 雾霾蓝 灰色 酒红 墨绿 豆沙粉 奶油黄 焦糖色 条纹"));
    return list;
}

const QStringList &occupations()
{
    static const QStringList list = split(QStringLiteral(
        "教师 医生 护士 公务员 会计 设计师 律师 程序员 销售 自由职业 学生 企业主 人事 市场 银行职员 退休"));
    return list;
}

const QStringList &returnReasons()
{
    static const QStringList list
        = split(QStringLiteral("面料起球 尺码偏小 尺码偏大 颜色不喜欢 与图片色差大 面料扎人 版型不适合 "
                               "做工有瑕疵 家人不喜欢 不需要了"));
    return list;
}

const QStringList &exchangeReasons()
{
    static const QStringList list = split(QStringLiteral("尺码偏小 尺码偏大 颜色不喜欢 换同款其他颜色"));
    return list;
}

const QStringList &clerkNames()
{
    static const QStringList list = split(QStringLiteral("李晓雯 陈思琪 王佳怡 赵敏 周婷婷"));
    return list;
}

QString managerName()
{
    return QStringLiteral("林雅琴");
}

QString lifeEventNote(LifeEvent::Kind kind)
{
    switch (kind) {
    case LifeEvent::Kind::Promotion:
        return QStringLiteral("升职了，想添几套正式的通勤装");
    case LifeEvent::Kind::Wedding:
        return QStringLiteral("婚礼在筹备中，需要敬酒服和伴娘服");
    case LifeEvent::Kind::NewBaby:
        return QStringLiteral("宝宝出生，喜欢宽松好穿的款");
    case LifeEvent::Kind::Moving:
        return QStringLiteral("搬到新小区，离店更近了");
    case LifeEvent::Kind::Graduation:
        return QStringLiteral("毕业季，准备面试穿搭");
    case LifeEvent::Kind::Other:
        break;
    }
    return QString();
}

} // namespace atelier::demo
