#include "core/contact_mask.h"
#include "core/phone_number.h"

#include <catch2/catch.hpp>

using atelier::ContactMask;
using atelier::PhoneNumber;
using Problem = PhoneNumber::Problem;
using Kind = PhoneNumber::Kind;

namespace {

struct Case
{
    const char16_t *input;
    Problem problem;
    const char16_t *digits; // expected when valid
    Kind kind;
};

} // namespace

TEST_CASE("phone numbers are normalised and validated", "[core][phone]")
{
    const Case cases[] = {
        {u"13800138000", Problem::None, u"13800138000", Kind::Mobile},
        {u"+86 138-0013-8000", Problem::None, u"13800138000", Kind::Mobile},
        {u"0086 13800138000", Problem::None, u"13800138000", Kind::Mobile},
        {u"008613800138000", Problem::None, u"13800138000", Kind::Mobile},
        {u"8613800138000", Problem::None, u"13800138000", Kind::Mobile},
        {u"+8613800138000", Problem::None, u"13800138000", Kind::Mobile},
        {u"138 0013 8000", Problem::None, u"13800138000", Kind::Mobile},
        {u"  138.0013.8000  ", Problem::None, u"13800138000", Kind::Mobile},
        {u"(138)00138000", Problem::None, u"13800138000", Kind::Mobile},
        {u"１３８００１３８０００", Problem::None, u"13800138000", Kind::Mobile}, // full-width digits
        {u"19912345678", Problem::None, u"19912345678", Kind::Mobile},
        {u"010-12345678", Problem::None, u"01012345678", Kind::Landline},
        {u"0571-8888888", Problem::None, u"05718888888", Kind::Landline},
        {u"0571 88888888", Problem::None, u"057188888888", Kind::Landline},
        {u"+86 21 12345678", Problem::None, u"02112345678", Kind::Landline}, // area code without its 0
        {u"+86 10 6552 9988", Problem::None, u"01065529988", Kind::Landline},
        {u"+86 571 8888 8888", Problem::None, u"057188888888", Kind::Landline},
        {u"0138 0013 8000", Problem::None, u"13800138000", Kind::Mobile}, // long-distance 0 before a mobile
        {u"010 1234 5678", Problem::None, u"01012345678", Kind::Landline},
        {u"", Problem::Empty, u"", Kind::Mobile},
        {u"   ", Problem::Empty, u"", Kind::Mobile},
        {u"1380013800", Problem::WrongLength, u"", Kind::Mobile}, // 10 digits
        {u"138001380001", Problem::WrongLength, u"", Kind::Mobile}, // 12 digits
        {u"12345678901", Problem::NotMobilePrefix, u"", Kind::Mobile},
        {u"23800138000", Problem::NotMobilePrefix, u"", Kind::Mobile},
        {u"138abc38000", Problem::InvalidCharacters, u"", Kind::Mobile},
        {u"phone", Problem::InvalidCharacters, u"", Kind::Mobile},
        {u"138😀00138000", Problem::InvalidCharacters, u"", Kind::Mobile},
        {u"'; DROP TABLE customers; --", Problem::InvalidCharacters, u"", Kind::Mobile},
        {u"0571-12345", Problem::LandlineTooShort, u"", Kind::Mobile},
        {u"0571-123456789", Problem::WrongLength, u"", Kind::Mobile},
        {u"+", Problem::InvalidCharacters, u"", Kind::Mobile},
    };
    for (const Case &c : cases) {
        const QString input = QString::fromUtf16(c.input);
        INFO("input: " << input.toStdString());
        const PhoneNumber::Parsed parsed = PhoneNumber::parse(input);
        CHECK(parsed.problem == c.problem);
        if (c.problem == Problem::None) {
            CHECK(parsed.digits == QString::fromUtf16(c.digits));
            CHECK(parsed.kind == c.kind);
        } else {
            CHECK_FALSE(PhoneNumber::problemText(parsed.problem).isEmpty());
        }
    }
}

TEST_CASE("phone numbers are masked where the full number is not needed", "[core][phone]")
{
    CHECK(PhoneNumber::mask(QStringLiteral("13812345678")) == QStringLiteral("138****5678"));
    CHECK(PhoneNumber::mask(QStringLiteral("057188888888")) == QStringLiteral("0571****8888"));
    CHECK(PhoneNumber::mask(QStringLiteral("01012345678")) == QStringLiteral("010****5678"));
    CHECK(PhoneNumber::mask(QStringLiteral("123")) == QStringLiteral("***"));
    const auto number = PhoneNumber::fromParsed(PhoneNumber::parse(QStringLiteral("+86 138-0013-8000")));
    CHECK(number.masked() == QStringLiteral("138****8000"));
    CHECK(number.formatted() == QStringLiteral("138 0013 8000"));
}

TEST_CASE("a match in the middle of a number shows only the typed digits", "[core][phone]")
{
    CHECK(PhoneNumber::maskShowing(QStringLiteral("15656783426"), QStringLiteral("5678"))
        == QStringLiteral("***5678****"));
    CHECK(PhoneNumber::maskShowing(QStringLiteral("15656783426"), QStringLiteral("0000"))
        == QStringLiteral("156****3426"));
    CHECK(
        PhoneNumber::maskShowing(QStringLiteral("15656783426"), QString()) == QStringLiteral("156****3426"));
}

TEST_CASE("digitsOnly keeps the digits a clerk typed", "[core][phone]")
{
    CHECK(PhoneNumber::digitsOnly(QStringLiteral(" 56-78 ")) == QStringLiteral("5678"));
    CHECK(PhoneNumber::digitsOnly(QStringLiteral("abc")).isEmpty());
}

TEST_CASE(
    "contact details read masked: WeChat ids by their ends, birthdays without the year", "[core][privacy]")
{
    CHECK(ContactMask::weChat(QStringLiteral("wangfang_0612")) == QStringLiteral("wa****12"));
    CHECK(ContactMask::weChat(QStringLiteral("abcd")) == QStringLiteral("****"));
    CHECK(ContactMask::weChat(QString()).isEmpty());
    CHECK(ContactMask::birthday(QDate(1990, 6, 15)) == QStringLiteral("06-15"));
    CHECK(ContactMask::birthday(QDate()).isEmpty());
}

TEST_CASE("a number whose area code would start with 00 is refused", "[core][phone]")
{
    // 0086 twice: taken as the area code 0086 it was stored as digits that read back as a mobile cut short.
    CHECK(PhoneNumber::parse(QStringLiteral("00860086-1380000")).problem == Problem::WrongLength);
    CHECK(PhoneNumber::parse(QStringLiteral("0086 0086 138 0000")).problem == Problem::WrongLength);
    CHECK(PhoneNumber::parse(QStringLiteral("0044 20 7946 0000")).problem == Problem::WrongLength);
}
