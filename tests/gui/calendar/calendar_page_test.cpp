#include "gui_test_helpers.h"

#include "gui/archive/sms_export_dialog.h"
#include "gui/calendar/calendar_month_model.h"
#include "gui/calendar/calendar_page.h"
#include "gui/calendar/task_done_dialog.h"
#include "gui/calendar/task_editor_dialog.h"
#include "gui/calendar/task_list_model.h"
#include "gui/calendar/task_reschedule_dialog.h"
#include "gui/common/message_dialog.h"
#include "gui/complaints/complaint_step_dialog.h"
#include "services/complaint_service.h"
#include "services/counter_shift.h"
#include "services/customer_service.h"
#include "services/follow_up_service.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/staff_repository.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace atelier;
using namespace atelier::testing;

namespace {

const QDate today(2026, 6, 15);

struct CalendarShop
{
    TempStore t;
    StaffId clerk = 0;
    StaffId other = 0;
    CustomerId wang = 0;
    CustomerId li = 0;
    TaskId mineToday = 0, theirs = 0, anyones = 0, overdue = 0;

    CalendarShop()
    {
        StaffRepository staff(t.store().database().connection());
        clerk = staff.insert(QStringLiteral("小王"), false);
        other = staff.insert(QStringLiteral("小李"), false);
        wang = *t.store()
                    .customers()
                    .registerCustomer(QStringLiteral("王芳"), QStringLiteral("13700000001"))
                    .id;
        li = *t.store()
                  .customers()
                  .registerCustomer(QStringLiteral("李娜"), QStringLiteral("13700000002"))
                  .id;
        // Wang agreed to promotions, so she may get a holiday greeting.
        sql::run(t.store().database().connection(),
            QStringLiteral("UPDATE customers SET consent_marketing = 1 WHERE id = ?"), {qlonglong(wang)});
        // One falls overdue: planned on the 12th for the 12th.
        t.clock().set(QDateTime(today.addDays(-3), QTime(10, 0), QTimeZone(8 * 3600)));
        overdue = plan(wang, today.addDays(-3), clerk, TaskPurpose::Planned);
        t.clock().set(QDateTime(today, QTime(10, 0), QTimeZone(8 * 3600)));
        mineToday = plan(li, today, clerk, TaskPurpose::Planned);
        theirs = plan(wang, today.addDays(3), other, TaskPurpose::Holiday);
        anyones = plan(li, today.addDays(5), std::nullopt, TaskPurpose::Birthday);
        REQUIRE(t.store().shift().begin(clerk));
    }

    TaskId plan(CustomerId who, const QDate &due, std::optional<StaffId> assignee, TaskPurpose purpose)
    {
        FollowUpTask task;
        task.customer = who;
        task.dueOn = due;
        task.assignee = assignee;
        task.purpose = purpose;
        const TaskResult made = t.store().followUps().create(task);
        REQUIRE(made.ok());
        return *made.id;
    }

    FollowUpService &tasks() { return t.store().followUps(); }
};

QList<TaskId> listed(CalendarPage &page)
{
    QList<TaskId> ids;
    for (const TaskRow &row : page.taskModel()->rows())
        ids << row.task.id;
    return ids;
}

void clickDay(CalendarPage &page, const QDate &day)
{
    auto *view = child<QTableView>(&page, QStringLiteral("monthView"));
    const QModelIndex cell = page.monthModel()->indexOf(day);
    REQUIRE(cell.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
}

void selectTask(CalendarPage &page, TaskId id)
{
    auto *list = child<QTableView>(&page, QStringLiteral("dayList"));
    const int row = int(listed(page).indexOf(id));
    REQUIRE(row >= 0);
    list->selectRow(row);
}

void chooseAssignee(CalendarPage &page, const QVariant &data)
{
    auto *combo = child<QComboBox>(&page, QStringLiteral("assigneeCombo"));
    combo->setCurrentIndex(combo->findData(data));
}

} // namespace

TEST_CASE("The calendar opens on today and overdue, mine, and counts the month", "[gui][calendar]")
{
    CalendarShop shop;
    CalendarPage page(shop.t.store());
    page.resize(1100, 640);
    page.show();
    QAbstractItemModelTester monthTester(
        page.monthModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester listTester(
        page.taskModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    CHECK(child<QCheckBox>(&page, QStringLiteral("todayOverdueCheck"))->isChecked());
    CHECK(listed(page) == QList<TaskId>{shop.overdue, shop.mineToday});
    CHECK(page.taskModel()->index(0, TaskListModel::StatusColumn).data().toString()
        == QStringLiteral("Overdue"));

    CalendarMonthModel *month = page.monthModel();
    CHECK(month->month() == QDate(2026, 6, 1));
    CHECK(month->firstShown() == QDate(2026, 6, 1)); // a Monday
    const QModelIndex overdueCell = month->indexOf(today.addDays(-3));
    CHECK(overdueCell.data().toString().contains(QStringLiteral("1 to do")));
    CHECK(overdueCell.data(Qt::ForegroundRole).value<QBrush>().color() == QColor(Qt::red));
    CHECK(month->indexOf(today).data(CalendarMonthModel::IsTodayRole).toBool());
    // "Mine": the clerk's and nobody's; the other clerk's day is empty.
    CHECK(month->indexOf(today.addDays(3)).data(CalendarMonthModel::TotalRole).toInt() == 0);
    CHECK(month->indexOf(today.addDays(5)).data(CalendarMonthModel::TotalRole).toInt() == 1);
    chooseAssignee(page, 0); // everyone
    CHECK(month->indexOf(today.addDays(3)).data(CalendarMonthModel::TotalRole).toInt() == 1);

    // A click on a day lists its tasks.
    clickDay(page, today.addDays(3));
    CHECK_FALSE(child<QCheckBox>(&page, QStringLiteral("todayOverdueCheck"))->isChecked());
    CHECK(listed(page) == QList<TaskId>{shop.theirs});
    CHECK(page.taskModel()->index(0, TaskListModel::CustomerColumn).data().toString()
        == QStringLiteral("王芳"));

    // Filters: one clerk, one purpose.
    chooseAssignee(page, qlonglong(shop.other));
    CHECK(listed(page) == QList<TaskId>{shop.theirs});
    auto *purpose = child<QComboBox>(&page, QStringLiteral("purposeCombo"));
    purpose->setCurrentIndex(purpose->findData(int(TaskPurpose::Birthday)));
    CHECK(listed(page).isEmpty());
    chooseAssignee(page, 0);
    CHECK(month->indexOf(today.addDays(5)).data(CalendarMonthModel::TotalRole).toInt() == 1);
    CHECK(month->indexOf(today.addDays(3)).data(CalendarMonthModel::TotalRole).toInt() == 0);

    // Next month and back.
    QTest::mouseClick(child<QWidget>(&page, QStringLiteral("nextMonthButton")), Qt::LeftButton);
    CHECK(month->month() == QDate(2026, 7, 1));
    QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("todayButton")), Qt::LeftButton);
    CHECK(month->month() == QDate(2026, 6, 1));
    CHECK(page.shownDay() == today);
}

TEST_CASE("Quick done records the outcome and plans the next step", "[gui][calendar]")
{
    CalendarShop shop;
    CalendarPage page(shop.t.store());
    page.show();
    selectTask(page, shop.mineToday);
    TaskDoneDialog *dialog = page.openDoneDialog();
    REQUIRE(dialog);
    auto *outcome = child<QComboBox>(dialog, QStringLiteral("outcomeCombo"));
    outcome->setCurrentIndex(outcome->findData(int(TaskOutcome::VisitBooked)));
    child<QLineEdit>(dialog, QStringLiteral("noteEdit"))->setText(QStringLiteral("comes on Saturday"));
    child<QLineEdit>(dialog, QStringLiteral("nextStepEdit"))->setText(QStringLiteral("prepare the fitting"));
    child<QCheckBox>(dialog, QStringLiteral("nextDateCheck"))->setChecked(true);
    child<QDateEdit>(dialog, QStringLiteral("nextDateEdit"))->setDate(today.addDays(4));
    child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();

    const FollowUpTask done = *readValue(shop.tasks().find(shop.mineToday));
    CHECK(done.status == TaskStatus::Done);
    CHECK(done.outcome == TaskOutcome::VisitBooked);
    CHECK(done.outcomeNote == QStringLiteral("comes on Saturday"));
    CHECK(done.doneBy == std::optional<StaffId>(shop.clerk));
    const QList<TaskRow> next = readValue(shop.tasks().dayList(today.addDays(4), {}));
    REQUIRE(next.size() == 1);
    CHECK(next[0].task.note == QStringLiteral("prepare the fitting"));
    // The page followed (the change is announced on the next turn of the event loop): today's task
    // shows as done, the new day is counted.
    CHECK(waitFor([&] {
        return page.taskModel()
            ->index(int(listed(page).indexOf(shop.mineToday)), TaskListModel::StatusColumn)
            .data()
            .toString()
            .startsWith(QStringLiteral("Done"));
    }));
    CHECK(waitFor([&] {
        return page.monthModel()->indexOf(today.addDays(4)).data(CalendarMonthModel::TotalRole).toInt() == 1;
    }));
    // The grid counts what is left to do: the done task no longer makes its day look busy.
    const std::vector<DayCount> days = readValue(shop.tasks().monthCounts(today, today, {}));
    REQUIRE(days.size() == 1);
    const DayCount &counted = days.front();
    REQUIRE(counted.done >= 1);
    const QString cell = page.monthModel()->indexOf(today).data(Qt::DisplayRole).toString();
    CHECK(cell.endsWith(counted.total > counted.done
            ? QStringLiteral("%1 to do").arg(counted.total - counted.done)
            : QStringLiteral("✓ %1 done").arg(counted.done)));
}

TEST_CASE(
    "Tasks move by dropping them on a day or through the dialog, never into the past", "[gui][calendar]")
{
    CalendarShop shop;
    CalendarPage page(shop.t.store());
    page.show();
    CalendarMonthModel *month = page.monthModel();

    // What the list hands to a drag, dropped on the 25th.
    selectTask(page, shop.overdue);
    const QModelIndexList rows
        = child<QTableView>(&page, QStringLiteral("dayList"))->selectionModel()->selectedIndexes();
    std::unique_ptr<QMimeData> mime(page.taskModel()->mimeData(rows));
    REQUIRE(mime->hasFormat(QStringLiteral("application/x-atelier-task-ids")));
    const QModelIndex target = month->indexOf(QDate(2026, 6, 25));
    REQUIRE(month->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, target));
    CHECK(month->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, target));
    CHECK(readValue(shop.tasks().find(shop.overdue))->dueOn == QDate(2026, 6, 25));
    CHECK(waitFor([&] { return target.data(CalendarMonthModel::TotalRole).toInt() == 1; }));
    CHECK(waitFor([&] { return !listed(page).contains(shop.overdue); }));

    // Dropped on a day that has passed: refused with the reason, nothing moved.
    QMimeData past;
    past.setData(QStringLiteral("application/x-atelier-task-ids"), encodeTaskIds({shop.mineToday}));
    CHECK_FALSE(month->dropMimeData(&past, Qt::MoveAction, -1, -1, month->indexOf(today.addDays(-1))));
    CHECK(readValue(shop.tasks().find(shop.mineToday))->dueOn == today);
    CHECK(child<QLabel>(&page, QStringLiteral("messageLabel"))
              ->text()
              .contains(QStringLiteral("already passed")));

    // The dialog: a past day is refused and the dialog stays; a later one moves it.
    selectTask(page, shop.mineToday);
    TaskRescheduleDialog *dialog = page.openRescheduleDialog();
    REQUIRE(dialog);
    dialog->setDate(today.addDays(-2));
    child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    CHECK(dialog->isVisible());
    CHECK_FALSE(child<QLabel>(dialog, QStringLiteral("messageLabel"))->text().isEmpty());
    dialog->setDate(today.addDays(2));
    child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    CHECK(readValue(shop.tasks().find(shop.mineToday))->dueOn == today.addDays(2));
}

TEST_CASE(
    "A new task is planned for a customer found by search; the shift decides what mine is", "[gui][calendar]")
{
    CalendarShop shop;
    CalendarPage page(shop.t.store());
    page.show();
    QSignalSpy counter(&page, &CalendarPage::openOnCounter);
    selectTask(page, shop.mineToday);
    QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("openCounterButton")), Qt::LeftButton);
    REQUIRE(counter.size() == 1);
    CHECK(counter.first().first().value<CustomerId>() == shop.li);

    TaskEditorDialog *dialog = page.openNewTaskDialog();
    REQUIRE(dialog);
    child<QLineEdit>(dialog, QStringLiteral("customerSearchEdit"))->setText(QStringLiteral("0001"));
    dialog->search(QStringLiteral("0001"));
    auto *customer = child<QComboBox>(dialog, QStringLiteral("customerCombo"));
    REQUIRE(customer->count() == 1);
    CHECK(customer->currentData().toLongLong() == shop.wang);
    child<QDateEdit>(dialog, QStringLiteral("dueDateEdit"))->setDate(today.addDays(-1));
    child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    CHECK(dialog->isVisible()); // a day that has passed
    child<QDateEdit>(dialog, QStringLiteral("dueDateEdit"))->setDate(today);
    child<QLineEdit>(dialog, QStringLiteral("noteEdit"))->setText(QStringLiteral("new arrivals"));
    child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    const QList<TaskRow> todays = readValue(shop.tasks().dayList(today, {}));
    REQUIRE(todays.size() == 2);
    // Today and overdue, mine: the new one is the clerk's.
    CHECK(waitFor([&] { return listed(page).size() == 3; }));

    // The other clerk takes the counter: their today and overdue (nothing of theirs today).
    REQUIRE(shop.t.store().shift().begin(shop.other));
    CHECK(child<QCheckBox>(&page, QStringLiteral("todayOverdueCheck"))->isChecked());
    CHECK(listed(page).isEmpty());
}

TEST_CASE("From the calendar a clerk copies a task's message and the manager exports the list for SMS",
    "[gui][calendar]")
{
    CalendarShop shop;
    Store &store = shop.t.store();
    sql::run(store.database().connection(),
        QStringLiteral("UPDATE customers SET consent_marketing = 1 WHERE id = ?"), {qlonglong(shop.wang)});
    CalendarPage page(store);
    page.show();
    auto *message = child<QPushButton>(&page, QStringLiteral("messageButton"));
    auto *sms = child<QPushButton>(&page, QStringLiteral("smsExportButton"));
    REQUIRE(message);
    REQUIRE(sms);
    CHECK_FALSE(message->isEnabled()); // nothing selected yet
    CHECK(sms->isEnabled());

    selectTask(page, shop.mineToday);
    REQUIRE(message->isEnabled());
    message->click();
    auto *dialog = page.findChild<MessageDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->text().contains(QStringLiteral("李娜")));
    dialog->close();

    // The SMS export is the manager's (docs/accounts.md), and its worker acts for whoever is at the
    // counter: the manager takes over.
    REQUIRE(store.shift().begin(Session{shop.clerk, QStringLiteral("小王"), Role::Manager}));
    sms->click();
    auto *exportDialog = page.findChild<SmsExportDialog *>();
    REQUIRE(exportDialog);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("sms.csv"));
    exportDialog->setFileName(file);
    QSignalSpy finished(exportDialog, &SmsExportDialog::exportFinished);
    exportDialog->startExport();
    REQUIRE(finished.wait(10000));
    CHECK(finished.first().first().toBool());
    QFile csv(file);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    // The two customers of "today and overdue": only the one who accepts promotions is written.
    CHECK(text.contains(QStringLiteral("13700000001")));
    CHECK_FALSE(text.contains(QStringLiteral("13700000002")));
}

TEST_CASE("Done on a complaint's call-back opens the complaint's call-back step", "[gui][calendar]")
{
    CalendarShop shop;
    Store &store = shop.t.store();
    ComplaintDraft draft;
    draft.customer = shop.li;
    draft.content = QStringLiteral("拉链坏了");
    draft.takenBy = shop.clerk;
    const ComplaintId id = store.complaints().intake(draft).complaint->id;
    REQUIRE(store.complaints()
                .acknowledge(id, shop.clerk, QDateTime(today.addDays(1), QTime(18, 0), QTimeZone(8 * 3600)))
                .ok());
    REQUIRE(store.complaints().offerResolution(id, Resolution::Repair, Money(), {}, shop.clerk).ok());
    REQUIRE(store.complaints().resolve(id, shop.clerk).ok());
    const QVariant task = sql::scalar(store.database().connection(),
        QStringLiteral("SELECT id FROM follow_up_tasks WHERE complaint_id = ?"), {qlonglong(id)});
    REQUIRE(task.isValid());

    CalendarPage page(store);
    page.show();
    page.showDay(today.addDays(1)); // the call-back is due 24 hours after the resolution
    selectTask(page, task.toLongLong());
    child<QPushButton>(&page, QStringLiteral("doneButton"))->click();
    CHECK(page.findChild<TaskDoneDialog *>() == nullptr);
    CHECK(page.findChild<ComplaintStepDialog *>() != nullptr);
}

TEST_CASE("A day that cannot be read says so instead of showing no tasks", "[gui][calendar]")
{
    CalendarShop shop;
    CalendarPage page(shop.t.store());
    page.resize(1100, 640);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *list = child<QTableView>(&page, QStringLiteral("dayList"));
    auto *error = child<QLabel>(&page, QStringLiteral("dayErrorLabel"));
    CHECK(list->isVisible());
    CHECK_FALSE(error->isVisible());

    dropTable(shop.t.store(), QStringLiteral("follow_up_tasks"));
    clickDay(page, today.addDays(3));
    CHECK_FALSE(list->isVisible());
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("could not be read")));
    CHECK(page.taskModel()->rowCount() == 0);
    CHECK_FALSE(child<QPushButton>(&page, QStringLiteral("exportCustomersButton"))->isEnabled());
    // The month's counts could not be read either: the page says so rather than showing free days.
    page.reload();
    CHECK(error->isVisible());
    CHECK(child<QLabel>(&page, QStringLiteral("messageLabel"))
              ->text()
              .contains(QStringLiteral("could not be read")));
}
