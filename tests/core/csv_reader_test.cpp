#include "core/csv_reader.h"
#include "core/import_mapping.h"

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

struct Record
{
    qint64 line;
    QStringList fields;
};

QList<Record> readAll(const QByteArray &bytes, QChar delimiter = u',')
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, TextEncoding::Utf8, delimiter);
    QList<Record> records;
    QStringList fields;
    while (reader.next(fields))
        records.append({reader.lineNumber(), fields});
    return records;
}

} // namespace

TEST_CASE("csv reader splits plain records and numbers their lines", "[core][import]")
{
    const QList<Record> r = readAll("a,b,c\r\n1,2,3\r\n\r\n4,,6\n");
    REQUIRE(r.size() == 3);
    CHECK(r[0].fields == strings({"a", "b", "c"}));
    CHECK(r[1].line == 2);
    CHECK(r[2].line == 4); // the blank line 3 is skipped but counted
    CHECK(r[2].fields == strings({"4", "", "6"}));
}

TEST_CASE("csv reader keeps quoted delimiters, doubled quotes and line breaks", "[core][import]")
{
    const QList<Record> r = readAll("id,note\n1,\"red, \"\"silk\"\"\nsecond line\"\n2,plain\n3,\"a\r\nb\"");
    REQUIRE(r.size() == 4);
    CHECK(r[1].fields.at(1) == QStringLiteral("red, \"silk\"\nsecond line"));
    CHECK(r[1].line == 2);
    CHECK(r[2].line == 4); // the record after the two-line field starts on line 4
    CHECK(r[3].fields.at(1) == QStringLiteral("a\r\nb"));
    CHECK(r[3].line == 5);
}

TEST_CASE("csv reader drops a byte-order mark and reads other delimiters", "[core][import]")
{
    const QList<Record> r = readAll("\xEF\xBB\xBFname;price\n\xE8\xBF\x9E\xE8\xA1\xA3\xE8\xA3\x99;12", u';');
    REQUIRE(r.size() == 2);
    CHECK(r[0].fields.first() == QStringLiteral("name"));
    CHECK(r[1].fields == strings({"连衣裙", "12"}));
    CHECK(readAll("a\tb\n1\t2", u'\t')[1].fields == strings({"1", "2"}));
    CHECK(readAll("a|b\n1|2", u'|')[1].fields == strings({"1", "2"}));
}

TEST_CASE("csv reader sniffs the delimiter from the header", "[core][import]")
{
    CHECK(CsvReader::sniffDelimiter(QStringLiteral("a,b,c")) == u',');
    CHECK(CsvReader::sniffDelimiter(QStringLiteral("a;b;\"x,y,z\"")) == u';');
    CHECK(CsvReader::sniffDelimiter(QStringLiteral("a\tb\tc")) == u'\t');
    CHECK(CsvReader::sniffDelimiter(QStringLiteral("a|b")) == u'|');
    CHECK(CsvReader::sniffDelimiter(QStringLiteral("single")) == u',');
}

TEST_CASE("csv reader sniffs the delimiter from a file's first bytes in its encoding", "[core][import]")
{
    // GB18030 "单号;款号,x" quoted, then rows: only the first line counts.
    QStringEncoder gb("GB18030");
    const QByteArray head = gb.encode(QStringLiteral("单号;款号;\"备注,说明\"\n1,2,3,4,5\n"));
    CHECK(CsvReader::sniffDelimiter(head, TextEncoding::Gb18030) == u';');
    CHECK(CsvReader::sniffDelimiter(QByteArray("a\tb\tc"), TextEncoding::Utf8) == u'\t'); // no line end
}

TEST_CASE("csv reader streams a file far larger than its chunk", "[core][import]")
{
    QByteArray bytes = "n,text\n";
    for (int i = 0; i < 50000; ++i)
        bytes += QByteArray::number(i) + ",\"some text, quoted\nover two lines\"\n";
    const QList<Record> r = readAll(bytes);
    REQUIRE(r.size() == 50001);
    CHECK(r.last().fields.first() == QStringLiteral("49999"));
    CHECK(r.last().line == 2 + 2 * 49999);
}

TEST_CASE("csv reader reports an unterminated quote at the end", "[core][import]")
{
    QBuffer buffer;
    buffer.setData("a,b\n1,\"open");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, TextEncoding::Utf8);
    QStringList fields;
    REQUIRE(reader.next(fields));
    CHECK_FALSE(reader.unterminatedQuote());
    REQUIRE(reader.next(fields));
    CHECK(reader.unterminatedQuote());
    CHECK_FALSE(reader.next(fields));
}

TEST_CASE("an import mapping round-trips through its spec and finds its columns", "[core][import]")
{
    const ParsedMapping parsed = ImportMapping::parse(QStringLiteral(
        "invoice=InvoiceNo, style=StockCode,quantity=Quantity,date=InvoiceDate,price=UnitPrice,"
        "customer=CustomerID"));
    REQUIRE(parsed.ok());
    CHECK(parsed.error.isEmpty());
    const ImportMapping &mapping = *parsed.mapping;
    CHECK(ImportMapping::parse(mapping.toSpec()).mapping == mapping);
    const ResolvedColumns columns = mapping.resolve(strings(
        {"InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", " customerid "}));
    REQUIRE(columns.ok());
    CHECK(columns.columns->at(static_cast<std::size_t>(ImportField::Customer)) == 6);
    CHECK(columns.columns->at(static_cast<std::size_t>(ImportField::Phone)) == -1);
}

TEST_CASE("a spec or a header that does not fit is refused with its sentence", "[core][import]")
{
    const ImportMapping mapping = *ImportMapping::parse(
        QStringLiteral(
            "invoice=InvoiceNo,style=StockCode,quantity=Quantity,date=InvoiceDate,price=UnitPrice"))
                                       .mapping;
    const ResolvedColumns missing = mapping.resolve(strings({"InvoiceNo", "StockCode"}));
    CHECK_FALSE(missing.columns);
    CHECK(missing.error == QStringLiteral("The file has no column \"Quantity\" (for \"quantity\")."));

    const ResolvedColumns unmapped = ImportMapping().resolve(strings({"InvoiceNo"}));
    CHECK_FALSE(unmapped.columns);
    CHECK(unmapped.error == QStringLiteral("The mapping does not say which column holds \"invoice\"."));

    const ParsedMapping noQuantity = ImportMapping::parse(QStringLiteral("invoice=A,style=B"));
    CHECK_FALSE(noQuantity.mapping);
    CHECK(noQuantity.error == QStringLiteral("The mapping does not say which column holds \"quantity\"."));
    for (const char *spec : {"colour", "bogus=X,invoice=A", "style="}) {
        const ParsedMapping malformed = ImportMapping::parse(QString::fromUtf8(spec));
        CHECK_FALSE(malformed.mapping);
        CHECK(malformed.error.contains(QStringLiteral("is not field=column; the fields are invoice, style")));
    }
}

TEST_CASE("records of different lengths read into one list, and kept copies stay as they were", "[core][csv]")
{
    QBuffer buffer;
    buffer.setData("a,bb,ccc\nd\n\"e,\"\"f\"\"\",g,h,i\n,\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, TextEncoding::Utf8);
    QStringList fields;
    REQUIRE(reader.next(fields));
    const QStringList first = fields;
    CHECK(fields == strings({"a", "bb", "ccc"}));
    REQUIRE(reader.next(fields));
    CHECK(fields == strings({"d"}));
    REQUIRE(reader.next(fields));
    CHECK(fields == strings({"e,\"f\"", "g", "h", "i"}));
    REQUIRE(reader.next(fields));
    CHECK(fields == strings({"", ""}));
    CHECK_FALSE(reader.next(fields));
    CHECK(fields.isEmpty());
    CHECK(first == strings({"a", "bb", "ccc"}));
}

TEST_CASE("a tab wins a tie with a comma in a header line", "[core][import]")
{
    // Excel's "Unicode Text" quotes only fields with tabs, quotes or line breaks.
    CHECK(CsvReader::sniffDelimiter(QStringLiteral("名称\t价格(元, 含税)")) == u'\t');
    CHECK(CsvReader::sniffDelimiter(QStringLiteral("a,b\tc,d")) == u',');
    CHECK(CsvReader::sniffDelimiter(QStringLiteral("a;b,c")) == u',');
}
