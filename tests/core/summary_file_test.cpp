#include "core/summary_file.h"

#include <QBuffer>

#include <catch2/catch.hpp>

using namespace atelier;

namespace {

SummaryFileContents readText(const QByteArray &text)
{
    QByteArray bytes = text;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return SummaryFile::read(buffer);
}

// The reason given for the row on `line`, or an empty string when it was kept.
QString reasonOn(const SummaryFileContents &contents, qint64 line)
{
    for (const RejectedSummaryRow &rejected : contents.rejected)
        if (rejected.line == line)
            return rejected.reason;
    return {};
}

} // namespace

TEST_CASE("a summary file with our header and zbar is read whole", "[summary_file]")
{
    const SummaryFileContents contents
        = readText("id,x,t_x,T,zbar\n1,2,30.43,38.86,22.35\r\nA7,0,0,38.86,0\n3,1,1.71,38.86,11.77\n");
    REQUIRE(contents.ok());
    CHECK(contents.hasSpend);
    CHECK(contents.rejected.empty());
    REQUIRE(contents.rows.size() == 3);
    CHECK(contents.rows[0].id == QStringLiteral("1"));
    CHECK(contents.rows[0].line == 2);
    CHECK(contents.rows[0].repeat.x == 2);
    CHECK(contents.rows[0].repeat.tx == Approx(30.43));
    CHECK(contents.rows[0].repeat.T == Approx(38.86));
    CHECK(contents.rows[0].spend.x == 2);
    CHECK(contents.rows[0].spend.zbar == Approx(22.35));
    CHECK(contents.rows[1].id == QStringLiteral("A7"));
    CHECK(contents.rows[1].spend.zbar == 0);
    CHECK(contents.rows[2].line == 4);
}

TEST_CASE("CDNOW's header names are accepted, without zbar", "[summary_file]")
{
    const SummaryFileContents contents = readText("ID,frequency,recency,T\n1,2,30.43,38.86\n");
    REQUIRE(contents.ok());
    CHECK_FALSE(contents.hasSpend);
    REQUIRE(contents.rows.size() == 1);
    CHECK(contents.rows[0].spend.zbar == 0);
}

TEST_CASE("the published CDNOW summaries are read without a rejected row", "[summary_file]")
{
    const SummaryFileContents contents = SummaryFile::read(
        QStringLiteral(ATELIER_SHARED_DATA "/cdnow/cdnow_customers_summary_with_transactions.csv"));
    REQUIRE(contents.ok());
    CHECK(contents.hasSpend);
    CHECK(contents.rejected.empty());
    CHECK(contents.rows.size() == 2357);
}

TEST_CASE("each bad row is rejected with its line and reason, the good rows are kept", "[summary_file]")
{
    const SummaryFileContents contents = readText("id,x,t_x,T,zbar\n"
                                                  "1,2,30,38,20\n" // 2 good
                                                  "2,abc,1,38,20\n" // 3
                                                  "3,1,1,-38,20\n" // 4
                                                  "4,1.5,1,38,20\n" // 5
                                                  "5,1,40,38,20\n" // 6
                                                  "6,1,0,38,20\n" // 7
                                                  "7,0,3,38,0\n" // 8
                                                  "8,1,3,38,\n" // 9
                                                  "9,1,3,38,0\n" // 10
                                                  "10,1,3,38,-5\n" // 11
                                                  "1,1,3,38,5\n" // 12 duplicate of line 2
                                                  "11,1,3\n" // 13
                                                  "12,0,0,0,\n" // 14 good: bought today
                                                  "\n"
                                                  ",1,3,38,5\n" // 16
                                                  "13,-1,3,38,5\n" // 17
                                                  "14,nan,3,38,5\n" // 18
                                                  "15,3,2.5,38,12.5\n"); // 19 good
    REQUIRE(contents.ok());
    REQUIRE(contents.rows.size() == 3);
    CHECK(contents.rows[0].line == 2);
    CHECK(contents.rows[1].line == 14);
    CHECK(contents.rows[2].line == 19);
    CHECK(contents.rejected.size() == 14);
    CHECK(reasonOn(contents, 3).contains(QStringLiteral("\"abc\"")));
    CHECK(reasonOn(contents, 3).contains(QStringLiteral("not a number")));
    CHECK(reasonOn(contents, 4).contains(QStringLiteral("T cannot be negative")));
    CHECK(reasonOn(contents, 5).contains(QStringLiteral("whole number")));
    CHECK(reasonOn(contents, 6).contains(QStringLiteral("after T")));
    CHECK(reasonOn(contents, 7).contains(QStringLiteral("time 0")));
    CHECK(reasonOn(contents, 8).contains(QStringLiteral("without a repeat purchase")));
    CHECK(reasonOn(contents, 9).contains(QStringLiteral("zbar is missing")));
    CHECK(reasonOn(contents, 10).contains(QStringLiteral("more than 0")));
    CHECK(reasonOn(contents, 11).contains(QStringLiteral("zbar cannot be negative")));
    CHECK(reasonOn(contents, 12) == QStringLiteral("The id 1 was already on line 2."));
    CHECK(reasonOn(contents, 13).contains(QStringLiteral("3 fields where the header has 5")));
    CHECK(reasonOn(contents, 16).contains(QStringLiteral("id is empty")));
    CHECK(reasonOn(contents, 17).contains(QStringLiteral("x cannot be negative")));
    CHECK(reasonOn(contents, 18).contains(QStringLiteral("not a number")));
}

TEST_CASE("without a zbar column, spend is not checked", "[summary_file]")
{
    const SummaryFileContents contents = readText("id,x,t_x,T\n1,2,30,38\n2,2,30,38,5\n");
    REQUIRE(contents.ok());
    CHECK(contents.rows.size() == 1);
    CHECK(reasonOn(contents, 3).contains(QStringLiteral("5 fields where the header has 4")));
}

TEST_CASE("a rejected row's id does not make a later row a duplicate", "[summary_file]")
{
    const SummaryFileContents contents = readText("id,x,t_x,T\n1,2,40,38\n1,2,30,38\n");
    REQUIRE(contents.rows.size() == 1);
    CHECK(contents.rows[0].line == 3);
}

TEST_CASE("a file without the header, empty or unreadable is refused whole", "[summary_file]")
{
    const SummaryFileContents noHeader = readText("1,2,30.43,38.86\n");
    CHECK_FALSE(noHeader.ok());
    CHECK(noHeader.error.contains(QStringLiteral("header")));
    CHECK(noHeader.rows.empty());
    CHECK_FALSE(readText("id,x,t_x\n1,2,3\n").ok());
    CHECK_FALSE(readText("").ok());
    CHECK_FALSE(readText(QByteArray("id,x,t_x,T\n\0\0\0", 14)).ok());
    const SummaryFileContents missing = SummaryFile::read(QStringLiteral("/nonexistent/summary.csv"));
    CHECK_FALSE(missing.ok());
    CHECK(missing.error.contains(QStringLiteral("Cannot read")));
}

TEST_CASE("a GB18030 file with a semicolon delimiter is read", "[summary_file]")
{
    const SummaryFileContents contents = readText("id;x;t_x;T\n\xb9\xcb\xbf\xcd"
                                                  "1;1;2;5\n");
    REQUIRE(contents.ok());
    REQUIRE(contents.rows.size() == 1);
    CHECK(contents.rows[0].id == QString::fromUtf8("顾客1"));
}
