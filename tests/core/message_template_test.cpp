#include "core/message_template.h"

#include <catch2/catch.hpp>

using namespace atelier;

namespace {

MessageTemplate withBody(const QString &body, const QString &coupon = QString())
{
    MessageTemplate t;
    t.name = QStringLiteral("test");
    t.body = body;
    t.coupon = coupon;
    return t;
}

MessageValues allValues()
{
    MessageValues v;
    v.name = QStringLiteral("王芳");
    v.tier = QStringLiteral("金卡");
    v.points = QStringLiteral("1200");
    v.coupon = QStringLiteral("满500减50");
    v.style = QStringLiteral("A1001");
    return v;
}

} // namespace

TEST_CASE("A template parses into text and placeholders", "[message_template]")
{
    const auto parsed = MessageTemplateRules::parse(QStringLiteral("亲爱的{name}，您有{points}积分"));
    REQUIRE(parsed.ok());
    REQUIRE(parsed.parts.size() == 5);
    CHECK(parsed.parts.at(0).text == QStringLiteral("亲爱的"));
    CHECK(parsed.parts.at(1).placeholder == Placeholder::Name);
    CHECK(parsed.parts.at(2).text == QStringLiteral("，您有"));
    CHECK(parsed.parts.at(3).placeholder == Placeholder::Points);
    CHECK(parsed.parts.at(4).text == QStringLiteral("积分"));
}

TEST_CASE("Doubled braces are literal braces", "[message_template]")
{
    const auto parsed = MessageTemplateRules::parse(QStringLiteral("{{name}} is {name}}}"));
    REQUIRE(parsed.ok());
    const FilledMessage filled
        = MessageTemplateRules::fill(withBody(QStringLiteral("{{name}} is {name}}}")), allValues());
    CHECK(filled.text == QStringLiteral("{name} is 王芳}"));
    CHECK(filled.missing.isEmpty());
}

TEST_CASE("Bad templates are refused with a message naming the problem", "[message_template]")
{
    SECTION("unknown placeholder")
    {
        const auto parsed = MessageTemplateRules::parse(QStringLiteral("Hi {nmae}"));
        CHECK_FALSE(parsed.ok());
        CHECK(parsed.problem.contains(QStringLiteral("{nmae}")));
        CHECK(parsed.problem.contains(QStringLiteral("{name}, {tier}, {points}, {coupon}, {style}")));
    }
    SECTION("empty placeholder")
    {
        CHECK(MessageTemplateRules::parse(QStringLiteral("Hi {}")).problem.contains(QStringLiteral("{}")));
    }
    SECTION("unclosed brace")
    {
        const auto parsed = MessageTemplateRules::parse(QStringLiteral("Hi {name"));
        CHECK_FALSE(parsed.ok());
        CHECK(parsed.problem.contains(QStringLiteral("{name")));
        CHECK_FALSE(MessageTemplateRules::parse(QStringLiteral("Hi {na{name}")).ok());
    }
    SECTION("lone closing brace")
    {
        CHECK_FALSE(MessageTemplateRules::parse(QStringLiteral("Hi name}")).ok());
    }
    SECTION("empty body")
    {
        CHECK_FALSE(MessageTemplateRules::parse(QString()).ok());
        const auto problem = MessageTemplateRules::check(withBody(QStringLiteral("   ")));
        REQUIRE(problem);
        CHECK(problem->field == QStringLiteral("body"));
    }
    SECTION("no name")
    {
        MessageTemplate t = withBody(QStringLiteral("Hello"));
        t.name = QStringLiteral("  ");
        REQUIRE(MessageTemplateRules::check(t));
        CHECK(MessageTemplateRules::check(t)->field == QStringLiteral("name"));
    }
    SECTION("a good template passes")
    {
        CHECK_FALSE(MessageTemplateRules::check(withBody(QStringLiteral("{name}: {coupon}"))));
    }
}

TEST_CASE("Filling puts every value in its place", "[message_template]")
{
    const FilledMessage filled = MessageTemplateRules::fill(
        withBody(QStringLiteral("{name}您好，{tier}会员积分{points}，送您{coupon}，{style}到新色了")),
        allValues());
    CHECK(filled.text == QStringLiteral("王芳您好，金卡会员积分1200，送您满500减50，A1001到新色了"));
    CHECK(filled.missing.isEmpty());
}

TEST_CASE("A missing value is left out and reported", "[message_template]")
{
    MessageValues values = allValues();
    values.style.clear();
    values.coupon.clear();

    SECTION("Chinese text")
    {
        const FilledMessage filled = MessageTemplateRules::fill(
            withBody(QStringLiteral("{name}，您买的{style}有新色了，{coupon}")), values);
        CHECK(filled.text == QStringLiteral("王芳，您买的有新色了，"));
        CHECK(filled.missing == QList<Placeholder>{Placeholder::Style, Placeholder::Coupon});
    }
    SECTION("no double spaces in English")
    {
        const FilledMessage filled = MessageTemplateRules::fill(
            withBody(QStringLiteral("Hi {name}, the {style} you bought is back. Bring {coupon}")), values);
        CHECK(filled.text == QStringLiteral("Hi 王芳, the you bought is back. Bring"));
    }
    SECTION("no space before punctuation, none at the start")
    {
        values.name.clear();
        const FilledMessage filled = MessageTemplateRules::fill(
            withBody(QStringLiteral("Dear {name}, hello. {style} {name} ok")), values);
        CHECK(filled.text == QStringLiteral("Dear, hello. ok"));
        CHECK(filled.missing == QList<Placeholder>{Placeholder::Name, Placeholder::Style});
        CHECK(MessageTemplateRules::fill(withBody(QStringLiteral("{name} welcome")), values).text
            == QStringLiteral("welcome"));
    }
    SECTION("a blank value counts as missing")
    {
        values.name = QStringLiteral("  ");
        CHECK(MessageTemplateRules::fill(withBody(QStringLiteral("Hi {name}!")), values).missing
            == QList<Placeholder>{Placeholder::Name});
    }
}

TEST_CASE("Placeholder and language codes round-trip", "[message_template]")
{
    for (Placeholder p : {Placeholder::Name, Placeholder::Tier, Placeholder::Points, Placeholder::Coupon,
             Placeholder::Style}) {
        CHECK(placeholderFromCode(toCode(p)) == p);
        CHECK_FALSE(MessageTemplateRules::missingMessage(p).isEmpty());
    }
    CHECK(messageLanguageFromCode(QStringLiteral("zh_CN")) == MessageLanguage::Chinese);
    CHECK(messageLanguageFromCode(QStringLiteral("en")) == MessageLanguage::English);
    CHECK_FALSE(messageLanguageFromCode(QStringLiteral("fr")));
}
