#include "core/money.h"

#include <catch2/catch.hpp>

using atelier::Money;

TEST_CASE("money parses decimal yuan into fen without floating point", "[core][money]")
{
    CHECK(Money::parse(QStringLiteral("12"))->fen() == 1200);
    CHECK(Money::parse(QStringLiteral("12.3"))->fen() == 1230);
    CHECK(Money::parse(QStringLiteral("12.34"))->fen() == 1234);
    CHECK(Money::parse(QStringLiteral("0.01"))->fen() == 1);
    CHECK(Money::parse(QStringLiteral("¥1,234.50"))->fen() == 123450);
    CHECK(Money::parse(QStringLiteral("4999.99元"))->fen() == 499999);
    CHECK(Money::parse(QStringLiteral("-5.00"))->fen() == -500);
    CHECK_FALSE(Money::parse(QStringLiteral("")));
    CHECK_FALSE(Money::parse(QStringLiteral("1.234")));
    CHECK_FALSE(Money::parse(QStringLiteral("1.")));
    CHECK_FALSE(Money::parse(QStringLiteral("abc")));
    CHECK_FALSE(Money::parse(QStringLiteral("1e5")));
}

TEST_CASE("money formats for forms and for display", "[core][money]")
{
    CHECK(Money::fromFen(123450).toDecimalString() == QStringLiteral("1234.50"));
    CHECK(Money::fromFen(-5).toDecimalString() == QStringLiteral("-0.05"));
    CHECK(Money::fromFen(123450).toDisplayString() == QStringLiteral("¥1,234.50"));
    CHECK((Money::fromYuan(10) * 3).fen() == 3000);
}
