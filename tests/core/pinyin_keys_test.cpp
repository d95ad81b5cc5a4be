#include "core/pinyin_keys.h"

#include <catch2/catch.hpp>

using atelier::PinyinTransliterator;

namespace {

void checkKeys(const char16_t *name, const char *initials, const char *full)
{
    const auto keys = PinyinTransliterator::forThisThread().keysFor(QString::fromUtf16(name));
    INFO("name: " << QString::fromUtf16(name).toStdString());
    CHECK(keys.initials == QLatin1String(initials));
    CHECK(keys.full == QLatin1String(full));
}

} // namespace

TEST_CASE("pinyin keys of common names", "[core][pinyin]")
{
    checkKeys(u"张三丰", "zsf", "zhangsanfeng");
    checkKeys(u"李娜", "ln", "lina");
    checkKeys(u"欧阳娜娜", "oynn", "ouyangnana");
}

TEST_CASE("polyphonic surnames are read as surnames", "[core][pinyin]")
{
    checkKeys(u"曾小贤", "zxx", "zengxiaoxian"); // not ceng
    checkKeys(u"单田芳", "stf", "shantianfang"); // not dan
    checkKeys(u"解缙", "xj", "xiejin"); // not jie
    checkKeys(u"区志华", "ozh", "ouzhihua"); // not qu
    checkKeys(u"乐嘉", "yj", "yuejia"); // not le
}

TEST_CASE("non-Chinese names keep their words", "[core][pinyin]")
{
    checkKeys(u"Anna Smith", "as", "annasmith");
    checkKeys(u"O'Neil", "on", "oneil");
    checkKeys(u"王小明 Tom", "wxmt", "wangxiaomingtom");
    checkKeys(u"", "", "");
}
