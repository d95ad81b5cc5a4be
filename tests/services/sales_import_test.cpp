#include "services/counter_search.h"
#include "services/customer_link_import.h"
#include "services/customer_service.h"
#include "services/sale_service.h"
#include "services/sales_import.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <QBuffer>
#include <QFile>
#include <QSqlQuery>
#include <QStringEncoder>

#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::dropTable;
using atelier::testing::readValue;
using atelier::testing::TempStore;

namespace {

const QString onlineRetail = QStringLiteral("invoice=InvoiceNo,style=StockCode,quantity=Quantity,date="
                                            "InvoiceDate,price=UnitPrice,customer=CustomerID");
const QByteArray header
    = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";

struct Fixture
{
    TempStore t;
    SalesImport importer{t.store().database(), t.clock()};

    QString write(const QByteArray &bytes, const QString &name = QStringLiteral("sales.csv"))
    {
        const QString path = t.folder() + u'/' + name;
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }
    SalesImportResult run(const QString &path, bool dryRun = false,
        SalesImportRequest::Policy policy = SalesImportRequest::Policy::ValidRows,
        const QString &spec = onlineRetail, qsizetype listRejectsUpTo = 100000)
    {
        SalesImportRequest request;
        request.listRejectsUpTo = listRejectsUpTo;
        request.path = path;
        request.mapping = *ImportMapping::parse(spec).mapping;
        request.dryRun = dryRun;
        request.policy = policy;
        return importer.run(request);
    }
    qint64 count(const char *table)
    {
        return sql::scalar(t.store().database().connection(),
            QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table)))
            .toLongLong();
    }
    qint64 scalar(const QString &statement)
    {
        return sql::scalar(t.store().database().connection(), statement).toLongLong();
    }
};

const QByteArray smallFile = header
    + "536365,85123A,\"WHITE HANGING\nHEART, T-LIGHT\",6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom\n"
      "536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,3.39,17850.0,United Kingdom\n"
      "536366,22633,HAND WARMER,6,12/1/2010 8:28,1.85,,United Kingdom\n"
      "536367,84879,BIRD ORNAMENT,32,2010/12/01,1.69,13047.0,United Kingdom\n"
      "C536379,85123A,WHITE HANGING,-2,2010-12-02 09:41:00,2.55,17850.0,United Kingdom\n";

} // namespace

TEST_CASE("a till export becomes sales, lines and returns", "[services][import]")
{
    Fixture f;
    const SalesImportResult r = f.run(f.write(smallFile));
    INFO(SalesImport::summary(r).toStdString());
    REQUIRE(r.outcome == SalesImportResult::Outcome::Imported);
    CHECK(r.rowsRead == 5);
    CHECK(r.salesCreated == 3);
    CHECK(r.linesImported == 4);
    CHECK(r.returnsImported == 1);
    CHECK(r.linesWithoutCustomer == 4); // no archive customer carries these till numbers
    CHECK(r.rejected.isEmpty());
    CHECK(f.scalar(QStringLiteral("SELECT sum(total_fen) FROM sales"))
        == 6 * 255 + 6 * 339 + 6 * 185 + 32 * 169);
    CHECK(f.scalar(QStringLiteral("SELECT refund_fen FROM returns")) == 2 * 255);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE external_customer = '17850'")) == 1);
    CHECK(f.count("points_ledger") == 0); // history earns no points
    CHECK(f.count("import_runs") == 1);
}

TEST_CASE("importing the same file twice adds nothing", "[services][import]")
{
    Fixture f;
    const QString path = f.write(smallFile);
    REQUIRE(f.run(path).outcome == SalesImportResult::Outcome::Imported);
    const SalesImportResult again = f.run(path);
    CHECK(again.outcome == SalesImportResult::Outcome::NothingImported);
    CHECK(again.alreadyImported == 5);
    CHECK(again.linesImported == 0);
    CHECK(f.count("sales") == 3);
    CHECK(f.count("sale_lines") == 4);
    CHECK(f.count("returns") == 1);
    CHECK(f.scalar(QStringLiteral("SELECT sum(total_fen) FROM sales"))
        == 6 * 255 + 6 * 339 + 6 * 185 + 32 * 169);
}

TEST_CASE("identical lines in one invoice stay two lines", "[services][import]")
{
    Fixture f;
    const QByteArray twice = "1,A,x,1,2011-01-01 10:00,1.00,7,UK\n";
    const SalesImportResult r = f.run(f.write(header + twice + twice));
    CHECK(r.linesImported == 2);
    CHECK(f.run(f.write(header + twice + twice)).alreadyImported == 2);
}

TEST_CASE("a bad row in the middle is listed with its line and reason", "[services][import]")
{
    Fixture f;
    const QByteArray bad = header
        + "1,A,\"two\nlines\",1,2011-01-01 10:00,1.00,7,UK\n"
          "1,B,ok,1,2011-01-01 10:00,1.00,7,UK\n"
          "2,C,bad date,1,31.12.2011,1.00,7,UK\n"
          "3,D,ok,2,2011-01-02 10:00,\"1,200.00\",,UK\n";
    const SalesImportResult r = f.run(f.write(bad));
    CHECK(r.outcome == SalesImportResult::Outcome::Imported);
    REQUIRE(r.rejected.size() == 1);
    CHECK(r.rejected.first().line == 5);
    CHECK(r.rejected.first().reason.contains(QStringLiteral("31.12.2011")));
    CHECK(r.linesImported == 3);
    CHECK(f.scalar(QStringLiteral("SELECT total_fen FROM sales WHERE external_invoice = '3'")) == 240000);

    QBuffer out;
    out.open(QIODevice::WriteOnly);
    REQUIRE(SalesImport::writeRejects(r, out));
    CHECK(out.data().startsWith("\xEF\xBB\xBFInvoiceNo,StockCode"));
    const QString text = QString::fromUtf8(out.data());
    CHECK(text.contains(QStringLiteral(",line,reason")));
    CHECK(text.contains(QStringLiteral("2,C,bad date,1,31.12.2011,1.00,7,UK,5,")));
}

TEST_CASE("a file of rejected rows is counted whole but listed only up to a limit", "[services][import]")
{
    Fixture f;
    QByteArray rows = header;
    for (int i = 0; i < 50; ++i)
        rows += "1,A,bad date," + QByteArray::number(i) + ",31.12.2011,1.00,7,UK\n";
    rows += "2,B,ok,1,2011-01-02 10:00,1.00,7,UK\n";
    const SalesImportResult r
        = f.run(f.write(rows), false, SalesImportRequest::Policy::ValidRows, onlineRetail, 10);
    CHECK(r.rejectedCount == 50);
    REQUIRE(r.rejected.size() == 10);
    CHECK(r.rejected.last().line == 11);
    CHECK(r.linesImported == 1);
    CHECK(SalesImport::summary(r).contains(QStringLiteral("50 rejected")));
    CHECK(SalesImport::summary(r).contains(QStringLiteral("first 10")));
    // "Nothing" counts every rejected row, listed or not.
    const SalesImportResult refused = f.run(f.write(rows, QStringLiteral("again.csv")), false,
        SalesImportRequest::Policy::Nothing, onlineRetail, 10);
    CHECK(refused.outcome == SalesImportResult::Outcome::NothingImported);
    CHECK(refused.error.contains(QStringLiteral("50")));
}

TEST_CASE("'nothing' policy and dry runs store no sale", "[services][import]")
{
    Fixture f;
    const QString path = f.write(header
        + "1,A,x,1,2011-01-01 10:00,1.00,7,UK\n"
          "2,B,x,1,2011-01-01 10:00,0.001,7,UK\n");
    const SalesImportResult refused = f.run(path, false, SalesImportRequest::Policy::Nothing);
    CHECK(refused.outcome == SalesImportResult::Outcome::NothingImported);
    CHECK(refused.rejected.size() == 1);
    CHECK(f.count("sales") == 0);
    const SalesImportResult dry = f.run(path, true);
    CHECK(dry.outcome == SalesImportResult::Outcome::DryRunPassed);
    CHECK(dry.linesImported == 1);
    CHECK(f.count("sales") == 0);
    CHECK(f.count("sale_lines") == 0);
}

TEST_CASE("a cancelled import leaves nothing behind", "[services][import]")
{
    Fixture f;
    QByteArray bytes = header;
    for (int i = 0; i < 10000; ++i)
        bytes += QByteArray::number(i) + ",A,x,1,2011-01-01 10:00,1.00,7,UK\n";
    SalesImportRequest request;
    request.path = f.write(bytes);
    request.mapping = *ImportMapping::parse(onlineRetail).mapping;
    std::atomic_bool cancel = false;
    int reports = 0;
    const SalesImportResult r = f.importer.run(request, &cancel, [&](qint64 done, qint64 total) {
        CHECK(done <= total);
        ++reports;
        cancel = true;
    });
    CHECK(reports >= 1);
    CHECK(r.outcome == SalesImportResult::Outcome::Cancelled);
    CHECK(f.count("sales") == 0);
    CHECK(f.count("sale_lines") == 0);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM import_runs WHERE result = 'cancelled'")) == 1);
}

TEST_CASE("returns need a customer and an earlier sale with pieces left", "[services][import]")
{
    Fixture f;
    const SalesImportResult r = f.run(f.write(header
        + "1,A,x,2,2011-01-01 10:00,5.00,7,UK\n"
          "C2,A,x,-1,2011-01-02 10:00,5.00,7,UK\n"
          "C3,A,x,-2,2011-01-03 10:00,5.00,7,UK\n" // only one piece left
          "C4,A,x,-1,2011-01-03 10:00,5.00,,UK\n" // no customer
          "C5,B,x,-1,2011-01-03 10:00,5.00,7,UK\n" // never bought
          "C6,A,x,3,2011-01-03 10:00,5.00,7,UK\n" // a cancellation must be negative
          "7,A,x,1,2011-01-03 10:00,-5.00,7,UK\n")); // negative price
    CHECK(r.returnsImported == 1);
    REQUIRE(r.rejected.size() == 5);
    CHECK(r.rejected.at(0).line == 4);
    CHECK(r.rejected.at(1).reason.contains(QStringLiteral("customer")));
}

TEST_CASE("customers are matched by phone, also in a GB18030 file with semicolons", "[services][import]")
{
    Fixture f;
    const CustomerId li
        = *f.t.store().customers().registerCustomer(QStringLiteral("李娜"), QStringLiteral("13700000001")).id;
    QStringEncoder gb("GB18030");
    const QByteArray bytes = gb.encode(QStringLiteral("单号;款号;数量;日期;单价;手机\n"
                                                      "X1;连衣裙;1;2026/06/01;¥1,299.00;137 0000 0001\n"
                                                      "X2;衬衫;1;2026/06/01;299元;1.37E+10\n"));
    const SalesImportResult r = f.run(f.write(bytes), false, SalesImportRequest::Policy::ValidRows,
        QStringLiteral("invoice=单号,style=款号,quantity=数量,date=日期,price=单价,phone=手机"));
    CHECK(r.encoding == TextEncoding::Gb18030);
    CHECK(r.delimiter == u';');
    CHECK(r.linesImported == 1);
    REQUIRE(r.rejected.size() == 1);
    CHECK(r.rejected.first().reason.contains(QStringLiteral("scientific")));
    CHECK(f.scalar(QStringLiteral("SELECT customer_id FROM sales")) == li);
    CHECK(f.scalar(QStringLiteral("SELECT total_fen FROM sales")) == 129900);
}

TEST_CASE("Excel's \"Unicode Text\" and UTF-16 CSV import like UTF-8; other encodings are named",
    "[services][import]")
{
    Fixture f;
    const CustomerId wang
        = *f.t.store().customers().registerCustomer(QStringLiteral("王芳"), QStringLiteral("13800138000")).id;
    const QString spec
        = QStringLiteral("invoice=单号,style=款号,quantity=数量,date=日期,price=单价,phone=手机");
    // Excel on Windows, "Save As" "Unicode Text": UTF-16LE with a byte-order mark, tabs, CR LF.
    QStringEncoder le("UTF-16LE");
    const QByteArray excel = "\xFF\xFE"
        + le.encode(QStringLiteral("单号\t款号\t数量\t日期\t单价\t手机\r\n"
                                   "U1\t连衣裙\t1\t2026/06/01\t¥1,299.00\t138 0013 8000\r\n"
                                   "U2\t\"衬衫\t白\"\t2\t2026/06/02\t299元\t13800138000\r\n"));
    const SalesImportResult r = f.run(
        f.write(excel, QStringLiteral("unicode.txt")), false, SalesImportRequest::Policy::ValidRows, spec);
    INFO(SalesImport::summary(r).toStdString());
    CHECK(r.outcome == SalesImportResult::Outcome::Imported);
    CHECK(r.encoding == TextEncoding::Utf16Le);
    CHECK(r.delimiter == u'\t');
    CHECK(r.linesImported == 2);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE customer_id = %1").arg(wang)) == 2);
    CHECK(
        f.scalar(QStringLiteral("SELECT total_fen FROM sales WHERE customer_id = %1 ORDER BY total_fen DESC")
                     .arg(wang))
        == 129900);

    // Another program's "Unicode CSV": UTF-16BE without a byte-order mark, commas.
    QStringEncoder be("UTF-16BE");
    const QByteArray csv
        = be.encode(QStringLiteral("单号,款号,数量,日期,单价,手机\nB1,大衣,1,2026/06/03,899,13800138000\n"));
    const SalesImportResult r2 = f.run(
        f.write(csv, QStringLiteral("utf16.csv")), false, SalesImportRequest::Policy::ValidRows, spec);
    CHECK(r2.outcome == SalesImportResult::Outcome::Imported);
    CHECK(r2.encoding == TextEncoding::Utf16Be);
    CHECK(r2.linesImported == 1);

    // A Big5 file from a Hong Kong supplier is refused with a sentence that names Big5; nothing stored.
    QStringEncoder big5("Big5");
    const QByteArray traditional = big5.encode(QStringLiteral("單號,款號,數量,日期,單價,手機\n"
                                                              "T1,連衣裙,1,2026/06/01,100,13800138000\n"
                                                              "T2,襯衫,1,2026/06/01,200,13800138000\n"
                                                              "T3,羊毛大衣,1,2026/06/01,300,13800138000\n"));
    const qint64 before = f.count("sales");
    const SalesImportResult refused = f.run(
        f.write(traditional, QStringLiteral("big5.csv")), false, SalesImportRequest::Policy::ValidRows, spec);
    CHECK(refused.outcome == SalesImportResult::Outcome::Failed);
    CHECK(refused.error.contains(QStringLiteral("Big5")));
    CHECK(f.count("sales") == before);
}

TEST_CASE("empty, header-only and binary files import nothing", "[services][import]")
{
    Fixture f;
    CHECK(f.run(f.write(QByteArray(), QStringLiteral("empty.csv"))).outcome
        == SalesImportResult::Outcome::NothingImported);
    const SalesImportResult headerOnly = f.run(f.write(header, QStringLiteral("header.csv")));
    CHECK(headerOnly.outcome == SalesImportResult::Outcome::NothingImported);
    CHECK_FALSE(headerOnly.error.isEmpty());
    const SalesImportResult binary
        = f.run(f.write(QByteArray("PK\x03\x04\0\0\0\x08\x00", 9), QStringLiteral("x.xlsx")));
    CHECK(binary.outcome == SalesImportResult::Outcome::Failed);
    const SalesImportResult wrongColumns = f.run(f.write("a,b\n1,2\n", QStringLiteral("other.csv")));
    CHECK(wrongColumns.outcome == SalesImportResult::Outcome::Failed);
    CHECK(wrongColumns.error.contains(QStringLiteral("InvoiceNo")));
    CHECK(f.count("sales") == 0);
}

TEST_CASE("a mapping is saved under a name and loaded again", "[services][import]")
{
    Fixture f;
    const ImportMapping mapping = *ImportMapping::parse(onlineRetail).mapping;
    REQUIRE(f.importer.saveMapping(QStringLiteral("online retail"), mapping).ok());
    CHECK(readValue(f.importer.mapping(QStringLiteral("online retail"))) == mapping);
    ImportMapping changed = mapping;
    changed.set(ImportField::Size, QStringLiteral("Size"));
    REQUIRE(f.importer.saveMapping(QStringLiteral("online retail"), changed).ok());
    CHECK(readValue(f.importer.mapping(QStringLiteral("online retail"))) == changed);
    CHECK(readValue(f.importer.mappingNames()) == QStringList{QStringLiteral("online retail")});
    CHECK_FALSE(readValue(f.importer.mapping(QStringLiteral("nope"))));
}

TEST_CASE("saved mappings that cannot be read are a failed read, not none saved", "[services][import]")
{
    Fixture f;
    REQUIRE(
        f.importer.saveMapping(QStringLiteral("online retail"), *ImportMapping::parse(onlineRetail).mapping)
            .ok());
    dropTable(f.t.store(), QStringLiteral("import_mappings"));
    // Nor can one be saved: the reason is given, not just "no".
    const WriteResult again = f.importer.saveMapping(
        QStringLiteral("online retail"), *ImportMapping::parse(onlineRetail).mapping);
    CHECK_FALSE(again.ok());
    CHECK_FALSE(again.error.isEmpty());
    const ReadResult<QStringList> names = f.importer.mappingNames();
    CHECK_FALSE(names.ok());
    CHECK(names.error.contains(QStringLiteral("import_mappings")));
    const ReadResult<std::optional<ImportMapping>> saved
        = f.importer.mapping(QStringLiteral("online retail"));
    CHECK_FALSE(saved.ok());
    CHECK(saved.error.contains(QStringLiteral("import_mappings")));
}

TEST_CASE("a saved mapping that no longer parses is refused with the reason", "[services][import]")
{
    Fixture f;
    sql::run(f.t.store().database().connection(),
        QStringLiteral(
            "INSERT INTO import_mappings (name, spec, updated_at) VALUES ('old', 'invoice=A', '')"));
    const ReadResult<std::optional<ImportMapping>> saved = f.importer.mapping(QStringLiteral("old"));
    CHECK_FALSE(saved.ok());
    CHECK(saved.error
        == QStringLiteral("The saved mapping \"old\" cannot be used: The mapping does not say which column "
                          "holds \"style\"."));
}

TEST_CASE("till customer numbers are linked by phone and claim their imported sales", "[services][import]")
{
    Fixture f;
    const CustomerId li
        = *f.t.store().customers().registerCustomer(QStringLiteral("李娜"), QStringLiteral("13700000001")).id;
    REQUIRE(f.run(f.write(smallFile)).linesWithoutCustomer == 4);
    CustomerLinkRequest request;
    request.path = f.write("Phone,CustomerID\n"
                           "137 0000 0001,17850.0\n"
                           "1.37E+10,13047\n"
                           "13900000009,99\n",
        QStringLiteral("customers.csv"));
    request.phoneColumn = QStringLiteral("phone");
    request.idColumn = QStringLiteral("CustomerID");
    const CustomerLinkResult r = CustomerLinkImport(f.t.store().database(), f.t.clock()).run(request);
    REQUIRE(r.ok);
    CHECK(r.linked == 1);
    CHECK(r.salesAttached == 1);
    REQUIRE(r.rejected.size() == 2);
    CHECK(r.rejected.at(0).line == 3);
    CHECK(r.rejected.at(0).reason.contains(QStringLiteral("scientific")));
    CHECK(f.scalar(QStringLiteral("SELECT customer_id FROM sales WHERE external_invoice = '536365'")) == li);
    // A later import finds her by the till number.
    const SalesImportResult later = f.run(
        f.write(header + "536999,A,x,1,2011-01-01 10:00,1.00,17850,UK\n", QStringLiteral("later.csv")));
    CHECK(later.linesWithoutCustomer == 0);
    CHECK(f.scalar(QStringLiteral("SELECT customer_id FROM sales WHERE external_invoice = '536999'")) == li);
}

TEST_CASE("with a name column, the till's members not in the archive are registered", "[services][import]")
{
    Fixture f;
    const CustomerId li
        = *f.t.store().customers().registerCustomer(QStringLiteral("李娜"), QStringLiteral("13700000001")).id;
    REQUIRE(f.run(f.write(smallFile)).linesWithoutCustomer == 4);
    CustomerLinkRequest request;
    request.path = f.write("会员号,姓名,手机\n"
                           "17850.0,李娜,13700000001\n" // in the archive: linked, not created
                           "13047,王芳,139 0000 0002\n" // new: registered, and her sales attached
                           "77,,13900000003\n" // no name: the archive's rules refuse it
                           "78,陈静,13900000002\n" // the phone registered two rows up, another number
                           "79,赵敏,12345\n",
        QStringLiteral("members.csv"));
    request.phoneColumn = QStringLiteral("手机");
    request.idColumn = QStringLiteral("会员号");
    request.nameColumn = QStringLiteral("姓名");
    const CustomerLinkResult r = CustomerLinkImport(f.t.store().database(), f.t.clock()).run(request);
    REQUIRE(r.ok);
    CHECK(r.created == 1);
    CHECK(r.linked == 2); // 李娜 and 王芳
    REQUIRE(r.rejected.size() == 3);
    CHECK(r.rejected.at(0).line == 4);
    CHECK(r.rejected.at(1).line == 5); // 王芳 holds 13900000002 and her till number is 13047
    CHECK(r.rejected.at(2).line == 6);
    const qint64 wang = f.scalar(QStringLiteral("SELECT id FROM customers WHERE phone = '13900000002'"));
    CHECK(wang != li);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM customers")) == 2);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE external_id = '13047'")) == 1);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE customer_id = %1").arg(wang)) >= 1);
    // The counter finds her by name like anyone registered at the counter.
    CHECK_FALSE(f.t.store().counterSearch().find(QStringLiteral("王芳"), 5).isEmpty());
    CHECK(CustomerLinkImport::summary(r).contains(QStringLiteral("1")));

    // Without a name column nobody is created.
    request.path = f.write("会员号,姓名,手机\n90,周杰,13900000009\n", QStringLiteral("more.csv"));
    request.nameColumn.clear();
    const CustomerLinkResult again = CustomerLinkImport(f.t.store().database(), f.t.clock()).run(request);
    CHECK(again.created == 0);
    CHECK(again.rejected.size() == 1);
}

TEST_CASE("an empty date is rejected, also first in the file or after a bad date", "[services][import]")
{
    Fixture f;
    const QByteArray rows = header
        + "1,A,first,1,,1.00,7,UK\n"
          "2,B,bad date,1,31.12.2011,1.00,7,UK\n"
          "3,C,empty again,1,,1.00,7,UK\n"
          "4,D,ok,1,2011-01-02 10:00,1.00,7,UK\n"
          "4,E,ok,1,2011-01-02 10:00,2.50,7,UK\n";
    const SalesImportResult r = f.run(f.write(rows));
    CHECK(r.outcome == SalesImportResult::Outcome::Imported);
    REQUIRE(r.rejected.size() == 3);
    CHECK(r.rejected.at(0).line == 2);
    CHECK(r.rejected.at(2).line == 4);
    CHECK(r.linesImported == 2);
    CHECK(f.count("sales") == 1);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE sold_at = ''")) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT total_fen FROM sales WHERE external_invoice = '4'")) == 350);
}

TEST_CASE("a later file's returns undo earlier imports' lines, with what earlier returns left",
    "[services][import]")
{
    Fixture f;
    REQUIRE(f.run(f.write(header
                      + "1,A,x,3,2011-01-01 10:00,5.00,7,UK\n"
                        "2,A,x,1,2011-01-05 10:00,5.00,7,UK\n"
                        "C1,A,x,-1,2011-01-06 10:00,5.00,7,UK\n"))
                .returnsImported
        == 1);
    const SalesImportResult r = f.run(f.write(header
        + "C2,A,x,-2,2011-01-07 10:00,5.00,7,UK\n" // invoice 2's piece went back with C1
          "C3,A,x,-1,2011-01-02 10:00,5.00,7,UK\n" // before invoice 2
          "C4,A,x,-1,2011-01-08 10:00,5.00,7,UK\n" // nothing left
          "5,A,x,1,2011-01-09 10:00,5.00,7,UK\n"
          "C6,A,x,-1,2011-01-10 10:00,5.00,7,UK\n"));
    CHECK(r.returnsImported == 3);
    REQUIRE(r.rejected.size() == 1);
    CHECK(r.rejected.at(0).line == 4);
    QSqlQuery matched = sql::run(f.t.store().database().connection(),
        QStringLiteral(
            "SELECT x.import_key, s.external_invoice FROM returns x "
            "JOIN sale_lines l ON l.id = x.sale_line_id JOIN sales s ON s.id = l.sale_id ORDER BY x.id"));
    QStringList pairs;
    while (matched.next())
        pairs << matched.value(0).toString() + u'>' + matched.value(1).toString();
    CHECK(pairs
        == QStringList{QStringLiteral("R:C1:A:1>2"), QStringLiteral("R:C2:A:1>1"),
            QStringLiteral("R:C3:A:1>1"), QStringLiteral("R:C6:A:1>5")});
}

TEST_CASE("a later file that goes on with an invoice adds its lines and their total to its sale",
    "[services][import]")
{
    Fixture f;
    const QByteArray first = "9,A,x,1,2011-01-01 10:00,1.00,7,UK\n";
    REQUIRE(f.run(f.write(header + first)).outcome == SalesImportResult::Outcome::Imported);
    const SalesImportResult r = f.run(f.write(header + first
        + "9,B,x,2,2011-01-01 10:00,2.00,7,UK\n"
          "C10,B,x,-1,2011-01-02 10:00,2.00,7,UK\n"));
    CHECK(r.alreadyImported == 1);
    CHECK(r.linesImported == 1);
    CHECK(r.salesCreated == 0);
    CHECK(r.returnsImported == 1);
    CHECK(f.count("sales") == 1);
    CHECK(f.scalar(QStringLiteral("SELECT total_fen FROM sales WHERE external_invoice = '9'")) == 500);
    CHECK(f.scalar(QStringLiteral("SELECT has_returns FROM sales WHERE external_invoice = '9'")) == 1);
}

TEST_CASE("a sale at a counter while a large file is imported on a server gets an id of its own",
    "[services][import]")
{
    if (!testing::onPostgres()) {
        SUCCEED("On SQLite the import holds the file: a counter waits for it.");
        return;
    }
    Fixture f;
    QByteArray bytes = header;
    for (int i = 0; i < 10000; ++i)
        bytes += QByteArray::number(i) + ",A,x,1,2011-01-01 10:00,1.00,,UK\n";
    SalesImportRequest request;
    request.path = f.write(bytes);
    request.mapping = *ImportMapping::parse(onlineRetail).mapping;
    std::optional<qint64> counterSale;
    const SalesImportResult r = f.importer.run(request, nullptr, [&](qint64, qint64) {
        if (counterSale)
            return;
        // Half-way through: another till sells, on its own connection, and commits.
        Store counter(&f.t.clock());
        REQUIRE(counter.open(f.t.path()));
        Sale sale;
        sale.lines << SaleLine{
            0, QStringLiteral("B11"), {}, {}, {}, 1, Money::fromYuan(100), Money::fromYuan(100)};
        const SaleResult sold = counter.sales().recordSale(sale);
        INFO(sold.message.toStdString());
        REQUIRE(sold.ok());
        counterSale = sold.id;
    });
    INFO(SalesImport::summary(r).toStdString());
    REQUIRE(counterSale);
    CHECK(r.outcome == SalesImportResult::Outcome::Imported);
    CHECK(r.salesCreated == 10000);
    CHECK(f.count("sales") == 10001);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE external_invoice IS NULL")) == 1);
    CHECK(f.scalar(QStringLiteral("SELECT total_fen FROM sales WHERE id = %1").arg(*counterSale)) == 10000);
}
