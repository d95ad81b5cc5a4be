#include "core/export_columns.h"

#include <catch2/catch.hpp>

using namespace atelier;

TEST_CASE("export columns parse from codes in the order given", "[core][export]")
{
    const ColumnChoice choice
        = ExportColumns::parse(ExportSource::Archive, QStringLiteral("phone, name,birthday"));
    REQUIRE(choice.ok());
    CHECK(choice.columns
        == QList<ExportColumn>{ExportColumn::Phone, ExportColumn::Name, ExportColumn::Birthday});
    CHECK(ExportColumns::codes(choice.columns).join(u',') == QStringLiteral("phone,name,birthday"));
    CHECK(ExportColumns::type(ExportColumn::Phone) == ColumnType::Text);
    CHECK(ExportColumns::type(ExportColumn::CustomerId) == ColumnType::Number);
    CHECK(ExportColumns::type(ExportColumn::Spend) == ColumnType::Money);
    CHECK(ExportColumns::type(ExportColumn::RegisteredOn) == ColumnType::Date);
}

TEST_CASE("an unknown, repeated or foreign export column is refused by name", "[core][export]")
{
    const ColumnChoice unknown = ExportColumns::parse(ExportSource::Archive, QStringLiteral("name,shoesize"));
    CHECK_FALSE(unknown.ok());
    CHECK(unknown.error.contains(QStringLiteral("\"shoesize\"")));
    CHECK(unknown.error.contains(QStringLiteral("shoe_size")));

    CHECK(ExportColumns::parse(ExportSource::Archive, QStringLiteral("name,name"))
              .error.contains(QStringLiteral("twice")));
    // Spend is a Tiers list column; the archive has no spend.
    CHECK_FALSE(ExportColumns::parse(ExportSource::Archive, QStringLiteral("spend")).ok());
    CHECK(ExportColumns::parse(ExportSource::Loyalty, QStringLiteral("spend,tier")).ok());
    CHECK_FALSE(ExportColumns::parse(ExportSource::Loyalty, QStringLiteral("birthday")).ok());
    CHECK_FALSE(ExportColumns::parse(ExportSource::Archive, QStringLiteral(" , ")).ok());
}

TEST_CASE("every export column has a code and a label", "[core][export]")
{
    for (const ExportSource source : {ExportSource::Archive, ExportSource::Loyalty}) {
        for (const ExportColumn column : ExportColumns::available(source)) {
            CHECK_FALSE(ExportColumns::code(column).isEmpty());
            CHECK_FALSE(ExportColumns::label(column).isEmpty());
        }
        CHECK_FALSE(ExportColumns::defaults(source).isEmpty());
    }
    CHECK(ExportColumns::available(ExportSource::Archive).size() == 13);
    CHECK(ExportColumns::available(ExportSource::Loyalty).size() == 8);
}
