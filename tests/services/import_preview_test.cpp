#include "services/import_preview.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace atelier;

namespace {

struct Files
{
    QTemporaryDir dir;
    QString write(const QByteArray &bytes, const QString &name = QStringLiteral("till.csv"))
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }
};

const QByteArray header
    = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";

} // namespace

TEST_CASE("the preview reads the first rows of a large file and stops", "[services][import]")
{
    Files f;
    QByteArray big = header;
    for (int i = 0; i < 400'000; ++i) // about 20 MB
        big += "536365,85123A,\"WHITE\nHEART\",6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom\n";
    const ImportPreview preview = ImportPreviewReader::read(f.write(big));
    REQUIRE(preview.ok());
    CHECK(preview.encoding == TextEncoding::Utf8);
    CHECK(preview.delimiter == u',');
    CHECK(preview.header.size() == 8);
    CHECK(preview.rows.size() == ImportPreviewReader::defaultRows);
    CHECK(preview.rows.first().at(2) == QStringLiteral("WHITE\nHEART"));
    CHECK(preview.lines.first() == 2);
    CHECK(preview.lines.at(1) == 4); // the quoted line break counts as a line, as in an editor
    CHECK_FALSE(preview.undecodable);
}

TEST_CASE("the preview says why a file cannot be imported", "[services][import]")
{
    Files f;
    CHECK(ImportPreviewReader::read(f.write({})).problem == QStringLiteral("The file is empty."));
    CHECK(ImportPreviewReader::read(f.write("\n\n")).problem == QStringLiteral("The file is empty."));
    CHECK(ImportPreviewReader::read(f.write(header)).problem
        == QStringLiteral("The file has a header but no rows."));
    const ImportPreview binary = ImportPreviewReader::read(f.write(QByteArray("PK\3\4\0\0", 6)));
    CHECK(binary.guess.binary);
    CHECK(binary.problem.contains(QStringLiteral(".xlsx"))); // PK: a ZIP file, as an Excel workbook is
    const ImportPreview latin
        = ImportPreviewReader::read(f.write("nom,ville\nRen\xE9 Lef\xE8vre,Besan\xE7on\n"));
    CHECK(latin.guess.foreign == QStringLiteral("ISO-8859-1"));
    CHECK(latin.problem.contains(QStringLiteral("ISO-8859-1")));
    CHECK(ImportPreviewReader::read(f.dir.filePath(QStringLiteral("missing.csv")))
              .problem.startsWith(QStringLiteral("Cannot read")));
}

TEST_CASE("the encoding and delimiter of the preview can be chosen", "[services][import]")
{
    Files f;
    QStringEncoder gb("GB18030");
    const QString path = f.write(gb.encode(QStringLiteral("单号;款号;颜色\n1;A;红色\n")));
    const ImportPreview detected = ImportPreviewReader::read(path);
    CHECK(detected.guess.encoding == TextEncoding::Gb18030);
    CHECK(detected.delimiter == u';');
    CHECK(detected.rows.first().at(2) == QStringLiteral("红色"));

    const ImportPreview utf8 = ImportPreviewReader::read(path, TextEncoding::Utf8);
    CHECK(utf8.undecodable);
    CHECK(utf8.guess.encoding == TextEncoding::Gb18030); // what the bytes say stays known

    const ImportPreview comma = ImportPreviewReader::read(path, std::nullopt, QChar(u','));
    CHECK(comma.header == QStringList{QStringLiteral("单号;款号;颜色")});
}

TEST_CASE("a mapping is guessed from the usual header names", "[services][import]")
{
    const QStringList retail = QString::fromLatin1(header).trimmed().split(u',');
    CHECK(ImportPreviewReader::suggestMapping(retail).toSpec()
        == QStringLiteral(
            "invoice=InvoiceNo,style=StockCode,quantity=Quantity,date=InvoiceDate,price=UnitPrice,"
            "customer=CustomerID"));
    const QStringList chinese = {QStringLiteral("单号"), QStringLiteral("款号"), QStringLiteral("数量"),
        QStringLiteral("销售日期"), QStringLiteral("单价"), QStringLiteral("手机号"), QStringLiteral("尺码")};
    const ImportMapping mapping = ImportPreviewReader::suggestMapping(chinese);
    CHECK(mapping.column(ImportField::Date) == QStringLiteral("销售日期"));
    CHECK(mapping.column(ImportField::Phone) == QStringLiteral("手机号"));
    CHECK(mapping.column(ImportField::Size) == QStringLiteral("尺码"));
    CHECK_FALSE(mapping.isMapped(ImportField::Customer));
    CHECK(mapping.resolve(chinese).ok());
    CHECK(ImportPreviewReader::suggestColumn({QStringLiteral(" Customer ID ")}, ImportField::Customer)
        == QStringLiteral(" Customer ID "));
}

TEST_CASE("the preview of a UTF-16 file names its encoding and reads it", "[services][import]")
{
    Files f;
    QStringEncoder le("UTF-16LE");
    const QString path
        = f.write("\xFF\xFE" + le.encode(QStringLiteral("姓名\t手机\r\n王芳\t13800138000\r\n")),
            QStringLiteral("unicode.txt"));
    const ImportPreview preview = ImportPreviewReader::read(path);
    REQUIRE(preview.ok());
    CHECK(preview.guess.encoding == TextEncoding::Utf16Le);
    CHECK(preview.guess.byteOrderMark);
    CHECK(preview.encoding == TextEncoding::Utf16Le);
    CHECK(preview.delimiter == u'\t');
    CHECK(preview.header == QStringList{QStringLiteral("姓名"), QStringLiteral("手机")});
    CHECK(preview.rows.first() == QStringList{QStringLiteral("王芳"), QStringLiteral("13800138000")});
    CHECK_FALSE(preview.undecodable);
    // Read as UTF-8 by choice, the same bytes are text no longer: what the bytes say stays known.
    const ImportPreview utf8 = ImportPreviewReader::read(path, TextEncoding::Utf8);
    CHECK(utf8.guess.encoding == TextEncoding::Utf16Le);
}
