#include "core/import_values.h"

#include <catch2/catch.hpp>

using namespace atelier;

namespace {

std::optional<qint64> fen(const QString &text)
{
    qint64 value = 0;
    QString why;
    if (!ImportValues::money(text, value, why)) {
        CHECK_FALSE(why.isEmpty());
        return std::nullopt;
    }
    return value;
}

} // namespace

TEST_CASE("import prices take currency signs and thousands separators", "[core][import]")
{
    CHECK(fen(QStringLiteral("2.55")) == 255);
    CHECK(fen(QStringLiteral("¥1,234.50")) == 123450);
    CHECK(fen(QStringLiteral("1234.5元")) == 123450);
    CHECK(fen(QStringLiteral("￥ 88")) == 8800);
    CHECK(fen(QStringLiteral("£2.550")) == 255);
    CHECK(fen(QStringLiteral("$3")) == 300);
    CHECK(fen(QStringLiteral("-11062.06")) == -1106206);
    CHECK(fen(QStringLiteral("1,234,567")) == 123456700);
    CHECK_FALSE(fen(QStringLiteral("0.001")));
    CHECK_FALSE(fen(QStringLiteral("12,34")));
    CHECK_FALSE(fen(QStringLiteral("1.2E+3")));
    CHECK_FALSE(fen(QStringLiteral("abc")));
    CHECK_FALSE(fen(QString()));
}

TEST_CASE("import quantities are whole pieces and may be negative", "[core][import]")
{
    int q = 0;
    QString why;
    CHECK((ImportValues::quantity(QStringLiteral("6"), q, why) && q == 6));
    CHECK((ImportValues::quantity(QStringLiteral("-12"), q, why) && q == -12));
    CHECK((ImportValues::quantity(QStringLiteral("3.0"), q, why) && q == 3));
    CHECK_FALSE(ImportValues::quantity(QStringLiteral("1.5"), q, why));
    CHECK_FALSE(ImportValues::quantity(QStringLiteral("two"), q, why));
    CHECK_FALSE(why.isEmpty());
}

TEST_CASE("import dates come in the three common formats", "[core][import]")
{
    const int offset = 8 * 3600;
    const QDateTime expected(QDate(2011, 12, 9), QTime(8, 50), Qt::OffsetFromUTC, offset);
    QDateTime at;
    QString why;
    REQUIRE(ImportValues::dateTime(QStringLiteral("2011-12-09 08:50"), offset, at, why));
    CHECK(at == expected);
    REQUIRE(ImportValues::dateTime(QStringLiteral("2011-12-09 08:50:00"), offset, at, why));
    CHECK(at == expected);
    REQUIRE(ImportValues::dateTime(QStringLiteral("12/9/2011 8:50"), offset, at, why));
    CHECK(at == expected);
    REQUIRE(ImportValues::dateTime(QStringLiteral("2011/12/09"), offset, at, why));
    CHECK(at == QDateTime(QDate(2011, 12, 9), QTime(0, 0), Qt::OffsetFromUTC, offset));
    CHECK(at.offsetFromUtc() == offset);
    CHECK_FALSE(ImportValues::dateTime(QStringLiteral("2011-13-09"), offset, at, why));
    CHECK_FALSE(ImportValues::dateTime(QStringLiteral("yesterday"), offset, at, why));
    CHECK_FALSE(ImportValues::dateTime(QStringLiteral("9.12.2011"), offset, at, why));
    CHECK(why.contains(QStringLiteral("9.12.2011")));
}

TEST_CASE("import phones are normalised and scientific notation is refused", "[core][import]")
{
    QString digits;
    QString why;
    CHECK((ImportValues::phone(QStringLiteral("138 0013 8000"), digits, why)
        && digits == QStringLiteral("13800138000")));
    CHECK((ImportValues::phone(QStringLiteral("+86 138-0013-8000"), digits, why)
        && digits == QStringLiteral("13800138000")));
    CHECK_FALSE(ImportValues::phone(QStringLiteral("1.38E+10"), digits, why));
    CHECK(why.contains(QStringLiteral("scientific")));
    CHECK_FALSE(ImportValues::phone(QStringLiteral("12345"), digits, why));
}

TEST_CASE("till customer numbers lose an Excel '.0'", "[core][import]")
{
    QString id;
    QString why;
    CHECK((ImportValues::externalId(QStringLiteral("17850.0"), id, why) && id == QStringLiteral("17850")));
    CHECK(
        (ImportValues::externalId(QStringLiteral("VIP-0012"), id, why) && id == QStringLiteral("VIP-0012")));
    CHECK_FALSE(ImportValues::externalId(QStringLiteral("1.785E+4"), id, why));
}
