#include "gui/settings/audit_model.h"
#include "gui/settings/audit_page.h"
#include "gui/settings/settings_page.h"
#include "services/audit_trail.h"
#include "services/customer_service.h"
#include "services/sale_service.h"
#include "services/service_settings.h"
#include "services/store.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::TempStore;

namespace {

// Two registrations, a change of phone and a rule change.
void fillTrail(Store &store)
{
    const SaveResult zhang
        = store.customers().registerCustomer(QStringLiteral("张三"), QStringLiteral("13800000000"));
    REQUIRE(zhang.ok());
    REQUIRE(store.customers().registerCustomer(QStringLiteral("李四"), QStringLiteral("13900001111")).ok());
    CustomerArchive archive = *atelier::testing::readValue(store.customers().load(*zhang.id));
    archive.phoneText = QStringLiteral("13700002222");
    REQUIRE(store.customers().save(archive).ok());
    ServiceRules rules = store.serviceSettings().rules();
    rules.quietDays = 21;
    REQUIRE(store.serviceSettings().save(rules).ok());
}

} // namespace

TEST_CASE("The audit tab lists every entry and filters by action", "[gui][audit]")
{
    TempStore temp;
    fillTrail(temp.store());
    SettingsPage settings(temp.store());
    settings.show();
    AuditPage *page = settings.auditPage();
    REQUIRE(page);
    auto *tabs = settings.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
    CHECK(tabs->indexOf(page) >= 0);

    AuditModel *model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model->rowCount() == 4);
    // Newest first: the rule change.
    CHECK(model->index(0, AuditModel::ActionColumn).data().toString() == QStringLiteral("Rules changed"));

    auto *action = page->findChild<QComboBox *>(QStringLiteral("actionComboBox"));
    action->setCurrentIndex(action->findData(toCode(AuditAction::CustomerChanged)));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, AuditModel::CustomerColumn).data().toString().startsWith(QStringLiteral("张三")));
    CHECK(model->index(0, AuditModel::DetailsColumn).data().toString()
        == QStringLiteral("Phone: 13800000000 → 13700002222"));
    CHECK(model->index(0, AuditModel::WhoColumn).data().toString() == QStringLiteral("unknown clerk"));

    action->setCurrentIndex(action->findData(toCode(AuditAction::CustomerCreated)));
    CHECK(model->rowCount() == 2);
}

TEST_CASE("The audit model fetches the trail page by page under the model tester", "[gui][audit][paging]")
{
    TempStore temp;
    fillTrail(temp.store());
    for (int i = 0; i < 5; ++i) {
        REQUIRE(temp.store()
                    .customers()
                    .registerCustomer(QStringLiteral("王芳"), QStringLiteral("1360000000%1").arg(i))
                    .ok());
    }
    AuditTrail trail(temp.store().database(), temp.clock());
    AuditModel model(trail);
    model.setPageSize(2);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFilter({});
    CHECK(model.totalCount() == 9);
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() == 9);
    // Newest first, each entry once.
    for (int row = 1; row < model.rowCount(); ++row)
        CHECK(model.entryAt(row).id < model.entryAt(row - 1).id);
    CHECK(model.index(8, AuditModel::CustomerColumn).data().toString().startsWith(QStringLiteral("张三")));
}

TEST_CASE("The audit tab exports the filtered entries to CSV", "[gui][audit]")
{
    TempStore temp;
    fillTrail(temp.store());
    AuditPage page(temp.store());
    page.show();
    auto *action = page.findChild<QComboBox *>(QStringLiteral("actionComboBox"));
    action->setCurrentIndex(action->findData(toCode(AuditAction::CustomerCreated)));

    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("audit.csv"));
    QSignalSpy finished(&page, &AuditPage::exportFinished);
    page.exportTo(fileName);
    REQUIRE(finished.wait(10000));
    CHECK(finished.first().first().toBool());

    QFile file(fileName);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines
        = QString::fromUtf8(file.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0) == QStringLiteral("When,Who,Action,Customer,Details"));
    CHECK(lines.at(1).contains(QStringLiteral("张三")));
    CHECK(lines.at(2).contains(QStringLiteral("李四")));
    // The export was recorded, under the window's actor.
    AuditTrail trail(temp.store().database(), temp.clock());
    const AuditEntry last = trail.entries({}, 1).first();
    CHECK(last.action == AuditAction::Export);
    CHECK(last.actor.isUnknownClerk());
    CHECK(last.details.contains(fileName));
}

TEST_CASE("An audit trail that cannot be read says so instead of \"0 entries\"", "[gui][audit]")
{
    TempStore temp;
    fillTrail(temp.store());
    AuditPage page(temp.store());
    page.show();
    auto *status = page.findChild<QLabel *>(QStringLiteral("statusLabel"));
    REQUIRE(status);
    CHECK(status->text() == QStringLiteral("4 entry(s)"));

    atelier::testing::dropTable(temp.store(), QStringLiteral("audit_log"));
    page.model()->reload();

    CHECK(page.model()->readFailed());
    CHECK(status->text().startsWith(QStringLiteral("The audit trail could not be read.")));
    CHECK_FALSE(status->text().contains(QStringLiteral("0 entr")));
}

TEST_CASE("The audit tab filters by what money did and shows it in words", "[gui][audit]")
{
    TempStore temp;
    Store &store = temp.store();
    const SaveResult li
        = store.customers().registerCustomer(QStringLiteral("李娜"), QStringLiteral("13700000001"));
    REQUIRE(li.ok());
    Sale sale;
    sale.customerId = *li.id;
    sale.lines << SaleLine{0, QStringLiteral("A24-1031"), QStringLiteral("连衣裙"), QStringLiteral("藏青"),
        QStringLiteral("M"), 2, Money::fromYuan(599), Money::fromYuan(499)};
    const SaleResult sold = store.sales().recordSale(sale);
    REQUIRE(sold.ok());
    const SaleLineId line = atelier::testing::readValue(store.sales().sale(*sold.id))->lines.first().id;
    const SaleResult returned = store.sales().recordReturn(line, 1, QString());
    REQUIRE(returned.ok());
    AuditTrail(store.database(), temp.clock())
        .recordExport(store.actor(),
            {QStringLiteral("loyalty"), QStringLiteral("tier=black, segment=dormant"), {}, 3,
                QStringLiteral("tiers.csv")});

    AuditPage page(store);
    page.show();
    AuditModel *model = page.model();
    auto *action = page.findChild<QComboBox *>(QStringLiteral("actionComboBox"));
    const int returns = action->findData(toCode(AuditAction::Return));
    REQUIRE(returns >= 0);
    CHECK(action->itemText(returns) == QStringLiteral("Return or exchange"));
    action->setCurrentIndex(returns);
    REQUIRE(model->rowCount() == 1);
    CHECK(
        model->index(0, AuditModel::ActionColumn).data().toString() == QStringLiteral("Return or exchange"));
    CHECK(model->index(0, AuditModel::CustomerColumn).data().toString().startsWith(QStringLiteral("李娜")));
    CHECK(model->index(0, AuditModel::DetailsColumn).data().toString()
        == QStringLiteral("Returned 连衣裙 ×1, refund ¥499.00, \u2212%1 points")
               .arg(returned.pointsTakenBack));

    action->setCurrentIndex(action->findData(toCode(AuditAction::Sale)));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, AuditModel::DetailsColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("¥998.00, 2 item(s)")));

    action->setCurrentIndex(action->findData(toCode(AuditAction::Export)));
    REQUIRE(model->rowCount() == 1);
    const QString exported = model->index(0, AuditModel::DetailsColumn).data().toString();
    CHECK(exported.contains(QStringLiteral("filter: Tier: Black; Segment: Dormant")));
    CHECK_FALSE(exported.contains(QStringLiteral("tier=black")));
}
