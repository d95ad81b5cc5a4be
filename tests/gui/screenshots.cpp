// atelier_screenshots FOLDER: saves PNGs of the main screens, in Chinese and in English, from a demo
// store. Not a test; run under xvfb-run -a -s "-screen 0 1280x800x24".
// With ATELIER_SCREENSHOT_POSTGRES="postgresql:///?host=DIR&user=atelier" (a server started by
// tools/pg-test-server start DIR), also the Backups tab of a store on a server.

#include "demo_data.h"

#include "campaigns/screenshots_campaigns.h"
#include "core/coupon.h"
#include "gui/archive/archive_page.h"
#include "gui/archive/column_chooser_dialog.h"
#include "gui/calendar/calendar_page.h"
#include "gui/common/message_dialog.h"
#include "gui/complaints/complaint_intake_dialog.h"
#include "gui/complaints/complaints_page.h"
#include "gui/counter/counter_page.h"
#include "gui/counter/customer_editor_dialog.h"
#include "gui/counter/redeem_points_dialog.h"
#include "gui/counter/return_dialog.h"
#include "gui/counter/sale_dialog.h"
#include "gui/import/import_run_page.h"
#include "gui/import/import_wizard.h"
#include "gui/login_dialog.h"
#include "gui/loyalty/tiers_page.h"
#include "gui/main_window.h"
#include "gui/reports/reports_page.h"
#include "gui/settings/audit_page.h"
#include "gui/settings/holidays_page.h"
#include "gui/settings/settings_page.h"
#include "screenshots_forecast.h"
#include "screenshots_history.h"
#include "screenshots_location.h"
#include "screenshots_lost_sales.h"
#include "screenshots_relationship.h"
#include "screenshots_security.h"
#include "services/audit_trail.h"
#include "services/backup_service.h"
#include "services/complaint_service.h"
#include "services/counter_shift.h"
#include "services/customer_export.h"
#include "services/customer_service.h"
#include "services/demo_store.h"
#include "services/handover_notes.h"
#include "services/language.h"
#include "services/loyalty_service.h"
#include "services/nightly_job.h"
#include "services/points_service.h"
#include "services/sale_service.h"
#include "services/service_settings.h"
#include "services/staff_directory.h"
#include "services/store.h"
#include "storage/coupon_repository.h"
#include "storage/database.h"
#include "storage/nightly_run_repository.h"
#include "storage/staff_repository.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <QApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStringEncoder>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>

#include <cstdio>

using namespace atelier;
using atelier::testing::readValue;

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

    ColumnChooserDialog columns(ExportSource::Archive, &window);
    columns.show();
    save(&columns, folder, QStringLiteral("export_columns_") + suffix);
    columns.hide();

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
    const QList<Coupon> held
        = CouponRepository(store.database().connection()).open(store.clock().today(), featured);
    if (!held.isEmpty()) {
        auto *couponEdit = sale.findChild<QLineEdit *>(QStringLiteral("couponLineEdit"));
        couponEdit->setText(coupon_code::display(held.first().code));
        QTest::keyClick(couponEdit, Qt::Key_Return);
    }
    save(&sale, folder, QStringLiteral("sale_") + suffix);
    sale.hide();

    RedeemPointsDialog redeem(store, featured, &window);
    redeem.findChild<QSpinBox *>(QStringLiteral("pointsSpinBox"))->setValue(300);
    redeem.show();
    save(&redeem, folder, QStringLiteral("redeem_") + suffix);
    redeem.hide();

    // Nothing chosen when it opens; lines past the return window listed, greyed, saying why.
    ReturnDialog returns(store, featured, &window);
    returns.show();
    save(&returns, folder, QStringLiteral("return_") + suffix);
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
    if (!temp.store().loyalty().saveRules(rules).ok())
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
    // Export… over the list: the chooser of a Tiers list's columns, on the page (a screen grab,
    // since the chooser is a window of its own).
    if (ColumnChooserDialog *chooser = page->chooseExport()) {
        QTest::qWait(200);
        const QRect area = window.frameGeometry();
        QGuiApplication::primaryScreen()
            ->grabWindow(0, area.x(), area.y(), area.width(), area.height())
            .save(QDir(folder).filePath(QStringLiteral("tiers_export_") + suffix + QStringLiteral(".png")));
        chooser->reject();
    }
    tabs->setCurrentIndex(1);
    save(&window, folder, QStringLiteral("tiers_movement_") + suffix);
    tabs->setCurrentIndex(2);
    // With a refused change, to show how the page says why.
    page->findChild<QDoubleSpinBox *>(QStringLiteral("goldSpinBox"))->setValue(800.0);
    page->findChild<QPushButton *>(QStringLiteral("saveRulesButton"))->click();
    save(&window, folder, QStringLiteral("tiers_rules_") + suffix);
    tabs->setCurrentIndex(3); // the tier benefits, after the rules
    save(&window, folder, QStringLiteral("tiers_benefits_") + suffix);
    tabs->setCurrentIndex(4);
    save(&window, folder, QStringLiteral("tiers_runs_") + suffix);

    // The reports compute on a worker thread once the page is first shown.
    window.showPage(window.reportsPage());
    QSignalSpy shown(window.reportsPage(), &ReportsPage::reportsShown);
    if (!shown.wait(20000))
        std::fprintf(stderr, "the reports did not finish\n");
    save(&window, folder, QStringLiteral("reports_") + suffix);

    // The first page of the PDF as a PDF reader (poppler) draws the file.
    QSignalSpy saved(window.reportsPage(), &ReportsPage::pdfSaved);
    const QString pdf
        = QDir(folder).filePath(QStringLiteral("report_pdf_") + suffix + QStringLiteral(".pdf"));
    if (!window.reportsPage()->savePdf(pdf) || !saved.wait(30000))
        std::fprintf(stderr, "the PDF was not written\n");
    save(&window, folder, QStringLiteral("reports_pdf_saved_") + suffix);
    QProcess::execute(QStringLiteral("pdftoppm"),
        {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("2"),
            QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-png"), pdf,
            QDir(folder).filePath(QStringLiteral("report_pdf_page_") + suffix)});
    QFile::remove(pdf);
}

// The screen before the window: a wrong password was typed.
void shootLogin(Store &store, const QString &folder, const QString &suffix)
{
    LoginDialog first(store, LoginDialog::Mode::FirstManager);
    first.show();
    save(&first, folder, QStringLiteral("login_first_manager_") + suffix);
    LoginDialog login(store, LoginDialog::Mode::Login);
    login.show();
    login.findChild<QLineEdit *>(QStringLiteral("loginEdit"))->setText(QStringLiteral("clerk"));
    login.findChild<QLabel *>(QStringLiteral("messageLabel"))
        ->setText(LoginDialog::tr("Too many wrong attempts: try again in %1 s.").arg(2));
    save(&login, folder, QStringLiteral("login_") + suffix);
}

// A morning at the complaints desk of the generated store (its "now" is 2026-06-15 10:00): a call
// 20 minutes ago, an in-store complaint from last night that nobody answered, one under
// investigation and one resolved yesterday, waiting for its call-back.
void addOpenComplaints(testing::TempStore &temp)
{
    Store &store = temp.store();
    const QList<StaffMember> staff = readValue(store.staff().active());
    const QTimeZone zone(8 * 3600);
    const QDateTime now = temp.clock().now();
    const auto take = [&](const QDateTime &at, ComplaintChannel channel, ComplaintCategory category,
                          ComplaintSeverity severity, CustomerId customer, const QString &content,
                          const QString &style) -> ComplaintId {
        temp.clock().set(at);
        ComplaintDraft draft;
        draft.customer = customer;
        draft.channel = channel;
        draft.category = category;
        draft.severity = severity;
        draft.content = content;
        draft.styleNumber = style;
        draft.takenBy = staff.at(0).id;
        const ComplaintResult result = store.complaints().intake(draft);
        return result.ok() ? result.complaint->id : 0;
    };
    const QDate today = now.date();
    take(QDateTime(today, QTime(9, 40), zone), ComplaintChannel::Phone, ComplaintCategory::Quality,
        ComplaintSeverity::High, 11, QStringLiteral("连衣裙洗了一次就起球，要求退货。"),
        QStringLiteral("A26-1031"));
    take(QDateTime(today.addDays(-1), QTime(21, 20), zone), ComplaintChannel::InStore,
        ComplaintCategory::Service, ComplaintSeverity::Medium, 12,
        QStringLiteral("试衣间排队太久，店员没有招呼。"), QString());
    const ComplaintId investigating = take(QDateTime(today.addDays(-1), QTime(15, 0), zone),
        ComplaintChannel::Online, ComplaintCategory::Delivery, ComplaintSeverity::Medium, 13,
        QStringLiteral("网店订单三天还没发货。"), QStringLiteral("B25-2207"));
    store.complaints().acknowledge(
        investigating, staff.at(1).id, QDateTime(today.addDays(1), QTime(18, 0), zone), staff.at(0).id);
    store.complaints().startInvestigating(investigating, staff.at(1).id);
    const ComplaintId resolved = take(QDateTime(today.addDays(-2), QTime(11, 0), zone),
        ComplaintChannel::WeChat, ComplaintCategory::Size, ComplaintSeverity::Low, 14,
        QStringLiteral("裤长偏长，想免费改短。"), QStringLiteral("P24-0815"));
    temp.clock().set(QDateTime(today.addDays(-1), QTime(11, 0), zone));
    store.complaints().acknowledge(
        resolved, staff.at(0).id, QDateTime(today.addDays(-1), QTime(20, 0), zone), staff.at(0).id);
    store.complaints().offerResolution(
        resolved, Resolution::Repair, Money(), QStringLiteral("免费改裤长"), staff.at(0).id);
    store.complaints().resolve(resolved, staff.at(0).id);
    temp.clock().set(now);
}

// The service desk on the generated store: the calendar, the complaints desk, a complaint being
// logged, a message to copy, the handover panel at the start of a shift, and their settings.
void shootService(Store &store, const QString &folder, const QString &suffix)
{
    const QList<StaffMember> staff = readValue(store.staff().active());
    if (staff.size() < 2)
        return;
    store.shift().end();
    MainWindow window(store);
    window.resize(1180, 720);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "window not exposed\n");

    // A note from the closing shift, read by the next clerk when her shift begins.
    const QList<ComplaintRow> open = readValue(store.complaints().openByUrgency());
    const CustomerId customer
        = !open.isEmpty() && open.first().complaint.customer ? *open.first().complaint.customer : 1;
    store.handover().write(suffix == QStringLiteral("en")
            ? QStringLiteral("The customer on the card is coming back on Saturday for the altered trousers; "
                             "they are in the back room, second shelf.")
            : QStringLiteral("卡片上的这位顾客周六来取改好的裤子，放在仓库第二层。"),
        {customer}, staff.at(1).id);
    store.shift().begin(staff.at(0).id);
    window.showPage(window.counterPage());
    window.counterPage()->showCustomer(customer);
    save(&window, folder, QStringLiteral("counter_handover_") + suffix);

    window.showPage(window.calendarPage());
    save(&window, folder, QStringLiteral("calendar_") + suffix);
    window.calendarPage()->showDay(QDate(2026, 6, 18));
    save(&window, folder, QStringLiteral("calendar_day_") + suffix);

    window.showPage(window.complaintsPage());
    ComplaintsPage *complaints = window.complaintsPage();
    if (!open.isEmpty())
        complaints->select(open.first().complaint.id);
    save(&window, folder, QStringLiteral("complaints_") + suffix);
    complaints->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(1);
    save(&window, folder, QStringLiteral("complaints_analysis_") + suffix);

    ComplaintIntakeDialog intake(store, customer, &window);
    intake.show();
    save(&intake, folder, QStringLiteral("complaint_intake_") + suffix);
    intake.hide();

    // From someone not in the archive: her name and phone, by phone.
    ComplaintIntakeDialog caller(store, std::nullopt, &window);
    caller.show();
    save(&caller, folder, QStringLiteral("complaint_caller_") + suffix);
    caller.hide();

    MessageDialog message(store, customer, std::nullopt, &window);
    message.show();
    save(&message, folder, QStringLiteral("message_") + suffix);
    message.hide();

    // The texts, rules and holidays are the manager's: her tabs are hidden from a clerk.
    for (const StaffMember &member : staff)
        if (member.manager)
            store.shift().begin(member.id);
    window.showPage(window.settingsPage());
    auto *tabs = window.settingsPage()->findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
    tabs->setCurrentIndex(1);
    save(&window, folder, QStringLiteral("settings_templates_") + suffix);
    tabs->setCurrentIndex(2);
    save(&window, folder, QStringLiteral("settings_service_") + suffix);
    tabs->setCurrentWidget(window.settingsPage()->findChild<HolidaysPage *>());
    save(&window, folder, QStringLiteral("settings_holidays_") + suffix);
}

// The audit trail tab after a morning at the counter: the clerk takes the counter with her PIN,
// registers and changes customers, sells, takes a return, redeems points and shows a full number;
// the manager takes over, changes a rule, exports, makes a backup; a failed login (audit trail).
void shootAudit(const QString &folder, const QString &suffix)
{
    testing::TempStore temp;
    Store &store = temp.store();
    StaffRepository staff(store.database().connection());
    const StaffId wang = staff.insert(QStringLiteral("王芳"), false);
    const StaffId li = staff.insert(QStringLiteral("李店长"), true);
    store.shift().begin(Session{wang, QStringLiteral("王芳"), Role::Clerk});
    QList<CustomerId> ids;
    const QStringList names{QStringLiteral("陈静"), QStringLiteral("刘洋"), QStringLiteral("赵敏")};
    for (int i = 0; i < names.size(); ++i) {
        temp.clock().set(temp.clock().now().addSecs(600));
        const SaveResult saved
            = store.customers().registerCustomer(names.at(i), QStringLiteral("1380013800%1").arg(i), wang);
        if (saved.ok())
            ids << *saved.id;
    }
    if (ids.size() < 3)
        return;
    temp.clock().set(temp.clock().now().addSecs(900));
    CustomerArchive archive = *readValue(store.customers().load(ids.at(0)));
    archive.phoneText = QStringLiteral("13912345678");
    archive.customer.sizeTop = QStringLiteral("M");
    store.customers().save(archive);
    temp.clock().set(temp.clock().now().addSecs(300));
    Sale sale;
    sale.customerId = ids.at(0);
    sale.clerkId = wang;
    sale.lines = {SaleLine{0, QStringLiteral("DR-2406"), QStringLiteral("连衣裙"), QStringLiteral("藏青"),
                      QStringLiteral("M"), 1, Money::fromYuan(499), Money::fromYuan(499)},
        SaleLine{0, QStringLiteral("TS-1102"), QStringLiteral("T恤"), QStringLiteral("白"),
            QStringLiteral("M"), 1, Money::fromYuan(299), Money::fromYuan(299)}};
    const SaleResult sold = store.sales().recordSale(sale);
    temp.clock().set(temp.clock().now().addSecs(1200));
    if (sold.ok())
        if (const std::optional<Sale> recorded = readValue(store.sales().sale(*sold.id)))
            store.sales().recordReturn(recorded->lines.first().id, 1, QStringLiteral("尺码偏大"), {}, wang);
    temp.clock().set(temp.clock().now().addSecs(300));
    store.points().redeem(ids.at(0), 100, wang);
    AuditTrail trail(store.database(), temp.clock());
    trail.recordReveal(store.actor(), ids.at(1), RevealedField::Phone);
    temp.clock().set(temp.clock().now().addSecs(1800));
    store.shift().begin(Session{li, QStringLiteral("李店长"), Role::Manager});
    ServiceRules rules = store.serviceSettings().rules();
    rules.quietDays = 21;
    store.serviceSettings().save(rules);
    CustomerExport(store.database())
        .write(temp.folder() + QStringLiteral("/customers.xlsx"), ExportFormat::Xlsx, ArchiveFilter{},
            {ExportColumn::Name, ExportColumn::Phone, ExportColumn::TopSize});
    temp.clock().set(temp.clock().now().addSecs(120));
    BackupService(store.database(), temp.clock()).backupNow(BackupRecord::Kind::Manual);
    temp.clock().set(temp.clock().now().addSecs(300));
    trail.recordFailedLogin(QStringLiteral("xiaoli"));

    SettingsPage settings(store);
    settings.resize(1180, 640);
    auto *tabs = settings.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
    tabs->setCurrentWidget(settings.auditPage());
    settings.show();
    if (!QTest::qWaitForWindowExposed(&settings))
        std::fprintf(stderr, "settings not exposed\n");
    save(&settings, folder, QStringLiteral("settings_audit_") + suffix);
}

// The till import wizard on a GB18030 file (as Excel on a Chinese Windows saves it) with two bad rows.
void shootImport(const QString &folder, const QString &suffix)
{
    testing::TempStore temp;
    const QString path = temp.folder() + QStringLiteral("/收银机导出.csv");
    QString text = QStringLiteral("单号,款号,品名,颜色,尺码,数量,日期,单价,会员号\n");
    const QStringList styles
        = {QStringLiteral("A2611,羊毛大衣,燕麦色,M"), QStringLiteral("B1032,真丝衬衫,米白,S"),
            QStringLiteral("C0817,阔腿裤,藏青,L"), QStringLiteral("D5520,针织开衫,雾霾蓝,M")};
    for (int i = 0; i < 24; ++i) {
        const QString date = i == 7 ? QStringLiteral("2026年6月3日")
                                    : QStringLiteral("2026-06-%1 1%2:2%3")
                                          .arg(1 + i / 6, 2, 10, QLatin1Char('0'))
                                          .arg(i % 6)
                                          .arg(i % 10);
        const QString quantity = i == 15 ? QStringLiteral("1.5") : QString::number(1 + i % 2);
        text += QStringLiteral("XS%1,%2,%3,%4,¥%5.00,%6\n")
                    .arg(260601 + i / 2)
                    .arg(styles.at(i % styles.size()), quantity, date)
                    .arg(199 + 100 * (i % 4))
                    .arg(i % 3 == 0 ? QString() : QStringLiteral("VIP%1").arg(8800 + i));
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    QStringEncoder gb("GB18030");
    file.write(gb.encode(text));
    file.close();

    ImportWizard wizard(temp.store());
    wizard.resize(980, 660);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        std::fprintf(stderr, "wizard not exposed\n");
    wizard.findChild<QLineEdit *>(QStringLiteral("pathLineEdit"))->setText(path);
    wizard.next();
    save(&wizard, folder, QStringLiteral("import_preview_") + suffix);
    wizard.next();
    save(&wizard, folder, QStringLiteral("import_mapping_") + suffix);
    QSignalSpy checked(wizard.runPage(), &ImportRunPage::runFinished);
    wizard.next();
    checked.wait(20000);
    save(&wizard, folder, QStringLiteral("import_check_") + suffix);
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
    // She brought two friends (issue 23): the card lists them and whether each has bought.
    for (const CustomerId friendId : {ids.at(1), ids.at(2)}) {
        std::optional<CustomerArchive> archive = temp.store().customers().load(friendId).value.value_or(std::nullopt);
        if (archive) {
            archive->customer.referrerId = ids.at(0);
            archive->customer.source = SourceChannel::Referral;
            temp.store().customers().save(*archive);
        }
    }
    // Tiers, segments and scores on the card come from a nightly run.
    NightlyJob(temp.store().database(), temp.clock())
        .run(temp.clock().today(), NightlyRun::StartedBy::Manual);
    // Today, at the counter: redeeming is a Silver benefit, and the run has made her Gold.
    temp.store().points().redeem(ids.at(0), 500);
    // She holds the store's experience coupon from an earlier return: the card lists it and the sale
    // dialog redeems it.
    Coupon coupon = amountCoupon(CouponReason::Return, Money::fromYuan(100), Money::fromYuan(300),
        temp.clock().today().addDays(-5), 90, temp.clock().now().addDays(-5));
    coupon.customerId = ids.at(0);
    CouponRepository(temp.store().database().connection()).issue(coupon);
    testing::TempStore loyalty;
    if (!fillLoyaltyDemo(loyalty)) {
        std::fprintf(stderr, "the loyalty demo store could not be made\n");
        return 1;
    }
    addOpenComplaints(loyalty);
    if (!testing::prepareSecurityShots(temp.store(), ids.first())) {
        std::fprintf(stderr, "the accounts, backup or duplicate for the screenshots could not be made\n");
        return 1;
    }
    for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        Language::install(language);
        const QString suffix = language == QStringLiteral("en") ? QStringLiteral("en") : QStringLiteral("zh");
        shoot(temp.store(), ids.first(), folder, suffix);
        shootTiers(loyalty.store(), folder, suffix);
        shootService(loyalty.store(), folder, suffix);
        shootLogin(loyalty.store(), folder, suffix);
        shootImport(folder, suffix);
        shootAudit(folder, suffix);
        testing::shootSecurity(temp.store(), ids.first(), folder, suffix);
        testing::shootForecast(folder, suffix);
        testing::shootHistory(folder, suffix);
        testing::shootLostSales(folder, suffix);
        testing::shootRelationship(folder, suffix);
        testing::shootCampaigns(folder, suffix);
        testing::shootLocation(folder, suffix);
    }
    return 0;
}
