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

namespace {

QStringList recordAt(const QByteArray &bytes, TextEncoding encoding, QChar delimiter, int index)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, encoding, delimiter);
    QStringList fields;
    for (int i = 0; i <= index; ++i)
        reader.next(fields);
    return fields;
}

QByteArray encoded(const char *encoding, const QString &text)
{
    QStringEncoder encoder(encoding);
    REQUIRE(encoder.isValid());
    return encoder.encode(text);
}

} // namespace

TEST_CASE("Excel's \"Unicode Text\" (UTF-16LE, byte-order mark, tabs) reads like UTF-8", "[core][import]")
{
    // What Excel writes for 姓名/手机/备注 and two customers, typed byte by byte: FF FE, then each
    // character low byte first, tabs between the columns, CR LF after each row. 名 is 0D 54: a CR byte
    // that is no line end.
    const QByteArray excel = QByteArray::fromHex("fffe d359 0d54 0900 4b62 3a67 0900 0759 e86c 0d00 0a00"
                                                 " 8b73 b382 0900 3100 3300 3800 3000 3000 3100 3300 3800"
                                                 " 3000 3000 3000 0900 385e a25b 0d00 0a00"
                                                 " 4e67 1c5a 0900 3100 3300 3900 3100 3200 3300 3400 3500"
                                                 " 3600 3700 3800 0900 0d00 0a00");
    const EncodingGuess guess = TextEncodings::detect(excel);
    CHECK(guess.encoding == TextEncoding::Utf16Le);
    CHECK(guess.byteOrderMark);
    CHECK(guess.readable());
    CHECK(TextEncodings::refusal(guess).isEmpty());
    CHECK(CsvReader::sniffDelimiter(excel, guess.encoding) == u'\t');
    CHECK(recordAt(excel, guess.encoding, u'\t', 0) == strings({"姓名", "手机", "备注"}));
    CHECK(recordAt(excel, guess.encoding, u'\t', 1) == strings({"王芳", "13800138000", "常客"}));
    CHECK(recordAt(excel, guess.encoding, u'\t', 2) == strings({"李娜", "13912345678", ""}));
    CHECK(TextEncodings::name(guess.encoding) == QStringLiteral("UTF-16LE"));
}

TEST_CASE("UTF-16 CSV files read in either byte order, with or without a byte-order mark", "[core][import]")
{
    const QString text
        = QStringLiteral("单号,款号,数量,备注\nA1,连衣裙-黑,2,\"上衣, 大码\"\nA2,羊毛大衣,1,\n");
    struct Variant
    {
        const char *name;
        QByteArray bom;
        TextEncoding encoding;
    };
    const Variant variants[]
        = {{"UTF-16LE", "\xFF\xFE", TextEncoding::Utf16Le}, {"UTF-16BE", "\xFE\xFF", TextEncoding::Utf16Be},
            {"UTF-16LE", {}, TextEncoding::Utf16Le}, {"UTF-16BE", {}, TextEncoding::Utf16Be}};
    for (const Variant &v : variants) {
        const QByteArray bytes = v.bom + encoded(v.name, text);
        INFO(v.name << (v.bom.isEmpty() ? " without" : " with") << " a byte-order mark");
        const EncodingGuess guess = TextEncodings::detect(bytes);
        CHECK(guess.encoding == v.encoding);
        CHECK(guess.byteOrderMark == !v.bom.isEmpty());
        CHECK(guess.readable());
        CHECK(CsvReader::sniffDelimiter(bytes, guess.encoding) == u',');
        CHECK(recordAt(bytes, guess.encoding, u',', 1) == strings({"A1", "连衣裙-黑", "2", "上衣, 大码"}));
        CHECK(recordAt(bytes, guess.encoding, u',', 2) == strings({"A2", "羊毛大衣", "1", ""}));
    }
    CHECK(TextEncodings::fromName(QStringLiteral("UTF-16")) == TextEncoding::Utf16Le);
    CHECK(TextEncodings::fromName(QStringLiteral("utf-16be")) == TextEncoding::Utf16Be);
}

TEST_CASE("short GB18030 files with few Chinese characters stay GB18030", "[core][import]")
{
    // ICU's detector calls these ISO-8859-1 (up to 66 %) and GB18030 only "possible": a till's export
    // with one Chinese word in it is still what a Chinese Excel writes.
    const char *const texts[] = {"单号,款号,数量\nA1,连衣裙-黑,2\n",
        "date,sku,qty,customer\n2026-01-02,A123,2,王芳\n2026-01-03,B77,1,Li\n",
        "order,sku,qty,price\n1001,SK-1,2,199.00\n1002,SK-2,1,299.00\n1005,黑,1,10\n", "姓名\n龘\n"};
    for (const char *text : texts) {
        const QByteArray gb = encoded("GB18030", QString::fromUtf8(text));
        INFO(text);
        const EncodingGuess guess = TextEncodings::detect(gb);
        CHECK(guess.encoding == TextEncoding::Gb18030);
        CHECK(guess.readable());
    }
    // Valid UTF-8 is always UTF-8, even when ICU would hesitate.
    CHECK(TextEncodings::detect("1005,\xE9\xBB\x91,1\n").encoding == TextEncoding::Utf8);
}

TEST_CASE("text in an encoding the app does not read is refused, naming what it looks like", "[core][import]")
{
    struct Foreign
    {
        const char *encoding;
        const char *text;
        const char *named;
    };
    const Foreign cases[] = {
        {"Big5", "姓名,電話\n王芳,0912345678\n李娜,0922333444\n張偉,0933444555\n劉洋,0911222333\n", "Big5"},
        {"Shift_JIS", "名前,電話\n山田太郎,090-1234-5678\n鈴木花子,080-1111-2222\nさとう,070\n", "Shift_JIS"},
        {"ISO-8859-1", "nom,ville,montant\nRené Lefèvre,Besançon,12\nHélène Dupré,Orléans,7\n", "ISO-8859-1"},
    };
    for (const Foreign &c : cases) {
        INFO(c.encoding);
        const EncodingGuess guess = TextEncodings::detect(encoded(c.encoding, QString::fromUtf8(c.text)));
        CHECK_FALSE(guess.readable());
        CHECK_FALSE(guess.binary);
        CHECK(guess.foreign == QString::fromLatin1(c.named));
        const QString sentence = TextEncodings::refusal(guess);
        CHECK(sentence.contains(QString::fromLatin1(c.named)));
        CHECK(sentence.contains(QStringLiteral("CSV UTF-8")));
    }
    const EncodingGuess utf32 = TextEncodings::detect(QByteArray("\xFF\xFE\0\0a\0\0\0", 8));
    CHECK(utf32.foreign == QStringLiteral("UTF-32"));
    CHECK(TextEncodings::refusal(utf32).contains(QStringLiteral("UTF-32")));
}

TEST_CASE("binary files are refused with a sentence that says what they look like", "[core][import]")
{
    const EncodingGuess xlsx = TextEncodings::detect(QByteArray("PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0", 14));
    CHECK(xlsx.binary);
    CHECK(xlsx.binaryKind == BinaryKind::Zip);
    CHECK(TextEncodings::refusal(xlsx).contains(QStringLiteral(".xlsx")));
    const EncodingGuess xls
        = TextEncodings::detect(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", 12));
    CHECK(xls.binaryKind == BinaryKind::OldOffice);
    CHECK(TextEncodings::refusal(xls).contains(QStringLiteral(".xls")));
    const EncodingGuess png = TextEncodings::detect(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    CHECK(png.binary);
    CHECK(png.binaryKind == BinaryKind::Other);
    CHECK(TextEncodings::refusal(png).contains(QStringLiteral("binary data")));
    // A database: ASCII among runs of NUL bytes, which UTF-16 text never has.
    QByteArray sqlite("SQLite format 3\0", 16);
    sqlite += QByteArray(64, '\0') + "CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT)"
        + QByteArray(32, '\0');
    CHECK(TextEncodings::detect(sqlite).binary);
}
