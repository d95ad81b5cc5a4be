#pragma once

#include "core/customer.h"
#include "core/export_columns.h"
#include "core/task_filter.h"

#include <QDate>
#include <QWidget>

#include <memory>

namespace Ui {
class CalendarPage;
}

namespace atelier {

class CalendarMonthModel;
class ColumnChooserDialog;
class CustomerExportFlow;
class MessageDialog;
class SmsExportDialog;
class Store;
class TaskDoneDialog;
class TaskEditorDialog;
class TaskListModel;
class TaskRescheduleDialog;

// The follow-up calendar (回访日历): a month grid with the number of tasks per day (overdue in red),
// the chosen day's list beside it, filters by assignee and purpose. A clerk opens it on "today and
// overdue, mine" (the clerk at the counter's tasks and everyone's). Tasks are done, moved (dialog,
// or dragged onto a day) and planned from here; every read is one indexed query, so nothing waits.
class CalendarPage : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarPage(Store &store, QWidget *parent = nullptr);
    ~CalendarPage() override;

    CalendarMonthModel *monthModel() const { return m_month; }
    TaskListModel *taskModel() const { return m_list; }

    // Shows one day's tasks (what a click on the grid does) and leaves "today and overdue".
    void showDay(const QDate &day);
    void showTodayAndOverdue();
    void showMonth(const QDate &day);
    QDate shownDay() const { return m_day; }
    TaskFilter filter() const;

    // The dialogs open window-modal (never a nested event loop) and are returned for tests.
    TaskDoneDialog *openDoneDialog();
    TaskRescheduleDialog *openRescheduleDialog();
    TaskEditorDialog *openNewTaskDialog();
    // The selected task's message to copy, and the list's customers for a bulk-SMS platform.
    MessageDialog *openMessageDialog();
    SmsExportDialog *openSmsExportDialog();
    // The list's customers, each once in list order, to CSV or XLSX: the chooser Export customers…
    // opens (the save dialog follows), or straight to a file (its suffix says the format).
    ColumnChooserDialog *openExportDialog();
    void exportCustomersTo(const QString &fileName, const QList<ExportColumn> &columns);
    // The customers of the list, each once, in list order.
    QList<CustomerId> listedCustomers() const;

public slots:
    // Reads the month and the list again (after a nightly run, or when tasks changed elsewhere).
    void reload();

signals:
    void openOnCounter(atelier::CustomerId id);
    void exportFinished(bool ok);

private:
    void setUpFilters();
    void fillAssignees();
    void reloadMonthCounts();
    void reloadList();
    void updateButtons();
    QList<const TaskRow *> selectedRows() const;
    void cancelSelected();
    void showMessage(const QString &message);

    std::unique_ptr<Ui::CalendarPage> m_ui;
    Store &m_store;
    CalendarMonthModel *m_month = nullptr;
    TaskListModel *m_list = nullptr;
    CustomerExportFlow *m_export = nullptr;
    QDate m_day;
};

} // namespace atelier
