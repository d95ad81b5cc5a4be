#pragma once

#include "core/customer.h"
#include "core/task_filter.h"

#include <QDate>
#include <QWidget>

#include <memory>

namespace Ui {
class CalendarPage;
}

namespace atelier {

class CalendarMonthModel;
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

public slots:
    // Reads the month and the list again (after a nightly run, or when tasks changed elsewhere).
    void reload();

signals:
    void openOnCounter(atelier::CustomerId id);

private:
    void setUpFilters();
    void fillAssignees();
    void reloadList();
    void updateButtons();
    QList<const TaskRow *> selectedRows() const;
    void cancelSelected();
    void showMessage(const QString &message);

    std::unique_ptr<Ui::CalendarPage> m_ui;
    Store &m_store;
    CalendarMonthModel *m_month = nullptr;
    TaskListModel *m_list = nullptr;
    QDate m_day;
};

} // namespace atelier
