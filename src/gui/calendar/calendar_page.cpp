#include "gui/calendar/calendar_page.h"

#include "core/display_format.h"
#include "core/labels.h"
#include "gui/archive/customer_export_flow.h"
#include "gui/archive/sms_export_dialog.h"
#include "gui/calendar/calendar_day_delegate.h"
#include "gui/calendar/calendar_month_model.h"
#include "gui/calendar/task_done_dialog.h"
#include "gui/calendar/task_editor_dialog.h"
#include "gui/calendar/task_list_model.h"
#include "gui/calendar/task_reschedule_dialog.h"
#include "gui/common/message_dialog.h"
#include "gui/common/unreadable_item.h"
#include "gui/complaints/complaint_step_dialog.h"
#include "services/change_notifier.h"
#include "services/complaint_service.h"
#include "services/counter_shift.h"
#include "services/customer_export.h"
#include "services/follow_up_service.h"
#include "services/staff_directory.h"
#include "services/satisfaction.h"
#include "services/store.h"
#include "ui_calendar_page.h"

#include <QAction>
#include <QHeaderView>

namespace atelier {

namespace {

// The assignee box's first two entries; staff members follow with their ids.
constexpr qlonglong mineEntry = -1;
constexpr qlonglong everyoneEntry = 0;

} // namespace

CalendarPage::CalendarPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CalendarPage>())
    , m_store(store)
    , m_month(new CalendarMonthModel(store.followUps(), this))
    , m_list(new TaskListModel(this))
{
    m_ui->setupUi(this);
    m_export = new CustomerExportFlow(
        store, ExportSource::Tasks, this, m_ui->exportCustomersButton, m_ui->exportStatusLabel);
    m_ui->monthView->setModel(m_month);
    m_ui->monthView->setItemDelegate(new CalendarDayDelegate(m_ui->monthView));
    m_ui->monthView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->monthView->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->monthView->verticalHeader()->hide();
    // Room for "12 tasks" in every cell of the week, whatever the day list beside it holds.
    m_ui->monthView->setMinimumWidth(7 * 64);
    m_ui->monthView->setAcceptDrops(true);
    m_ui->monthView->setDropIndicatorShown(true);
    m_ui->dayList->setModel(m_list);
    m_ui->dayList->horizontalHeader()->setStretchLastSection(true);
    m_ui->dayList->verticalHeader()->hide();
    m_ui->dayList->setDefaultDropAction(Qt::MoveAction);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({560, 640});
    setUpFilters();

    connect(m_ui->monthView, &QTableView::clicked, this,
        [this](const QModelIndex &index) { showDay(m_month->dateAt(index)); });
    connect(m_ui->prevMonthButton, &QToolButton::clicked, this,
        [this] { showMonth(m_month->month().addMonths(-1)); });
    connect(m_ui->nextMonthButton, &QToolButton::clicked, this,
        [this] { showMonth(m_month->month().addMonths(1)); });
    connect(m_ui->todayButton, &QPushButton::clicked, this, [this] {
        showMonth(m_store.followUps().today());
        showDay(m_store.followUps().today());
    });
    connect(m_ui->todayOverdueCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            showTodayAndOverdue();
        else
            showDay(m_day.isValid() ? m_day : m_store.followUps().today());
    });
    connect(m_ui->doneButton, &QPushButton::clicked, this, &CalendarPage::openDoneDialog);
    connect(m_ui->rescheduleButton, &QPushButton::clicked, this, &CalendarPage::openRescheduleDialog);
    connect(m_ui->newTaskButton, &QPushButton::clicked, this, &CalendarPage::openNewTaskDialog);
    connect(m_ui->cancelTaskButton, &QPushButton::clicked, this, &CalendarPage::cancelSelected);
    connect(m_ui->messageButton, &QPushButton::clicked, this, &CalendarPage::openMessageDialog);
    connect(m_ui->smsExportButton, &QPushButton::clicked, this, &CalendarPage::openSmsExportDialog);
    // Lists of customers leave the program only through the manager.
    const auto applyRole = [this]() {
        m_ui->exportCustomersButton->setVisible(m_store.allows(Permission::ExportCustomers));
        m_ui->smsExportButton->setVisible(m_store.allows(Permission::ExportCustomers));
    };
    applyRole();
    connect(&store.shift(), &CounterShift::changed, this, applyRole);
    connect(m_ui->exportCustomersButton, &QPushButton::clicked, this, &CalendarPage::openExportDialog);
    connect(m_export, &CustomerExportFlow::finished, this, &CalendarPage::exportFinished);
    connect(m_ui->openCounterButton, &QPushButton::clicked, this, [this] {
        if (const QList<const TaskRow *> rows = selectedRows(); !rows.isEmpty())
            emit openOnCounter(rows.first()->task.customer);
    });
    connect(m_ui->dayList, &QTableView::doubleClicked, this, &CalendarPage::openDoneDialog);
    connect(m_ui->dayList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &CalendarPage::updateButtons);
    connect(m_month, &CalendarMonthModel::rescheduleRefused, this, &CalendarPage::showMessage);
    // The list's context menu: the same actions as the buttons.
    for (QPushButton *button : {m_ui->doneButton, m_ui->rescheduleButton, m_ui->newTaskButton,
             m_ui->cancelTaskButton, m_ui->messageButton, m_ui->openCounterButton}) {
        auto *action = new QAction(button->text(), m_ui->dayList);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        m_ui->dayList->addAction(action);
    }

    // Tasks from this window, another one or the nightly run's planning on its worker; resolving a
    // complaint plans its call-back, recording the call-back completes it.
    connect(&store.changes(), &ChangeNotifier::changed, this, [this](const Change &change) {
        if (change.concerns(Change::What::Tasks) || change.concerns(Change::What::Complaints))
            reload();
    });
    connect(&store.shift(), &CounterShift::changed, this, [this] {
        // A new clerk at the counter starts on their own today and overdue.
        m_ui->assigneeCombo->setCurrentIndex(0);
        if (m_ui->todayOverdueCheck->isChecked())
            reload();
        else
            m_ui->todayOverdueCheck->setChecked(true);
    });

    m_month->setToday(store.followUps().today());
    showMonth(store.followUps().today());
    showTodayAndOverdue();
}

CalendarPage::~CalendarPage() = default;

void CalendarPage::setUpFilters()
{
    fillAssignees();
    m_ui->purposeCombo->addItem(tr("All purposes"), QVariant());
    for (TaskPurpose purpose : {TaskPurpose::Planned, TaskPurpose::Birthday, TaskPurpose::PurchaseCycle,
             TaskPurpose::Dormant, TaskPurpose::ComplaintCallback, TaskPurpose::Holiday,
             TaskPurpose::LifeEvent, TaskPurpose::Activation, TaskPurpose::ThankYou,
             TaskPurpose::Arrival, TaskPurpose::Prospect})
        m_ui->purposeCombo->addItem(Labels::of(purpose), int(purpose));
    connect(m_ui->assigneeCombo, &QComboBox::currentIndexChanged, this, &CalendarPage::reload);
    connect(m_ui->purposeCombo, &QComboBox::currentIndexChanged, this, &CalendarPage::reload);
}

void CalendarPage::fillAssignees()
{
    const QSignalBlocker quiet(m_ui->assigneeCombo);
    const QVariant current = m_ui->assigneeCombo->currentData();
    m_ui->assigneeCombo->clear();
    m_ui->assigneeCombo->addItem(tr("Mine"), mineEntry);
    m_ui->assigneeCombo->addItem(tr("Everyone"), everyoneEntry);
    const ReadResult<QList<StaffMember>> staff = m_store.staff().active();
    for (const StaffMember &member : staff.value.value_or(QList<StaffMember>()))
        m_ui->assigneeCombo->addItem(member.name, qlonglong(member.id));
    if (!staff.ok())
        addUnreadableItem(m_ui->assigneeCombo, tr("The staff could not be read: %1").arg(staff.error));
    m_ui->assigneeCombo->setCurrentIndex(std::max(0, m_ui->assigneeCombo->findData(current)));
}

TaskFilter CalendarPage::filter() const
{
    TaskFilter filter;
    const qlonglong assignee = m_ui->assigneeCombo->currentData().toLongLong();
    if (assignee == mineEntry) {
        // Mine: the clerk at the counter's tasks and the ones given to nobody. No clerk: everyone's.
        filter.assignee = m_store.shift().clerkId();
    } else if (assignee != everyoneEntry) {
        filter.assignee = assignee;
        filter.includeUnassigned = false;
    }
    if (const QVariant purpose = m_ui->purposeCombo->currentData(); purpose.isValid())
        filter.purposes = {TaskPurpose(purpose.toInt())};
    return filter;
}

void CalendarPage::showMonth(const QDate &day)
{
    m_month->setMonth(day);
    // "2026年6月" / "June 2026", as the reports name a month.
    m_ui->monthLabel->setText(DisplayFormat::month(m_month->month().year(), m_month->month().month()));
    reloadMonthCounts();
}

void CalendarPage::showDay(const QDate &day)
{
    if (!day.isValid())
        return;
    m_day = day;
    {
        const QSignalBlocker quiet(m_ui->todayOverdueCheck);
        m_ui->todayOverdueCheck->setChecked(false);
    }
    if (day < m_month->firstShown() || day > m_month->lastShown())
        showMonth(day);
    if (const QModelIndex cell = m_month->indexOf(day); cell.isValid())
        m_ui->monthView->setCurrentIndex(cell);
    reloadList();
}

void CalendarPage::showTodayAndOverdue()
{
    {
        const QSignalBlocker quiet(m_ui->todayOverdueCheck);
        m_ui->todayOverdueCheck->setChecked(true);
    }
    m_day = m_store.followUps().today();
    reloadList();
}

void CalendarPage::reload()
{
    fillAssignees();
    const QDate today = m_store.followUps().today();
    m_month->setToday(today);
    reloadMonthCounts();
    reloadList();
}

void CalendarPage::reloadMonthCounts()
{
    const ReadResult<std::vector<DayCount>> counts
        = m_store.followUps().monthCounts(m_month->firstShown(), m_month->lastShown(), filter());
    m_month->setCounts(counts.value.value_or(std::vector<DayCount>()));
    // Days without a count would look free: say that the month could not be read.
    if (!counts.ok())
        showMessage(tr("The tasks of this month could not be read: %1").arg(counts.error));
}

void CalendarPage::reloadList()
{
    FollowUpService &tasks = m_store.followUps();
    const QDate today = tasks.today();
    const bool todayAndOverdue = m_ui->todayOverdueCheck->isChecked();
    const ReadResult<QList<TaskRow>> rows
        = todayAndOverdue ? tasks.todayAndOverdue(filter()) : tasks.dayList(m_day, filter());
    m_list->setRows(rows.value.value_or(QList<TaskRow>()), today);
    // A list that could not be read says so in place of the rows, never as a day without tasks.
    m_ui->dayList->setVisible(rows.ok());
    m_ui->dayErrorLabel->setVisible(!rows.ok());
    m_ui->dayErrorLabel->setText(
        rows.ok() ? QString() : tr("The tasks could not be read: %1").arg(rows.error));
    const QString day = DisplayFormat::dayHeading(m_day);
    if (!rows.ok())
        m_ui->dayLabel->setText(todayAndOverdue ? QString() : day);
    else if (todayAndOverdue)
        m_ui->dayLabel->setText(tr("Today and overdue: %n task(s)", nullptr, int(m_list->rowCount())));
    else
        m_ui->dayLabel->setText(tr("%1: %n task(s)", nullptr, int(m_list->rowCount())).arg(day));
    m_ui->dayList->resizeColumnsToContents();
    updateButtons();
}

QList<const TaskRow *> CalendarPage::selectedRows() const
{
    QList<const TaskRow *> rows;
    for (const QModelIndex &index : m_ui->dayList->selectionModel()->selectedRows())
        if (const TaskRow *row = m_list->rowAt(index.row()))
            rows << row;
    return rows;
}

void CalendarPage::updateButtons()
{
    const QList<const TaskRow *> rows = selectedRows();
    const bool one = rows.size() == 1;
    const bool open = one && rows.first()->task.status == TaskStatus::Open;
    m_ui->doneButton->setEnabled(open);
    m_ui->rescheduleButton->setEnabled(open);
    m_ui->cancelTaskButton->setEnabled(open);
    m_ui->openCounterButton->setEnabled(one);
    m_ui->messageButton->setEnabled(one);
    m_ui->smsExportButton->setEnabled(m_list->rowCount() > 0);
    m_ui->exportCustomersButton->setEnabled(m_list->rowCount() > 0 && !m_export->isRunning());
}

MessageDialog *CalendarPage::openMessageDialog()
{
    const QList<const TaskRow *> rows = selectedRows();
    if (rows.size() != 1)
        return nullptr;
    auto *dialog = new MessageDialog(m_store, rows.first()->task.customer, rows.first()->task.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QList<CustomerId> CalendarPage::listedCustomers() const
{
    QList<CustomerId> customers;
    for (int row = 0; row < m_list->rowCount(); ++row)
        if (const TaskRow *task = m_list->rowAt(row))
            customers << task->task.customer;
    return CustomerExport::distinct(customers);
}

ColumnChooserDialog *CalendarPage::openExportDialog()
{
    const QList<CustomerId> customers = listedCustomers();
    if (customers.isEmpty())
        return nullptr;
    return m_export->choose(tr("task-customers-%1").arg(DisplayFormat::date(m_day)), int(customers.size()),
        CustomerExportFlow::writing(customers));
}

void CalendarPage::exportCustomersTo(const QString &fileName, const QList<ExportColumn> &columns)
{
    const QList<CustomerId> customers = listedCustomers();
    m_export->start(fileName, CustomerExport::formatOf(fileName), columns, int(customers.size()),
        CustomerExportFlow::writing(customers));
}

SmsExportDialog *CalendarPage::openSmsExportDialog()
{
    // Everyone in the list once, in its order: a customer with two tasks gets one message.
    const QList<CustomerId> customers = listedCustomers();
    if (customers.isEmpty())
        return nullptr;
    auto *dialog = new SmsExportDialog(m_store, customers, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void CalendarPage::showMessage(const QString &message)
{
    m_ui->messageLabel->setText(message);
}

TaskDoneDialog *CalendarPage::openDoneDialog()
{
    const QList<const TaskRow *> rows = selectedRows();
    if (rows.size() != 1 || rows.first()->task.status != TaskStatus::Open)
        return nullptr;
    showMessage({});
    // A complaint's call-back is the complaint's own step, with the satisfaction score it needs.
    if (const FollowUpTask &task = rows.first()->task; task.complaint) {
        const ReadResult<std::optional<Complaint>> complaint = m_store.complaints().find(*task.complaint);
        if (!complaint.ok()) {
            showMessage(tr("The complaint could not be read: %1").arg(complaint.error));
        } else if (const std::optional<Complaint> &found = *complaint.value;
                   found && found->state == ComplaintState::Resolved) {
            auto *dialog = new ComplaintStepDialog(m_store, *found, ComplaintState::CalledBack, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        } else {
            showMessage(FollowUpService::callbackOnComplaint());
        }
        return nullptr;
    }
    auto *dialog
        = new TaskDoneDialog(m_store.followUps(), rows.first()->task.id, m_store.shift().clerkId(), this);
    dialog->offerScore(m_store.satisfaction(), rows.first()->task.customer);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

TaskRescheduleDialog *CalendarPage::openRescheduleDialog()
{
    const QList<const TaskRow *> rows = selectedRows();
    if (rows.size() != 1 || rows.first()->task.status != TaskStatus::Open)
        return nullptr;
    showMessage({});
    auto *dialog = new TaskRescheduleDialog(
        m_store.followUps(), rows.first()->task.id, rows.first()->task.dueOn, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

TaskEditorDialog *CalendarPage::openNewTaskDialog()
{
    showMessage({});
    auto *dialog = new TaskEditorDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const QList<const TaskRow *> rows = selectedRows(); !rows.isEmpty())
        dialog->setCustomer(rows.first()->task.customer, rows.first()->customerName);
    const QDate today = m_store.followUps().today();
    dialog->setDue(!m_ui->todayOverdueCheck->isChecked() && m_day > today ? m_day : today.addDays(1));
    dialog->open();
    return dialog;
}

void CalendarPage::cancelSelected()
{
    const QList<const TaskRow *> rows = selectedRows();
    if (rows.size() != 1)
        return;
    const TaskResult result = m_store.followUps().cancel(rows.first()->task.id);
    showMessage(result.ok() ? QString() : result.message);
}

} // namespace atelier
