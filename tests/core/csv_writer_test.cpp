#include "core/csv_writer.h"

#include <QBuffer>

#include <catch2/catch.hpp>

using atelier::CsvWriter;

TEST_CASE("CSV fields are quoted as RFC 4180 says", "[core][csv]")
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(buffer);
    csv.writeByteOrderMark();
    csv.writeRow({QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
        QStringLiteral("two\nlines"), QStringLiteral("张三丰"), QString()});
    csv.writeRow({QStringLiteral("x")});
    CHECK_FALSE(csv.hasError());
    const QByteArray expected = QByteArray("\xEF\xBB\xBF")
        + QStringLiteral("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",张三丰,\r\nx\r\n").toUtf8();
    CHECK(buffer.data() == expected);
}

TEST_CASE("a CSV write to a closed device is reported", "[core][csv]")
{
    QBuffer buffer; // not opened
    CsvWriter csv(buffer);
    csv.writeRow({QStringLiteral("x")});
    CHECK(csv.hasError());
}
