#include "services/access.h"
#include "services/archive_service.h"
#include "services/audit_trail.h"
#include "services/complaint_analysis.h"
#include "services/counter_shift.h"
#include "services/customer_export.h"
#include "services/customer_link_import.h"
#include "services/loyalty_report.h"
#include "services/loyalty_service.h"
#include "services/message_templates.h"
#include "services/points_service.h"
#include "services/reports.h"
#include "services/sales_import.h"
#include "services/service_settings.h"
#include "services/sms_export.h"
#include "services/store.h"
#include "services/store_settings.h"
#include "storage/database.h"
#include "support/read_checks.h"
#include "support/report_store.h"
#include "support/temp_store.h"

#include <QBuffer>
#include <QFile>

#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::readValue;
using atelier::testing::ReportStore;
using atelier::testing::TempStore;

namespace {

// The tiny report store (two clerks, seven customers, May and April 2026) with someone at the
// counter.
struct Counter
{
    TempStore t;
    ReportStore r = atelier::testing::fillReportStore(t.store());
    QString folder = t.folder();

    Store &store() { return t.store(); }
    Database &db() { return t.store().database(); }
    void clerkAtCounter()
    {
        REQUIRE(store().shift().begin(Session{r.li, QStringLiteral("小李"), Role::Clerk}));
    }
    void managerAtCounter()
    {
        REQUIRE(store().shift().begin(Session{r.wang, QStringLiteral("小王"), Role::Manager}));
    }
    QString file(const char *name) const { return folder + u'/' + QLatin1String(name); }
    QString csv(const char *name, const QByteArray &text) const
    {
        QFile out(file(name));
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(text);
        return out.fileName();
    }
};

const QString refusedWords = QStringLiteral("Only the manager");

ReportPeriod may2026()
{
    return ReportPeriod::month(2026, 5);
}

} // namespace

TEST_CASE("a clerk at the counter cannot export, whatever the list", "[services][access]")
{
    Counter c;
    c.clerkAtCounter();
    CustomerExport exports(c.db());
    const QList<ExportColumn> columns{ExportColumn::Name, ExportColumn::Phone};
    const ExportResult archive = exports.write(c.file("a.csv"), ExportFormat::Csv, ArchiveFilter{}, columns);
    CHECK(archive.error.contains(refusedWords));
    CHECK_FALSE(QFile::exists(c.file("a.csv")));
    CHECK(exports.write(c.file("b.xlsx"), ExportFormat::Xlsx, LoyaltyFilter{}, columns)
              .error.contains(refusedWords));
    CHECK(exports.write(c.file("c.csv"), ExportFormat::Csv, QList<CustomerId>{c.r.c1}, columns)
              .error.contains(refusedWords));
    CHECK_FALSE(QFile::exists(c.file("c.csv")));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CHECK(ArchiveService(c.db()).exportCsv(buffer, ArchiveFilter{}).error.contains(refusedWords));
    CHECK(LoyaltyReport(c.db()).exportCsv(buffer, LoyaltyFilter{}).error.contains(refusedWords));
    CHECK(AuditTrail(c.db()).exportCsv(AuditFilter{}, buffer).error.contains(refusedWords));
    const QList<MessageTemplate> templates = readValue(c.store().templates().list());
    REQUIRE_FALSE(templates.isEmpty());
    CHECK(SmsExport(c.db(), c.t.clock())
              .write(buffer, {c.r.c1}, templates.first(), nullptr)
              .error.contains(refusedWords));
    CHECK(buffer.data().isEmpty());

    // The same exports work for the manager.
    c.managerAtCounter();
    CHECK(exports.write(c.file("a.csv"), ExportFormat::Csv, ArchiveFilter{}, columns).ok());
    CHECK(QFile::exists(c.file("a.csv")));
}

TEST_CASE("a clerk cannot change the rules, the settings or the templates", "[services][access]")
{
    Counter c;
    c.clerkAtCounter();
    LoyaltyRules loyalty = c.store().loyalty().rules();
    loyalty.nightlyHour = 4;
    CHECK(c.store().loyalty().saveRules(loyalty).error.contains(refusedWords));
    CHECK(c.store().loyalty().rules().nightlyHour != 4);
    CHECK(c.store().serviceSettings().save(c.store().serviceSettings().rules()).error.contains(refusedWords));
    CHECK(c.store().settings().setStoreName(QStringLiteral("别的店")).error.contains(refusedWords));
    CHECK(c.store().settings().setLockAfterMinutes(0).error.contains(refusedWords));
    CHECK(c.store().settings().setReturnWindowDays(30).error.contains(refusedWords));
    const MessageTemplate first = readValue(c.store().templates().list()).first();
    MessageTemplate changed = first;
    changed.body += QStringLiteral("！");
    CHECK(c.store().templates().save(changed).message.contains(refusedWords));
    CHECK(c.store().templates().remove(first.id).error.contains(refusedWords));
    CHECK(readValue(c.store().templates().find(first.id))->body == first.body);

    c.managerAtCounter();
    CHECK(c.store().loyalty().saveRules(loyalty).ok());
    CHECK(c.store().settings().setStoreName(QStringLiteral("别的店")).ok());
    CHECK(c.store().templates().save(changed).ok());
}

TEST_CASE("a clerk cannot adjust points or import from the till", "[services][access]")
{
    Counter c;
    c.clerkAtCounter();
    const qint64 before = readValue(c.store().points().balance(c.r.c1));
    const PointsResult adjusted = c.store().points().adjust(c.r.c1, 500, QStringLiteral("生日礼"), c.r.wang);
    CHECK(adjusted.message.contains(refusedWords));
    CHECK(readValue(c.store().points().balance(c.r.c1)) == before);

    const QString sales = c.csv("sales.csv", "InvoiceNo,InvoiceDate,StockCode,Quantity,UnitPrice\n");
    SalesImportRequest request;
    request.path = sales;
    const SalesImportResult imported = SalesImport(c.db(), c.t.clock()).run(request);
    CHECK_FALSE(imported.ok());
    CHECK(imported.error.contains(refusedWords));

    CustomerLinkRequest link;
    link.path = c.csv("members.csv", "phone,id\n13800138000,M1\n");
    link.phoneColumn = QStringLiteral("phone");
    link.idColumn = QStringLiteral("id");
    const CustomerLinkResult linked = CustomerLinkImport(c.db(), c.t.clock()).run(link);
    CHECK_FALSE(linked.ok);
    CHECK(linked.error.contains(refusedWords));
}

TEST_CASE("a clerk's reports are their own row of the staff report", "[services][access]")
{
    Counter c;
    c.managerAtCounter();
    const ReportSet manager = readValue(Reports(c.db()).all(may2026()));
    REQUIRE(manager.sales.current.orders > 0);
    REQUIRE(manager.staff.current.rows.size() == 2);

    c.clerkAtCounter();
    const ReportSet clerk = readValue(Reports(c.db()).all(may2026()));
    CHECK(clerk.sales.current.orders == 0);
    CHECK(clerk.customers.current.newCustomers == 0);
    CHECK(clerk.loyalty.current.pointsOutstanding == 0);
    REQUIRE(clerk.staff.current.rows.size() == 1);
    CHECK(clerk.staff.current.rows.first().staff == c.r.li);
    CHECK(readValue(ComplaintAnalysis(c.db()).run(QDate(2026, 1, 1), QDate(2026, 6, 30))).complaints == 0);
    CHECK(AuditTrail(c.db()).entries(AuditFilter{}, 100).isEmpty());
    CHECK(AuditTrail(c.db()).count(AuditFilter{}) == 0);

    c.managerAtCounter();
    CHECK(readValue(ComplaintAnalysis(c.db()).run(QDate(2026, 1, 1), QDate(2026, 6, 30))).complaints > 0);
    CHECK(AuditTrail(c.db()).count(AuditFilter{}) >= 0);
}

TEST_CASE("the role travels with the shift and with the process", "[services][access]")
{
    Counter c;
    // atelier-cli and tests: no login, the owner of the files.
    CHECK_FALSE(c.db().role());
    CHECK(c.store().allows(Permission::ExportCustomers));

    c.clerkAtCounter();
    CHECK(c.db().role() == Role::Clerk);
    CHECK_FALSE(c.store().allows(Permission::ExportCustomers));
    CHECK(c.store().allows(Permission::ServeCustomers));
    c.store().shift().end();
    CHECK_FALSE(c.db().role());

    // Chosen by name (staff without an account): the staff list's role.
    REQUIRE(c.store().shift().begin(c.r.li));
    CHECK(c.db().role() == Role::Clerk);

    // A worker thread's connection starts with the role of the person logged in.
    Store::setProcessRole(Role::Clerk);
    {
        Store worker(&c.t.clock());
        REQUIRE(worker.open(c.t.path()));
        CHECK(worker.database().role() == Role::Clerk);
        CHECK(CustomerExport(worker.database())
                  .write(c.file("w.csv"), ExportFormat::Csv, ArchiveFilter{}, {ExportColumn::Name})
                  .error.contains(refusedWords));
        // Scheduled work acts as the owner of the files while it runs, then gives the role back.
        {
            const ActingAs nightly(worker.database(), AuditActor::system(QStringLiteral("nightly")));
            CHECK_FALSE(worker.database().role());
        }
        CHECK(worker.database().role() == Role::Clerk);
    }
    Store::setProcessRole(std::nullopt);
    Database later;
    CHECK_FALSE(later.role());
}
