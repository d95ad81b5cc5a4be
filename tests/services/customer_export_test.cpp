#include "services/customer_export.h"
#include "services/customer_service.h"
#include "services/nightly_job.h"
#include "services/store.h"
#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "support/export_files.h"
#include "support/loyalty_store.h"
#include "support/temp_store.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace atelier;
using namespace atelier::testing;

namespace {

QStringList filesIn(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
}

void registerTwo(TempStore &t)
{
    CustomerService &customers = t.store().customers();
    CustomerArchive a;
    a.customer.name = QStringLiteral("张三");
    a.phoneText = QStringLiteral("13800138000");
    a.customer.birthday = QDate(1990, 3, 4);
    a.customer.consentProfile = true;
    a.customer.wechatId = QStringLiteral("wx,\"quoted\"");
    REQUIRE(customers.save(a).ok());
    REQUIRE(customers.registerCustomer(QStringLiteral("李四"), QStringLiteral("13900139000")).ok());
}

} // namespace

TEST_CASE("a CSV customer export writes only the chosen columns, with BOM and RFC 4180", "[services][export]")
{
    TempStore t;
    registerTwo(t);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("c.csv"));
    const QList<ExportColumn> columns{ExportColumn::WechatId, ExportColumn::Name, ExportColumn::Birthday};
    const ExportResult result
        = CustomerExport(t.store().database()).write(file, ExportFormat::Csv, ArchiveFilter{}, columns);
    REQUIRE(result.ok());
    CHECK(result.rows == 2);
    QFile in(file);
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text
        == QStringLiteral("WeChat ID,Name,Birthday\r\n,李四,\r\n\"wx,\"\"quoted\"\"\",张三,1990-03-04\r\n"));
    CHECK_FALSE(text.contains(QStringLiteral("13800138000"))); // the phone was not chosen
}

TEST_CASE("an XLSX customer export has typed cells", "[services][export]")
{
    TempStore t;
    registerTwo(t);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("c.xlsx"));
    const QList<ExportColumn> columns{
        ExportColumn::CustomerId, ExportColumn::Name, ExportColumn::Phone, ExportColumn::Birthday};
    const ExportResult result = CustomerExport(t.store().database())
                                    .write(file, CustomerExport::formatOf(file), ArchiveFilter{}, columns);
    REQUIRE(result.ok());
    CHECK(result.rows == 2);
    CHECK(filesIn(dir) == QStringList{QStringLiteral("c.xlsx")}); // no temporary left behind
    CHECK(QFile::permissions(file).testFlag(QFile::ReadOther)); // not the temporary's 0600

    const QString sheet = xlsxPart(file, QStringLiteral("xl/worksheets/sheet1.xml"));
    // Row 3 is 张三 (pinyin order puts 李四 first).
    const QString id = cellXml(sheet, QStringLiteral("A3"));
    CHECK_FALSE(id.contains(QStringLiteral("t=\"")));
    CHECK(QRegularExpression(QStringLiteral("<v>\\d+</v>")).match(id).hasMatch());
    const QString phone = cellXml(sheet, QStringLiteral("C3"));
    INFO(phone.toStdString());
    CHECK((phone.contains(QStringLiteral("t=\"s\"")) || phone.contains(QStringLiteral("t=\"inlineStr\""))
        || phone.contains(QStringLiteral("t=\"str\""))));
    CHECK_FALSE(phone.contains(QStringLiteral("<v>13800138000</v>")));
    const QString birthday = cellXml(sheet, QStringLiteral("D3"));
    INFO(birthday.toStdString());
    // 1990-03-04 is Excel serial 32936, with a date style.
    CHECK(birthday.contains(QStringLiteral("<v>32936</v>")));
    CHECK(birthday.contains(QStringLiteral(" s=\"")));
    CHECK(cellXml(sheet, QStringLiteral("E1")).isEmpty()); // only the chosen columns

    QString strings = sheet;
    if (phone.contains(QStringLiteral("t=\"s\"")))
        strings += xlsxPart(file, QStringLiteral("xl/sharedStrings.xml"));
    CHECK(strings.contains(QStringLiteral("13800138000")));
    CHECK(strings.contains(QStringLiteral("张三")));
    const QString styles = xlsxPart(file, QStringLiteral("xl/styles.xml"));
    CHECK(styles.contains(QStringLiteral("formatCode=\"yyyy-mm-dd\"")));
}

TEST_CASE("a cancelled customer export leaves no file", "[services][export]")
{
    TempStore t;
    {
        Transaction transaction(t.store().database().connection());
        CustomerRepository customers(t.store().database().connection());
        for (int i = 0; i < 1500; ++i) {
            Customer c;
            c.name = QStringLiteral("客户");
            c.phone = PhoneNumber::fromStoredDigits(QStringLiteral("1380000%1").arg(i, 4, 10, QChar(u'0')));
            c.createdAt = c.updatedAt = t.clock().now();
            customers.insert(c);
        }
        transaction.commit();
    }
    QTemporaryDir dir;
    CustomerExport exporter(t.store().database());
    for (const QString &name : {QStringLiteral("c.xlsx"), QStringLiteral("c.csv")}) {
        const QString file = dir.filePath(name);
        const ExportResult result = exporter.write(file, CustomerExport::formatOf(file), ArchiveFilter{},
            {ExportColumn::Name}, [](int, int) { return false; });
        CHECK(result.cancelled);
        CHECK(result.rows == 1000);
        CHECK(filesIn(dir).isEmpty());
    }
    const ExportResult full = exporter.write(dir.filePath(QStringLiteral("all.xlsx")), ExportFormat::Xlsx,
        ArchiveFilter{}, {ExportColumn::Name}, [](int, int) { return true; });
    CHECK(full.rows == 1500);
}

TEST_CASE("a Tiers list exports spend as money and keeps the phone masked", "[services][export]")
{
    TempStore t;
    const LoyaltyStore s = fillLoyaltyStore(t.store());
    const NightlyRun run = NightlyJob(t.store().database(), t.store().clock())
                               .run(loyaltyAsOf(), NightlyRun::StartedBy::Manual);
    REQUIRE(run.result == NightlyRun::Result::Ok);
    QTemporaryDir dir;
    LoyaltyFilter gold;
    gold.tier = Tier::Gold;
    const QString csv = dir.filePath(QStringLiteral("gold.csv"));
    CustomerExport exporter(t.store().database());
    REQUIRE(exporter.write(csv, ExportFormat::Csv, gold, {ExportColumn::CustomerId, ExportColumn::Spend}).rows
        == 2);
    QFile in(csv);
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(in.readAll().mid(3));
    CHECK(text.contains(QStringLiteral("%1,4000.00\r\n").arg(s.yang)));
    CHECK(text.contains(QStringLiteral("%1,3500.00\r\n").arg(s.li)));

    const QString xlsx = dir.filePath(QStringLiteral("gold.xlsx"));
    REQUIRE(exporter.write(xlsx, ExportFormat::Xlsx, gold, {ExportColumn::Phone, ExportColumn::Spend}).ok());
    const QString sheet = xlsxPart(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"));
    const QString spend = cellXml(sheet, QStringLiteral("B2"));
    CHECK(spend.contains(QStringLiteral("<v>4000</v>")));
    CHECK(spend.contains(QStringLiteral(" s=\"")));
}
