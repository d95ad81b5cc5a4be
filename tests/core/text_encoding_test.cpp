#include "core/csv_reader.h"
#include "core/text_encoding.h"

#include <QBuffer>
#include <QStringEncoder>

#include <catch2/catch.hpp>

using namespace atelier;

namespace {

// Test data in plain literals (the build forbids implicit const char* to QString).
[[maybe_unused]] QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

const QString chinese = QStringLiteral("单号,款号,数量\nA1,连衣裙-黑,2\n");

QStringList secondRecord(const QByteArray &bytes, TextEncoding encoding)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, encoding);
    QStringList fields;
    reader.next(fields);
    reader.next(fields);
    return fields;
}

} // namespace

TEST_CASE("UTF-8 with and without a BOM is detected as UTF-8", "[core][import]")
{
    const QByteArray utf8 = chinese.toUtf8();
    EncodingGuess plain = TextEncodings::detect(utf8);
    CHECK(plain.encoding == TextEncoding::Utf8);
    CHECK_FALSE(plain.byteOrderMark);
    const EncodingGuess bom = TextEncodings::detect("\xEF\xBB\xBF" + utf8);
    CHECK(bom.encoding == TextEncoding::Utf8);
    CHECK(bom.byteOrderMark);
    CHECK(secondRecord("\xEF\xBB\xBF" + utf8, TextEncoding::Utf8).at(1) == QStringLiteral("连衣裙-黑"));
    // A character cut at the end of the sniffing window does not make the file GB18030.
    CHECK(TextEncodings::detect(utf8.left(utf8.indexOf('\n') + 5)).encoding == TextEncoding::Utf8);
}

TEST_CASE("GB18030 bytes (Excel on a Chinese Windows) are detected and decoded", "[core][import]")
{
    QStringEncoder encoder("GB18030");
    REQUIRE(encoder.isValid());
    const QByteArray gb = encoder.encode(chinese);
    REQUIRE(gb != chinese.toUtf8());
    CHECK(TextEncodings::detect(gb).encoding == TextEncoding::Gb18030);
    CHECK(secondRecord(gb, TextEncoding::Gb18030) == strings({"A1", "连衣裙-黑", "2"}));
}

TEST_CASE("binary data is recognised and encodings are named", "[core][import]")
{
    CHECK(TextEncodings::detect(QByteArray("PK\x03\x04\0\0\x08", 7)).binary);
    CHECK_FALSE(TextEncodings::detect("a,b\n").binary);
    CHECK(TextEncodings::fromName(QStringLiteral("GBK")) == TextEncoding::Gb18030);
    CHECK(TextEncodings::fromName(QStringLiteral("utf-8")) == TextEncoding::Utf8);
    CHECK_FALSE(TextEncodings::fromName(QStringLiteral("latin1")));
}
