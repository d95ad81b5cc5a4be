#include "gui_test_helpers.h"

#include "core/display_format.h"
#include "core/money.h"
#include "gui/archive/archive_page.h"
#include "gui/archive/spot_check_dialog.h"
#include "gui/counter/customer_editor_dialog.h"
#include "gui/counter/register_dialog.h"
#include "gui/reports/reports_page.h"
#include "gui/reports/staff_targets_dialog.h"
#include "gui/settings/accounts_page.h"
#include "gui/settings/settings_page.h"
#include "services/account_service.h"
#include "services/counter_shift.h"
#include "services/customer_service.h"
#include "services/staff_goals.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/staff_repository.h"
#include "support/read_checks.h"
#include "support/report_store.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace atelier;
using namespace atelier::testing;

// Issue 24 in the window: a target set in Reports → Staff → Targets…, a spot check from the archive
// list, a deactivation that hands over the clerk's open work, and the register dialog naming the clerk.

namespace {

int rowOf(QTableWidget *table, const QString &name)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == name)
            return r;
    return -1;
}

} // namespace

TEST_CASE("The manager sets a clerk's target in Reports → Staff → Targets…", "[gui][staff_goals]")
{
    TempStore temp;
    const ReportStore s = fillReportStore(temp.store());
    REQUIRE(temp.store().shift().begin(Session{s.wang, QStringLiteral("小王"), Role::Manager}));
    ReportsPage page(temp.store());
    page.resize(1200, 800);
    page.show();
    QSignalSpy shown(&page, &ReportsPage::reportsShown);
    page.reload();
    REQUIRE(shown.wait(20000));
    auto *targets = child<QPushButton>(&page, QStringLiteral("staffTargetsButton"));
    REQUIRE(targets);
    QTest::mouseClick(targets, Qt::LeftButton);
    StaffTargetsDialog *dialog = nullptr;
    REQUIRE(waitFor([&] { return (dialog = page.findChild<StaffTargetsDialog *>()) != nullptr; }));
    auto *table = child<QTableWidget>(dialog, QStringLiteral("targetsTable"));
    const int li = rowOf(table, QStringLiteral("小李"));
    REQUIRE(li >= 0);
    // Not a number: the cell is named, nothing typed is lost.
    table->item(li, StaffTargetsDialog::SalesColumn)->setText(QStringLiteral("三万"));
    table->item(li, StaffTargetsDialog::ArchivesColumn)->setText(QStringLiteral("4"));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveTargetsButton")), Qt::LeftButton);
    auto *error = child<QLabel>(dialog, QStringLiteral("targetsErrorLabel"));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("小李")));
    CHECK(error->text().contains(QStringLiteral("Sales")));
    CHECK(table->item(li, StaffTargetsDialog::ArchivesColumn)->text() == QStringLiteral("4"));
    CHECK(dialog->isVisible());

    table->item(li, StaffTargetsDialog::SalesColumn)->setText(QStringLiteral("30000"));
    QSignalSpy again(&page, &ReportsPage::reportsShown);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveTargetsButton")), Qt::LeftButton);
    const QList<StaffTarget> saved = readValue(temp.store().staffGoals().targets(QDate(2026, 5, 1)));
    const auto liTarget
        = std::find_if(saved.begin(), saved.end(), [&](const StaffTarget &t) { return t.staff == s.li; });
    REQUIRE(liTarget != saved.end());
    CHECK(liTarget->salesFen == 3000000);
    CHECK(liTarget->newArchives == 4);
    CHECK_FALSE(liTarget->followUpsDone);
    // The page reads its figures again: Li's sales against her target in the Staff tab.
    REQUIRE(again.wait(20000));
    auto *goals = child<QTableView>(&page, QStringLiteral("reportTable_4_1"));
    REQUIRE(goals);
    bool found = false;
    for (int r = 0; r < goals->model()->rowCount(); ++r) {
        if (goals->model()->index(r, 0).data().toString() != QStringLiteral("小李"))
            continue;
        found = true;
        CHECK(goals->model()->index(r, 1).data().toString().contains(
            DisplayFormat::amount(Money::fromFen(3000000))));
        CHECK(goals->model()->index(r, 2).data().toString() == QStringLiteral("1 / 4"));
    }
    CHECK(found);

    // Next month: Copy last month fills the cells; nothing is saved until Save.
    StaffTargetsDialog june(temp.store(), QDate(2026, 6, 1));
    auto *juneTable = child<QTableWidget>(&june, QStringLiteral("targetsTable"));
    const int liJune = rowOf(juneTable, QStringLiteral("小李"));
    CHECK(juneTable->item(liJune, StaffTargetsDialog::SalesColumn)->text().isEmpty());
    QTest::mouseClick(child<QPushButton>(&june, QStringLiteral("copyLastMonthButton")), Qt::LeftButton);
    CHECK(juneTable->item(liJune, StaffTargetsDialog::SalesColumn)->text() == QStringLiteral("30000.00"));
    CHECK(readValue(temp.store().staffGoals().targets(QDate(2026, 6, 1))).at(liJune).isEmpty());
}

TEST_CASE("The manager spot-checks an archive from the archive list", "[gui][staff_goals]")
{
    TempStore temp;
    const ReportStore s = fillReportStore(temp.store());
    REQUIRE(temp.store().shift().begin(Session{s.wang, QStringLiteral("小王"), Role::Manager}));
    ArchivePage page(temp.store());
    page.resize(1200, 700);
    page.show();
    auto *view = child<QTableView>(&page, QStringLiteral("archiveView"));
    REQUIRE(waitFor([&] { return view->model()->rowCount() == 7; }));
    auto *button = child<QPushButton>(&page, QStringLiteral("spotCheckButton"));
    REQUIRE(button->isVisible());
    view->selectRow(0);
    QTest::mouseClick(button, Qt::LeftButton);
    SpotCheckDialog *dialog = nullptr;
    REQUIRE(waitFor([&] { return (dialog = page.findChild<SpotCheckDialog *>()) != nullptr; }));
    CHECK(child<QLabel>(dialog, QStringLiteral("lastVerdictLabel"))->text()
        == QStringLiteral("Never checked."));
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    child<QRadioButton>(dialog, QStringLiteral("invalidRadio"))->click();
    typeText(child<QLineEdit>(dialog, QStringLiteral("checkNoteEdit")), QStringLiteral("no such number"));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveCheckButton")), Qt::LeftButton);
    REQUIRE(waitFor([&] { return page.findChild<SpotCheckDialog *>() == nullptr; }));

    int invalid = 0;
    for (const CustomerId id : {s.c1, s.c2, s.c3, s.c4, s.c5, s.c6, s.c7}) {
        const std::optional<ArchiveCheck> check = readValue(temp.store().staffGoals().check(id));
        if (check) {
            CHECK_FALSE(check->valid);
            CHECK(check->note == QStringLiteral("no such number"));
            CHECK(check->checkedBy == s.wang);
            CHECK(SpotCheckDialog::verdictText(temp.store(), id).contains(QStringLiteral("not valid")));
            // The archive editor shows the manager the verdict.
            CustomerEditorDialog editor(temp.store(), id);
            auto *verdict = child<QLabel>(&editor, QStringLiteral("spotCheckLabel"));
            REQUIRE(verdict);
            CHECK(verdict->text().contains(QStringLiteral("not valid")));
            ++invalid;
        }
    }
    CHECK(invalid == 1);

    // A clerk has no such button.
    REQUIRE(temp.store().shift().begin(Session{s.li, QStringLiteral("小李"), Role::Clerk}));
    CHECK_FALSE(button->isVisible());
}

TEST_CASE("Deactivating a clerk hands her open tasks to the colleague chosen", "[gui][staff_goals]")
{
    TempStore temp;
    AccountService accounts(temp.store().database(), temp.clock());
    REQUIRE(accounts
                .createFirstManager(
                    QStringLiteral("陈店长"), QStringLiteral("lin"), QStringLiteral("atelier-lin"))
                .ok());
    const Session manager = *accounts.login(QStringLiteral("lin"), QStringLiteral("atelier-lin")).session;
    StaffRepository staff(temp.store().database().connection());
    const StaffId li = staff.insert(QStringLiteral("李晓雯"), false);
    const StaffId zhao = staff.insert(QStringLiteral("赵敏"), false);
    const SaveResult customer
        = temp.store().customers().registerCustomer(QStringLiteral("王芳"), QStringLiteral("13912345678"));
    REQUIRE(customer.ok());
    for (int i = 0; i < 3; ++i)
        sql::run(temp.store().database().connection(),
            QStringLiteral(
                "INSERT INTO follow_up_tasks (customer_id, due_on, channel, purpose, assignee_id, "
                "created_at) VALUES (?, '2026-06-20', 'phone', 'planned', ?, '2026-06-01T10:00:00+08:00')"),
            {*customer.id, li});
    REQUIRE(temp.store().shift().begin(manager));
    SettingsPage settings(temp.store());
    settings.show();
    AccountsPage *page = settings.accountsPage();
    auto *table = child<QTableWidget>(page, QStringLiteral("accountsTable"));
    const QList<QTableWidgetItem *> found = table->findItems(QStringLiteral("李晓雯"), Qt::MatchExactly);
    REQUIRE(found.size() == 1);
    table->selectRow(found.first()->row());

    const ModalWatch modal = whenModalOpens([](QWidget *dialog) {
        auto *tasksTo = child<QComboBox>(dialog, QStringLiteral("tasksToCombo"));
        REQUIRE(tasksTo);
        CHECK(tasksTo->itemText(0) == QStringLiteral("Whoever is at the counter"));
        CHECK(tasksTo->findText(QStringLiteral("李晓雯")) < 0); // not to herself
        tasksTo->setCurrentIndex(tasksTo->findText(QStringLiteral("赵敏")));
        CHECK_FALSE(child<QComboBox>(dialog, QStringLiteral("complaintsToCombo"))); // she has none
        QTest::mouseClick(
            child<QPushButton>(dialog, QStringLiteral("confirmDeactivateButton")), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("deactivateButton")), Qt::LeftButton);
    REQUIRE(modal.ran());
    auto *status = child<QLabel>(page, QStringLiteral("accountsStatusLabel"));
    REQUIRE(waitFor([&] { return status->text().contains(QStringLiteral("no longer log in")); }, 20000));
    const QSqlDatabase db = temp.store().database().connection();
    CHECK(
        sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM follow_up_tasks WHERE assignee_id = ?"), {zhao})
            .toInt()
        == 3);
    CHECK(sql::scalar(db, QStringLiteral("SELECT active FROM staff WHERE id = ?"), {li}).toInt() == 0);
}

TEST_CASE("The register dialog records the clerk at the counter as who registered her", "[gui][staff_goals]")
{
    TempStore temp;
    const StaffId clerk
        = StaffRepository(temp.store().database().connection()).insert(QStringLiteral("李晓雯"), false);
    REQUIRE(temp.store().shift().begin(Session{clerk, QStringLiteral("李晓雯"), Role::Clerk}));
    RegisterDialog dialog(temp.store());
    dialog.show();
    typeText(child<QLineEdit>(&dialog, QStringLiteral("nameLineEdit")), QStringLiteral("周琳"));
    typeText(child<QLineEdit>(&dialog, QStringLiteral("phoneLineEdit")), QStringLiteral("13800001234"));
    QTest::keyClick(child<QLineEdit>(&dialog, QStringLiteral("phoneLineEdit")), Qt::Key_Return);
    REQUIRE(waitFor([&] { return dialog.result() == QDialog::Accepted; }));
    const CustomerArchive saved = *readValue(temp.store().customers().load(dialog.customerId()));
    CHECK(saved.customer.createdBy == clerk);
}
