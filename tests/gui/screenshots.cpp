// atelier_screenshots FOLDER: saves PNGs of the main screens, in Chinese and in English, from a demo
// store. Not a test; run under xvfb-run -a -s "-screen 0 1280x800x24".

#include "demo_data.h"
#include "gui/archive_page.h"
#include "gui/counter_page.h"
#include "gui/customer_editor_dialog.h"
#include "gui/main_window.h"
#include "gui/redeem_points_dialog.h"
#include "gui/sale_dialog.h"
#include "gui/settings_page.h"
#include "gui/tiers_page.h"
#include "services/demo_store.h"
#include "services/language.h"
#include "services/loyalty_service.h"
#include "services/nightly_job.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/nightly_run_repository.h"
#include "support/temp_store.h"

#include <QApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>

#include <cstdio>

using namespace atelier;

namespace {

void save(QWidget *widget, const QString &folder, const QString &name)
{
    QTest::qWait(100);
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        std::fprintf(stderr, "could not save %s\n", qPrintable(path));
}

void shoot(Store &store, CustomerId featured, const QString &folder, const QString &suffix)
{
    MainWindow window(store);
    window.resize(1180, 720);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "window not exposed\n");

    window.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"))->setText(QStringLiteral("wf"));
    window.counterPage()->showCustomer(featured);
    save(&window, folder, QStringLiteral("counter_") + suffix);

    window.showPage(window.archivePage());
    save(&window, folder, QStringLiteral("archive_") + suffix);
    window.showPage(window.settingsPage());
    save(&window, folder, QStringLiteral("settings_") + suffix);

    CustomerEditorDialog editor(store, featured, &window);
    editor.show();
    save(&editor, folder, QStringLiteral("editor_") + suffix);
    editor.findChild<QTabWidget *>(QStringLiteral("tabWidget"))->setCurrentIndex(1);
    save(&editor, folder, QStringLiteral("editor_soft_") + suffix);
    editor.findChild<QTabWidget *>(QStringLiteral("tabWidget"))->setCurrentIndex(2);
    save(&editor, folder, QStringLiteral("editor_tags_") + suffix);
    editor.hide();

    SaleDialog sale(store, featured, &window);
    SaleLine dress;
    dress.styleNumber = QStringLiteral("A2611");
    dress.category = QStringLiteral("连衣裙");
    dress.colour = QStringLiteral("燕麦色");
    dress.size = QStringLiteral("M");
    dress.listPrice = Money::fromYuan(699);
    dress.paidPrice = Money::fromYuan(629);
    auto *table = sale.findChild<QTableWidget *>(QStringLiteral("linesTable"));
    table->removeRow(0);
    sale.addLine(dress);
    dress.styleNumber = QStringLiteral("S0101");
    dress.category = QStringLiteral("丝巾");
    dress.colour = QStringLiteral("墨绿");
    dress.size = QStringLiteral("F");
    dress.listPrice = dress.paidPrice = Money::fromYuan(199);
    dress.quantity = 2;
    sale.addLine(dress);
    sale.show();
    save(&sale, folder, QStringLiteral("sale_") + suffix);
    sale.hide();

    RedeemPointsDialog redeem(store, featured, &window);
    redeem.findChild<QSpinBox *>(QStringLiteral("pointsSpinBox"))->setValue(300);
    redeem.show();
    save(&redeem, folder, QStringLiteral("redeem_") + suffix);
}

// A generated store of 2 000 customers with three years of sales and a history of nightly runs: a
// year ago, one that was interrupted, and last night's, with a 12-month tier window so that some went down.
bool fillLoyaltyDemo(testing::TempStore &temp)
{
    DemoStoreGenerator::Options options;
    options.customers = 2000;
    options.endDate = QDate(2026, 6, 14);
    if (!DemoStoreGenerator::generate(temp.store().database(), options).ok())
        return false;
    LoyaltyRules rules = temp.store().loyalty().rules();
    rules.tiers.spendWindowMonths = 12;
    if (!temp.store().loyalty().saveRules(rules).isEmpty())
        return false;
    const QTimeZone zone(8 * 3600);
    NightlyJob job(temp.store().database(), temp.clock());
    temp.clock().set(QDateTime(QDate(2025, 6, 15), QTime(3, 0), zone));
    job.run(QDate(2025, 6, 14), NightlyRun::StartedBy::Cli);
    // A catch-up run whose process died half-way (only its record was written): the next run finds it.
    NightlyRun died;
    died.asOf = QDate(2026, 6, 13);
    died.startedBy = NightlyRun::StartedBy::CatchUp;
    died.startedAt = QDateTime(QDate(2026, 6, 14), QTime(9, 12), zone);
    NightlyRunRepository(temp.store().database().connection()).start(died);
    temp.clock().set(QDateTime(QDate(2026, 6, 15), QTime(3, 0), zone));
    const NightlyRun last = job.run(QDate(2026, 6, 14), NightlyRun::StartedBy::Timer);
    temp.clock().set(QDateTime(QDate(2026, 6, 15), QTime(10, 0), zone));
    return last.result == NightlyRun::Result::Ok;
}

void shootTiers(Store &store, const QString &folder, const QString &suffix)
{
    MainWindow window(store);
    window.resize(1180, 720);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "window not exposed\n");
    window.showPage(window.tiersPage());
    TiersPage *page = window.tiersPage();
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("tabWidget"));
    auto *grid = page->findChild<QTableView *>(QStringLiteral("distributionView"));
    grid->setCurrentIndex(grid->model()->index(1, 1)); // Gold × Active
    save(&window, folder, QStringLiteral("tiers_distribution_") + suffix);
    tabs->setCurrentIndex(1);
    save(&window, folder, QStringLiteral("tiers_movement_") + suffix);
    tabs->setCurrentIndex(2);
    // With a refused change, to show how the page says why.
    page->findChild<QDoubleSpinBox *>(QStringLiteral("goldSpinBox"))->setValue(800.0);
    page->findChild<QPushButton *>(QStringLiteral("saveRulesButton"))->click();
    save(&window, folder, QStringLiteral("tiers_rules_") + suffix);
    tabs->setCurrentIndex(3);
    save(&window, folder, QStringLiteral("tiers_runs_") + suffix);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AtelierScreenshots"));
    QApplication::setApplicationName(QStringLiteral("AtelierScreenshots"));
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(folder);

    testing::TempStore temp;
    const QList<CustomerId> ids = testing::fillDemoStore(temp.store());
    if (ids.isEmpty()) {
        std::fprintf(stderr, "no demo customers were saved\n");
        return 1;
    }
    // Tiers, segments and scores on the card come from a nightly run.
    NightlyJob(temp.store().database(), temp.clock())
        .run(temp.clock().today(), NightlyRun::StartedBy::Manual);
    testing::TempStore loyalty;
    if (!fillLoyaltyDemo(loyalty)) {
        std::fprintf(stderr, "the loyalty demo store could not be made\n");
        return 1;
    }
    for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        Language::install(language);
        const QString suffix = language == QStringLiteral("en") ? QStringLiteral("en") : QStringLiteral("zh");
        shoot(temp.store(), ids.first(), folder, suffix);
        shootTiers(loyalty.store(), folder, suffix);
    }
    return 0;
}
