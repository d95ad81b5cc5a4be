#include "gui/complaints/complaints_page.h"

#include "core/complaint_workflow.h"
#include "core/display_format.h"
#include "core/labels.h"
#include "gui/common/could_not_read.h"
#include "gui/complaints/complaint_analysis_widget.h"
#include "gui/complaints/complaint_intake_dialog.h"
#include "gui/complaints/complaint_step_dialog.h"
#include "gui/complaints/complaints_model.h"
#include "gui/counter/register_dialog.h"
#include "services/change_notifier.h"
#include "services/complaint_service.h"
#include "services/counter_shift.h"
#include "services/service_settings.h"
#include "services/staff_directory.h"
#include "services/store.h"
#include "ui_complaints_page.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QStringListModel>
#include <QTimer>

namespace atelier {

namespace {

enum Filter
{
    OpenOnly,
    All
};

} // namespace

ComplaintsPage::ComplaintsPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ComplaintsPage>())
    , m_store(store)
    , m_model(new ComplaintsModel(this))
    , m_history(new QStringListModel(this))
{
    m_ui->setupUi(this);
    m_ui->filterComboBox->addItem(tr("Open complaints, most urgent first"), OpenOnly);
    m_ui->filterComboBox->addItem(tr("All complaints, newest first"), All);
    m_ui->complaintsView->setModel(m_model);
    m_ui->complaintsView->verticalHeader()->hide();
    // Every column as wide as its words, time left included: a stretched last column was squeezed
    // to "Time le" and wrapped "overdue by 12 h 25 min"; a narrow window scrolls sideways instead.
    m_ui->complaintsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->complaintsView->horizontalHeader()->setStretchLastSection(false);
    m_ui->complaintsView->setWordWrap(false);
    // The list is ordered by urgency: its clock stands next to when the complaint came in, where a
    // narrow window still shows it.
    QHeaderView *columns = m_ui->complaintsView->horizontalHeader();
    columns->moveSection(columns->visualIndex(ComplaintsModel::TimeLeftColumn), 1);
    m_ui->historyView->setModel(m_history);
    // The list with its time-left column comes first; the panel takes what is left.
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({900, 380});
    m_analysis = new ComplaintAnalysisWidget(store, this);
    m_ui->analysisLayout->addWidget(m_analysis);
    // The analysis compares clerks across the store: the manager's reading.
    const auto applyRole = [this]() {
        m_ui->tabs->setTabVisible(
            m_ui->tabs->indexOf(m_ui->analysisTab), m_store.allows(Permission::SeeOtherClerksReports));
    };
    applyRole();
    connect(&store.shift(), &CounterShift::changed, this, applyRole);
    // Callers' phones are whole or masked by who is at the counter.
    connect(&store.shift(), &CounterShift::changed, this, &ComplaintsPage::reload);

    // Time left moves even when no complaint does.
    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(30 * 1000);
    connect(m_clockTimer, &QTimer::timeout, this, [this]() { m_model->setNow(m_store.clock().now()); });
    m_clockTimer->start();

    connect(m_ui->filterComboBox, &QComboBox::currentIndexChanged, this, &ComplaintsPage::reload);
    connect(&store.changes(), &ChangeNotifier::changed, this, [this](const Change &change) {
        if (!change.concerns(Change::What::Complaints))
            return;
        reload();
        if (change.ids.isEmpty() || change.ids.contains(selectedId()))
            showSelected();
    });
    connect(m_ui->complaintsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ComplaintsPage::showSelected);
    connect(m_ui->newComplaintButton, &QPushButton::clicked, this, &ComplaintsPage::logCallerComplaint);
    connect(m_ui->registerCallerButton, &QPushButton::clicked, this, &ComplaintsPage::registerCaller);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_ui->tabs->widget(index) == m_ui->analysisTab)
            m_analysis->analyse();
    });
    reload();
}

ComplaintsPage::~ComplaintsPage() = default;

std::optional<ComplaintId> ComplaintsPage::selectedId() const
{
    return m_model->idAt(m_ui->complaintsView->currentIndex().row());
}

void ComplaintsPage::select(ComplaintId id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_ui->complaintsView->setCurrentIndex(m_model->index(row, 0));
}

void ComplaintsPage::reload()
{
    const std::optional<ComplaintId> selected = selectedId();
    const bool openOnly = m_ui->filterComboBox->currentData().toInt() == OpenOnly;
    const ReadResult<QList<ComplaintRow>> rows
        = openOnly ? m_store.complaints().openByUrgency() : m_store.complaints().list(ComplaintFilter{});
    // Names of the staff are a nicety of the list: without them it still shows every complaint.
    const ReadResult<QList<StaffMember>> staff = m_store.staff().all();
    m_model->setFullPhones(m_store.allows(Permission::SeeFullContact));
    m_model->setComplaints(rows.value.value_or(QList<ComplaintRow>()), m_store.serviceSettings().rules(),
        m_store.clock().now(), staff.value.value_or(QList<StaffMember>()));
    // A list that could not be read says so in place of the rows, never as "no complaints".
    m_ui->complaintsView->setVisible(rows.ok());
    m_ui->listErrorLabel->setVisible(!rows.ok());
    m_ui->listErrorLabel->setText(
        rows.ok() ? QString() : tr("The complaints could not be read: %1").arg(rows.error));
    m_ui->countLabel->setText(
        rows.ok() ? tr("%n complaint(s)", nullptr, int(rows.value->size())) : QString());
    if (selected)
        select(*selected);
    showSelected();
}

void ComplaintsPage::showSelected()
{
    // Later, not now: this may run inside one of these buttons' clicked signal.
    for (QPushButton *button : std::as_const(m_stepButtons)) {
        button->hide();
        button->deleteLater();
    }
    m_stepButtons.clear();
    const std::optional<ComplaintId> id = selectedId();
    const ReadResult<std::optional<Complaint>> complaint
        = id ? m_store.complaints().find(*id) : nothingChosen<Complaint>();
    if (!complaint.ok() || !*complaint.value) {
        // No steps on a complaint that could not be read.
        m_ui->detailTitleLabel->setText(complaint.ok()
                ? tr("Select a complaint to see it and take the next step.")
                : tr("This complaint could not be read: %1").arg(complaint.error));
        m_ui->contentLabel->clear();
        m_ui->factsLabel->clear();
        m_ui->registerCallerButton->hide();
        m_history->setStringList({});
        return;
    }
    const Complaint &c = **complaint.value;
    const auto staffName = [this](std::optional<StaffId> staff) {
        const ReadResult<std::optional<StaffMember>> member
            = staff ? m_store.staff().find(*staff) : nothingChosen<StaffMember>();
        return member.ok() && *member.value ? (*member.value)->name : QStringLiteral("—");
    };
    m_ui->detailTitleLabel->setText(tr("Complaint #%1 · %2").arg(c.id).arg(Labels::of(c.state)));
    m_ui->contentLabel->setText(c.content);
    QStringList facts;
    const bool leftWhoCalled = !c.customer && (!c.callerName.isEmpty() || c.callerPhone.isValid());
    if (leftWhoCalled)
        facts
            << tr("From: %1").arg(ComplaintsModel::callerText(c, m_store.allows(Permission::SeeFullContact)));
    m_ui->registerCallerButton->setVisible(leftWhoCalled);
    facts << tr("%1 · %2 · %3").arg(Labels::of(c.channel), Labels::of(c.category), Labels::of(c.severity));
    if (!c.styleNumber.isEmpty())
        facts << tr("Style number: %1").arg(c.styleNumber);
    facts << tr("Taken by %1, responsible: %2").arg(staffName(c.takenBy), staffName(c.responsible));
    if (c.deadline.isValid())
        facts << tr("Deadline: %1").arg(DisplayFormat::dateTime(c.deadline));
    if (c.resolution != Resolution::None)
        facts << tr("Resolution: %1, worth %2")
                     .arg(Labels::of(c.resolution), DisplayFormat::amount(c.resolutionValue));
    if (c.satisfaction)
        facts << tr("Satisfaction: %1 of 5").arg(*c.satisfaction);
    m_ui->factsLabel->setText(facts.join(u'\n'));

    QStringList history;
    const ReadResult<QList<ComplaintEvent>> events = m_store.complaints().events(c.id);
    if (!events.ok())
        history << tr("The history could not be read: %1").arg(events.error);
    for (const ComplaintEvent &e : events.value.value_or(QList<ComplaintEvent>())) {
        QString line
            = tr("%1  %2 (%3)").arg(DisplayFormat::dateTime(e.at), Labels::of(e.to), staffName(e.by));
        if (!e.note.isEmpty())
            line += QStringLiteral("\n    ") + e.note;
        history << line;
    }
    m_history->setStringList(history);

    for (ComplaintState to : ComplaintWorkflow::allowedNext(c.state)) {
        auto *button = new QPushButton(ComplaintStepDialog::actionText(c.state, to), m_ui->detailPanel);
        button->setObjectName(QStringLiteral("step_") + toCode(to));
        connect(button, &QPushButton::clicked, this, [this, to]() { openStep(to); });
        m_ui->stepButtonsLayout->addWidget(button);
        m_stepButtons << button;
    }
}

void ComplaintsPage::openStep(ComplaintState to)
{
    const std::optional<ComplaintId> id = selectedId();
    if (!id)
        return;
    const ReadResult<std::optional<Complaint>> complaint = m_store.complaints().find(*id);
    if (!complaint.ok() || !*complaint.value) {
        showSelected(); // says why
        return;
    }
    ComplaintStepDialog dialog(m_store, **complaint.value, to, this);
    dialog.exec();
    // complaintChanged has refreshed the list and the panel if the step went through.
}

void ComplaintsPage::registerCaller()
{
    const std::optional<ComplaintId> id = selectedId();
    const ReadResult<std::optional<Complaint>> complaint
        = id ? m_store.complaints().find(*id) : nothingChosen<Complaint>();
    if (!complaint.ok() || !*complaint.value || (*complaint.value)->customer) {
        showSelected(); // says why, or that it has a customer by now
        return;
    }
    const Complaint &c = **complaint.value;
    RegisterDialog dialog(m_store, this);
    // suggest() puts what is mostly digits into the phone and anything else into the name. A clerk
    // sees a caller's phone masked, so the form would not show it whole to her either: she asks
    // the caller for it, as at the counter.
    dialog.suggest(c.callerName);
    if (m_store.allows(Permission::SeeFullContact))
        dialog.suggest(c.callerPhone.digits());
    if (dialog.exec() != QDialog::Accepted || dialog.customerId() == 0)
        return;
    // complaintChanged refreshes the list and the panel.
    const ComplaintResult linked = m_store.complaints().linkCaller(c.id, dialog.customerId());
    if (!linked.ok())
        QMessageBox::warning(this, tr("Register the caller"),
            tr("The caller is registered, but the complaint could not be linked to the new customer: %1")
                .arg(linked.message));
}

void ComplaintsPage::logCallerComplaint()
{
    ComplaintIntakeDialog dialog(m_store, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted && dialog.savedId())
        select(*dialog.savedId());
}

} // namespace atelier
