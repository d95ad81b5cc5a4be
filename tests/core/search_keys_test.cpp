#include "core/search_keys.h"

#include <catch2/catch.hpp>

using namespace atelier;

TEST_CASE("search keys cover phone suffixes, name, pinyin and WeChat", "[core][search]")
{
    const QList<SearchKey> keys
        = searchKeysFor(QStringLiteral("张三丰"), QStringLiteral("13812345678"), QStringLiteral("ZSF_wx"));
    auto has = [&](SearchKeyKind kind, const char16_t *key) {
        for (const SearchKey &k : keys) {
            if (k.kind == kind && k.key == QString::fromUtf16(key))
                return true;
        }
        return false;
    };
    CHECK(has(SearchKeyKind::PhoneSuffix, u"13812345678"));
    CHECK(has(SearchKeyKind::PhoneSuffix, u"5678"));
    CHECK(has(SearchKeyKind::PhoneSuffix, u"678"));
    CHECK_FALSE(has(SearchKeyKind::PhoneSuffix, u"78"));
    CHECK(has(SearchKeyKind::Name, u"张三丰"));
    CHECK(has(SearchKeyKind::NamePart, u"三丰"));
    CHECK(has(SearchKeyKind::NamePart, u"丰"));
    CHECK(has(SearchKeyKind::PinyinInitials, u"zsf"));
    CHECK(has(SearchKeyKind::PinyinFull, u"zhangsanfeng"));
    CHECK(has(SearchKeyKind::WeChat, u"zsf_wx"));
}

TEST_CASE("the prefix upper bound is the next string after every extension", "[core][search]")
{
    CHECK(prefixUpperBound(QStringLiteral("zs")) == QStringLiteral("zt"));
    CHECK(prefixUpperBound(QStringLiteral("5678")) == QStringLiteral("5679"));
    CHECK(prefixUpperBound(QStringLiteral("张")) > QStringLiteral("张三丰"));
    CHECK(prefixUpperBound(QString()).isEmpty());
}
