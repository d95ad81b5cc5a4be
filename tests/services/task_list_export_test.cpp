#include "services/customer_export.h"
#include "services/nightly_job.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "support/export_files.h"
#include "support/loyalty_store.h"
#include "support/temp_store.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace atelier;
using namespace atelier::testing;

namespace {

struct ScoredStore
{
    TempStore t;
    LoyaltyStore s = fillLoyaltyStore(t.store());

    ScoredStore()
    {
        const NightlyRun run = NightlyJob(t.store().database(), t.store().clock())
                                   .run(loyaltyAsOf(), NightlyRun::StartedBy::Manual);
        REQUIRE(run.result == NightlyRun::Result::Ok);
    }

    QString phoneOf(CustomerId id)
    {
        return sql::scalar(t.store().database().connection(),
            QStringLiteral("SELECT phone FROM customers WHERE id = ?"), {qlonglong(id)})
            .toString();
    }
};

} // namespace

TEST_CASE("a task list's customers are exported once each, in list order, unknown ids left out",
    "[services][export]")
{
    ScoredStore store;
    const LoyaltyStore &s = store.s;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("tasks.csv"));
    // 杨雪 has two tasks in the list; 999999 is no customer (gone since the list was read).
    const QList<CustomerId> listed{s.yang, s.wang, s.yang, 999999, s.zhao};
    int lastTotal = -1;
    const ExportResult result
        = CustomerExport(store.t.store().database())
              .write(file, ExportFormat::Csv, listed,
                  {ExportColumn::Name, ExportColumn::Phone, ExportColumn::Tier, ExportColumn::Spend},
                  [&](int, int total) {
                      lastTotal = total;
                      return true;
                  });
    REQUIRE(result.ok());
    CHECK(result.rows == 3);
    CHECK(lastTotal == 4); // the distinct ids asked for
    const QStringList lines = csvLines(file);
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0) == QStringLiteral("Name,Phone,Tier,Spend (yuan)"));
    // The phone in full: these are customers to call.
    CHECK(lines.at(1) == QStringLiteral("杨雪,%1,Gold,4000.00").arg(store.phoneOf(s.yang)));
    CHECK(lines.at(2) == QStringLiteral("王芳,%1,Black,9000.00").arg(store.phoneOf(s.wang)));
    CHECK(lines.at(3).startsWith(QStringLiteral("赵燕,%1,").arg(store.phoneOf(s.zhao))));
    CHECK(lines.at(3).endsWith(QStringLiteral(",0.00")));
}

TEST_CASE("a task list's XLSX has typed cells in every kind of column", "[services][export]")
{
    ScoredStore store;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("tasks.xlsx"));
    const ExportResult result = CustomerExport(store.t.store().database())
                                    .write(file, ExportFormat::Xlsx, QList<CustomerId>{store.s.li},
                                        {ExportColumn::CustomerId, ExportColumn::Phone, ExportColumn::Spend,
                                            ExportColumn::LastPurchase, ExportColumn::Segment});
    REQUIRE(result.rows == 1);
    const QString sheet = xlsxPart(file, QStringLiteral("xl/worksheets/sheet1.xml"));
    const QString id = cellXml(sheet, QStringLiteral("A2"));
    CHECK(id.contains(QStringLiteral("<v>%1</v>").arg(store.s.li)));
    CHECK_FALSE(id.contains(QStringLiteral("t=\"")));
    CHECK(cellText(file, QStringLiteral("B2")) == store.phoneOf(store.s.li)); // text, not 1.39E+10
    CHECK(cellXml(sheet, QStringLiteral("B2")).contains(QStringLiteral("t=\"")));
    const QString spend = cellXml(sheet, QStringLiteral("C2"));
    CHECK(spend.contains(QStringLiteral("<v>3500</v>")));
    CHECK(spend.contains(QStringLiteral(" s=\"")));
    // 李静's last purchase was 90 days before 2026-06-14: 2026-03-16, Excel serial 46097.
    const QString last = cellXml(sheet, QStringLiteral("D2"));
    INFO(last.toStdString());
    CHECK(last.contains(QStringLiteral("<v>46097</v>")));
    CHECK(last.contains(QStringLiteral(" s=\"")));
    CHECK(cellText(file, QStringLiteral("E2")) == QStringLiteral("Active"));
    CHECK(cellXml(sheet, QStringLiteral("F1")).isEmpty());
}
