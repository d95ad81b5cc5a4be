#include "screenshots_relationship.h"

#include "gui/archive/archive_model.h"
#include "gui/archive/archive_page.h"
#include "gui/archive/spot_check_dialog.h"
#include "gui/counter/customer_editor_dialog.h"
#include "gui/main_window.h"
#include "gui/reports/archive_contest_widget.h"
#include "gui/reports/reports_page.h"
#include "gui/reports/satisfaction_report_widget.h"
#include "gui/reports/staff_targets_dialog.h"
#include "screenshot_file.h"
#include "screenshots_forecast.h"
#include "services/account_service.h"
#include "services/counter_shift.h"
#include "services/demo_accounts.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "support/temp_store.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace atelier::testing {

namespace {

QTabWidget *reportTabs(ReportsPage *page)
{
    return page->findChild<QTabWidget *>(QStringLiteral("tabs"));
}

// The Reports page on `tab` once its own figures are computed.
void shootReportTab(MainWindow &window, QWidget *tab, const std::function<bool()> &busy,
    const QString &folder, const QString &name)
{
    QTabWidget *tabs = reportTabs(window.reportsPage());
    const int index = tabs->indexOf(tab);
    if (index < 0) {
        std::fprintf(stderr, "%s: the tab is not on the Reports page\n", qPrintable(name));
        return;
    }
    tabs->setCurrentIndex(index);
    if (!QTest::qWaitFor([&busy] { return !busy(); }, 30000))
        std::fprintf(stderr, "%s: the figures were not computed in time\n", qPrintable(name));
    saveShot(&window, folder, name);
}

} // namespace

void shootRelationship(const QString &folder, const QString &suffix)
{
    TempStore *temp = forecastStore();
    if (!temp) {
        std::fprintf(stderr, "the forecast demo store could not be made\n");
        return;
    }
    Store &store = temp->store();
    const demo::DemoLogin managerLogin = demo::managerLogin();
    const std::optional<Session> manager = AccountService(store.database(), store.clock())
                                               .login(managerLogin.login, managerLogin.password)
                                               .session;
    if (!manager) {
        std::fprintf(stderr, "the demo store's manager did not log in\n");
        return;
    }
    store.shift().begin(*manager);

    MainWindow window(store);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "relationship window not exposed\n");

    // Reports, last month (the page's default): its Satisfaction, Staff and Archive contest tabs.
    ReportsPage *reports = window.reportsPage();
    QSignalSpy shown(reports, &ReportsPage::reportsShown);
    window.showPage(reports);
    if (!shown.wait(60000))
        std::fprintf(stderr, "the reports did not finish\n");
    SatisfactionReportWidget *satisfaction = reports->satisfactionReport();
    shootReportTab(
        window, satisfaction, [satisfaction] { return satisfaction->isBusy(); }, folder,
        QStringLiteral("reports_satisfaction_") + suffix);
    ArchiveContestWidget *contest = reports->contestReport();
    shootReportTab(
        window, contest, [contest] { return contest->isBusy(); }, folder,
        QStringLiteral("reports_archive_contest_") + suffix);

    // Staff: scrolled down to the targets and quality table.
    QTabWidget *tabs = reportTabs(reports);
    auto *targetsTable = reports->findChild<QTableView *>(QStringLiteral("reportTable_4_1"));
    if (targetsTable) {
        for (int i = 0; i < tabs->count(); ++i)
            if (auto *scroll = qobject_cast<QScrollArea *>(tabs->widget(i));
                scroll && scroll->isAncestorOf(targetsTable)) {
                tabs->setCurrentIndex(i);
                QTest::qWait(100);
                scroll->ensureWidgetVisible(targetsTable->parentWidget(), 0, 0);
            }
    } else {
        std::fprintf(stderr, "the staff targets table is not on the Reports page\n");
    }
    saveShot(&window, folder, QStringLiteral("reports_staff_targets_") + suffix);
    if (auto *targetsButton = reports->findChild<QPushButton *>(QStringLiteral("staffTargetsButton"))) {
        targetsButton->click();
        if (auto *dialog = reports->findChild<StaffTargetsDialog *>(QStringLiteral("staffTargetsDialog"))) {
            if (!QTest::qWaitForWindowExposed(dialog))
                std::fprintf(stderr, "a dialog was not exposed\n");
            saveShot(dialog, folder, QStringLiteral("staff_targets_dialog_") + suffix);
            dialog->reject();
        } else {
            std::fprintf(stderr, "the staff targets dialog did not open\n");
        }
    } else {
        std::fprintf(stderr, "no Targets… button on the Staff tab\n");
    }

    // The archive list, "Recorded without consent" ticked: the names carry the manager's flag.
    ArchivePage *archive = window.archivePage();
    window.showPage(archive);
    auto *withoutConsent = archive->findChild<QCheckBox *>(QStringLiteral("withoutConsentCheckBox"));
    auto *list = archive->findChild<QTableView *>(QStringLiteral("archiveView"));
    withoutConsent->setChecked(true);
    QTest::qWait(200);
    if (list->model()->rowCount() > 0)
        list->selectRow(0);
    saveShot(&window, folder, QStringLiteral("archive_without_consent_") + suffix);
    withoutConsent->setChecked(false);
    QTest::qWait(200);

    // A spot check of an archive checked before: the dialog shows the last verdict.
    int checkedRow = -1;
    for (int row = 0; row < std::min(200, list->model()->rowCount()) && checkedRow < 0; ++row) {
        const QVariant checks = sql::scalar(store.database().connection(),
            QStringLiteral("SELECT COUNT(*) FROM archive_checks WHERE customer_id = ?"),
            {QVariant(qlonglong(archive->model()->customerAt(row)))});
        if (checks.toInt() > 0)
            checkedRow = row;
    }
    list->selectRow(std::max(0, checkedRow));
    list->scrollTo(list->currentIndex());
    archive->findChild<QPushButton *>(QStringLiteral("spotCheckButton"))->click();
    if (auto *dialog = archive->findChild<SpotCheckDialog *>(QStringLiteral("spotCheckDialog"))) {
        if (!QTest::qWaitForWindowExposed(dialog))
            std::fprintf(stderr, "a dialog was not exposed\n");
        dialog->findChild<QLineEdit *>(QStringLiteral("checkNoteEdit"))
            ->setText(QStringLiteral("电话回访确认，尺码无误"));
        saveShot(dialog, folder, QStringLiteral("spot_check_dialog_") + suffix);
        dialog->reject();
    } else {
        std::fprintf(stderr, "the spot check dialog did not open\n");
    }

    // Print cards… for the whole list: modal, shot once it is open, then cancelled.
    QTimer::singleShot(300, &window, [&folder, &suffix] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            std::fprintf(stderr, "the print cards dialog did not open\n");
            return;
        }
        saveShot(dialog, folder, QStringLiteral("print_cards_dialog_") + suffix);
        dialog->reject();
    });
    archive->findChild<QPushButton *>(QStringLiteral("printCardsButton"))->click();

    // The archive editor of a customer who has not agreed that we keep her birthday and address:
    // both typed, each says why it would not be kept.
    const CustomerId noConsent = sql::scalar(store.database().connection(),
        QStringLiteral("SELECT MIN(id) FROM customers WHERE consent_profile = 0 AND birthday IS NULL "
                       "AND birth_year IS NULL AND (address IS NULL OR address = '')"))
                                     .toLongLong();
    if (noConsent == 0) {
        std::fprintf(stderr, "no customer without consent for the editor shot\n");
    } else {
        CustomerEditorDialog editor(store, noConsent, &window);
        editor.show();
        if (!QTest::qWaitForWindowExposed(&editor))
            std::fprintf(stderr, "a dialog was not exposed\n");
        // The address first: ticking the birthday says what is wrong with each field typed.
        editor.findChild<QLineEdit *>(QStringLiteral("addressLineEdit"))
            ->setText(QStringLiteral("上海市静安区南京西路 88 号"));
        editor.findChild<QCheckBox *>(QStringLiteral("birthdayKnownCheckBox"))->setChecked(true);
        editor.findChild<QDateEdit *>(QStringLiteral("birthdayDateEdit"))->setDate(QDate(1991, 3, 12));
        // The hard facts scroll; the shot shows the birthday's and the address's reasons whole.
        if (auto *scroll = editor.findChild<QScrollArea *>(QStringLiteral("hardScrollArea")))
            scroll->ensureWidgetVisible(editor.findChild<QLineEdit *>(QStringLiteral("addressLineEdit")));
        QApplication::processEvents();
        saveShot(&editor, folder, QStringLiteral("customer_editor_consent_") + suffix);
        editor.reject();
    }

    store.shift().end();
}

} // namespace atelier::testing
