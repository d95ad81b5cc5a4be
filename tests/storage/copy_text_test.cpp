#include "storage/copy_text.h"

#include <QString>

#include <catch2/catch.hpp>

using namespace atelier;

TEST_CASE("COPY text escapes what would end a value and reads it back", "[move]")
{
    QByteArray line;
    const QByteArray awkward("a\tb\\c\nd\re");
    copy_text::append(line, QByteArrayView(awkward));
    line += '\t';
    copy_text::append(line, std::nullopt);
    line += '\t';
    copy_text::append(line, QByteArrayView(""));
    line += '\t';
    copy_text::append(line, QByteArrayView("\\N"));
    CHECK(line == QByteArray("a\\tb\\\\c\\nd\\re\t\\N\t\t\\\\N"));

    const auto values = copy_text::split(line);
    REQUIRE(values.size() == 4);
    CHECK(values[0] == awkward);
    CHECK_FALSE(values[1].has_value());
    CHECK(values[2] == QByteArray());
    CHECK(values[3] == QByteArray("\\N"));
}

TEST_CASE("COPY text from UTF-16 escapes the same and keeps other scripts whole", "[import]")
{
    QByteArray line;
    copy_text::append(line, QStringView(u"a\tb\\c\nd\re"));
    line += '\t';
    copy_text::append(line, QStringView(u"李娜\t"));
    line += '\t';
    copy_text::append(line, QStringView(QString(200, u'x'))); // longer than the stack's buffer
    CHECK(line
        == QByteArray("a\\tb\\\\c\\nd\\re\t") + QStringLiteral("李娜").toUtf8() + "\\t\t"
            + QByteArray(200, 'x'));
    const auto values = copy_text::split(line);
    REQUIRE(values.size() == 3);
    CHECK(QString::fromUtf8(*values[1]) == QStringLiteral("李娜\t"));
}

TEST_CASE("A table's digest tells NULL from '' and where one value ends", "[move]")
{
    const auto digestOf = [](std::initializer_list<copy_text::Value> row) {
        TableDigest digest;
        for (const copy_text::Value &value : row)
            digest.add(value);
        digest.endRow();
        return digest.sha256Hex();
    };
    CHECK(digestOf({std::nullopt}) != digestOf({QByteArrayView("")}));
    CHECK(digestOf({QByteArrayView("ab"), QByteArrayView("c")})
        != digestOf({QByteArrayView("a"), QByteArrayView("bc")}));
    CHECK(digestOf({QByteArrayView("1")}) == digestOf({QByteArrayView("1")}));
}
