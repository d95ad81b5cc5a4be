#include "gui_test_helpers.h"

#include "gui/archive/column_chooser_dialog.h"
#include "gui/calendar/calendar_page.h"
#include "gui/calendar/task_list_model.h"
#include "gui/loyalty/tiers_page.h"
#include "services/customer_service.h"
#include "services/follow_up_service.h"
#include "services/nightly_job.h"
#include "services/nightly_runner.h"
#include "services/store.h"
#include "support/export_files.h"
#include "support/loyalty_store.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace atelier;
using namespace atelier::testing;

namespace {

// The dialog of that kind the page has open (the flow's dialogs are window-modal, not exec()).
template <typename Dialog> Dialog *openDialog(QWidget *page)
{
    Dialog *found = nullptr;
    waitFor([&]() {
        for (Dialog *dialog : page->findChildren<Dialog *>())
            if (dialog->isVisible())
                found = dialog;
        return found != nullptr;
    });
    return found;
}

// Ticks only the chooser's rows `ticked` and presses OK.
void chooseColumns(QWidget *page, const QList<int> &ticked)
{
    auto *chooser = openDialog<ColumnChooserDialog>(page);
    REQUIRE(chooser);
    QTest::mouseClick(chooser->findChild<QPushButton *>(QStringLiteral("noneButton")), Qt::LeftButton);
    auto *list = chooser->findChild<QListWidget *>(QStringLiteral("columnList"));
    for (const int row : ticked)
        list->item(row)->setCheckState(Qt::Checked);
    QPushButton *ok = chooser->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

// Types the file name into the save dialog and accepts it.
void saveAs(QWidget *page, const QString &fileName)
{
    auto *dialog = openDialog<QFileDialog>(page);
    REQUIRE(dialog);
    saveInDialog(dialog, fileName);
}

} // namespace

TEST_CASE("Export… on the Tiers page writes the chosen columns of a cell to XLSX", "[gui][export]")
{
    TempStore temp;
    fillLoyaltyStore(temp.store());
    REQUIRE(NightlyJob(temp.store().database(), temp.clock())
                .run(loyaltyAsOf(), NightlyRun::StartedBy::Cli)
                .result
        == NightlyRun::Result::Ok);
    NightlyRunner runner(temp.path(), temp.clock());
    TiersPage page(temp.store(), runner);
    page.resize(1000, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    auto *exportButton = child<QPushButton>(&page, QStringLiteral("exportButton"));
    REQUIRE(exportButton);
    CHECK_FALSE(exportButton->isEnabled()); // no list yet
    auto *grid = child<QTableView>(&page, QStringLiteral("distributionView"));
    // Gold, every segment (the Total column, the last): 杨雪 4000, 李静 3500.
    const QModelIndex gold = grid->model()->index(1, grid->model()->columnCount() - 1);
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(gold).center());
    REQUIRE(exportButton->isEnabled());

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("gold.xlsx"));
    QSignalSpy finished(&page, &TiersPage::exportFinished);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    chooseColumns(&page, {1, 6}); // Name, Spend
    saveAs(&page, file);
    REQUIRE(finished.wait(10000));
    CHECK(finished.first().first().toBool());
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("gold.xlsx")});

    CHECK(cellText(file, QStringLiteral("A1")) == QStringLiteral("Name"));
    CHECK(cellText(file, QStringLiteral("B1")) == QStringLiteral("Spend (yuan)"));
    CHECK(cellText(file, QStringLiteral("A2")) == QStringLiteral("杨雪"));
    CHECK(cellText(file, QStringLiteral("B2")) == QStringLiteral("4000"));
    CHECK(cellText(file, QStringLiteral("A3")) == QStringLiteral("李静"));
    const QString sheet = xlsxPart(file, QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK(cellXml(sheet, QStringLiteral("C1")).isEmpty()); // only the chosen columns
    CHECK(cellXml(sheet, QStringLiteral("A4")).isEmpty());
    CHECK_FALSE(sheet.contains(QStringLiteral("****"))); // no phone, masked or not
    CHECK(child<QLabel>(&page, QStringLiteral("exportStatusLabel"))->text().contains(QStringLiteral("2")));
}

TEST_CASE("Export customers… on the calendar writes the listed customers once each, as CSV by the suffix",
    "[gui][export]")
{
    TempStore temp;
    Store &store = temp.store();
    const CustomerId wang
        = *store.customers().registerCustomer(QStringLiteral("王芳"), QStringLiteral("13700000001")).id;
    const CustomerId li
        = *store.customers().registerCustomer(QStringLiteral("李娜"), QStringLiteral("13700000002")).id;
    const QDate today(2026, 6, 15);
    const auto plan = [&](CustomerId who, const QDate &due) {
        FollowUpTask task;
        task.customer = who;
        task.dueOn = due;
        task.purpose = TaskPurpose::Planned;
        temp.clock().set(QDateTime(due, QTime(9, 0), QTimeZone(8 * 3600)));
        REQUIRE(store.followUps().create(task).ok());
    };
    plan(li, today.addDays(-2)); // overdue
    plan(wang, today);
    plan(li, today); // 李娜 twice in the list
    temp.clock().set(QDateTime(today, QTime(10, 0), QTimeZone(8 * 3600)));

    CalendarPage page(store);
    page.show();
    REQUIRE(page.taskModel()->rowCount() == 3);
    QList<CustomerId> firstSeen;
    for (const TaskRow &row : page.taskModel()->rows())
        if (!firstSeen.contains(row.task.customer))
            firstSeen << row.task.customer;
    REQUIRE(firstSeen.size() == 2);
    CHECK(page.listedCustomers() == firstSeen);

    auto *exportButton = child<QPushButton>(&page, QStringLiteral("exportCustomersButton"));
    REQUIRE(exportButton);
    REQUIRE(exportButton->isEnabled());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("calls.csv"));
    QSignalSpy finished(&page, &CalendarPage::exportFinished);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    chooseColumns(&page, {1, 2}); // Name, Phone; the chooser's format stays XLSX: the suffix decides
    saveAs(&page, file);
    REQUIRE(finished.wait(10000));
    CHECK(finished.first().first().toBool());

    const QString wangLine = QStringLiteral("王芳,13700000001");
    const QString liLine = QStringLiteral("李娜,13700000002");
    const QStringList expected{QStringLiteral("Name,Phone"), firstSeen.first() == wang ? wangLine : liLine,
        firstSeen.first() == wang ? liLine : wangLine};
    CHECK(csvLines(file) == expected);
}

TEST_CASE("the calendar's export offers every customer column and disables itself on an empty list",
    "[gui][export]")
{
    TempStore temp;
    CalendarPage page(temp.store());
    page.show();
    auto *exportButton = child<QPushButton>(&page, QStringLiteral("exportCustomersButton"));
    REQUIRE(exportButton);
    CHECK_FALSE(exportButton->isEnabled());
    CHECK(page.openExportDialog() == nullptr);
    ColumnChooserDialog chooser(ExportSource::Tasks);
    CHECK(chooser.findChild<QListWidget *>(QStringLiteral("columnList"))->count() == 18);
    CHECK(chooser.columns() == ExportColumns::defaults(ExportSource::Tasks));
}
