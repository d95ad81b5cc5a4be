#include "gui/main_window.h"

#include "core/display_format.h"
#include "core/labels.h"
#include "gui/archive/archive_page.h"
#include "gui/calendar/calendar_page.h"
#include "gui/campaigns/campaigns_page.h"
#include "gui/clerk_picker.h"
#include "gui/complaints/complaints_page.h"
#include "gui/counter/counter_page.h"
#include "gui/loyalty/tiers_page.h"
#include "gui/prediction/prediction_page.h"
#include "gui/reports/reports_page.h"
#include "gui/settings/settings_page.h"
#include "services/counter_shift.h"
#include "services/nightly_runner.h"
#include "services/store.h"
#include "services/store_settings.h"
#include "ui_main_window.h"

#include <QLabel>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QTimer>

namespace atelier {

namespace {

const QString placementKey = QStringLiteral("mainWindow/geometry");

} // namespace

MainWindow::MainWindow(Store &store, NightlyRunner *runner, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_store(store)
    , m_runner(runner ? runner : new NightlyRunner(store.path(), store.clock(), this))
{
    m_ui->setupUi(this);
    // A permanent widget, because showMessage() text disappears behind every status tip.
    m_storeLabel = new QLabel(this);
    m_ui->statusBar->addWidget(m_storeLabel);
    m_ui->statusBar->addWidget(new ClerkPicker(store, this));
    // Any nightly run, whoever started it, shows here while it lasts.
    m_runLabel = new QLabel(this);
    m_runProgress = new QProgressBar(this);
    m_runProgress->setMaximumWidth(160);
    m_runProgress->setMaximumHeight(16);
    m_ui->statusBar->addPermanentWidget(m_runLabel);
    m_ui->statusBar->addPermanentWidget(m_runProgress);
    m_runLabel->hide();
    m_runProgress->hide();
    m_counter = new CounterPage(store, this);
    m_calendar = new CalendarPage(store, this);
    m_complaints = new ComplaintsPage(store, this);
    m_archive = new ArchivePage(store, this);
    m_tiers = new TiersPage(store, *m_runner, this);
    m_forecasts = new PredictionPage(store, this);
    m_campaigns = new CampaignsPage(store, this);
    m_reports = new ReportsPage(store, this);
    m_settings = new SettingsPage(store, this);
    // In the order of the navigation list in main_window.ui.
    m_ui->pageStack->addWidget(m_counter);
    m_ui->pageStack->addWidget(m_calendar);
    m_ui->pageStack->addWidget(m_complaints);
    m_ui->pageStack->addWidget(m_archive);
    m_ui->pageStack->addWidget(m_tiers);
    m_ui->pageStack->addWidget(m_forecasts);
    m_ui->pageStack->addWidget(m_campaigns);
    m_ui->pageStack->addWidget(m_reports);
    m_ui->pageStack->addWidget(m_settings);

    connect(m_ui->navigationList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_ui->pageStack->setCurrentIndex(row);
        if (row == 0)
            m_counter->focusSearch();
    });
    connect(m_archive, &ArchivePage::openOnCounter, this, &MainWindow::openOnCounter);
    connect(m_tiers, &TiersPage::openOnCounter, this, &MainWindow::openOnCounter);
    connect(m_forecasts, &PredictionPage::openOnCounter, this, &MainWindow::openOnCounter);
    connect(m_calendar, &CalendarPage::openOnCounter, this, &MainWindow::openOnCounter);
    connect(m_runner, &NightlyRunner::started, this, &MainWindow::showRunStarted);
    connect(m_runner, &NightlyRunner::progress, this, [this](int percent, const QString &step) {
        m_runProgress->setValue(percent);
        m_runProgress->setToolTip(step);
    });
    connect(m_runner, &NightlyRunner::finished, this, &MainWindow::showRunFinished);
    if (m_runner->isRunning())
        showRunStarted();
    connect(m_settings, &SettingsPage::storeNameChanged, this, &MainWindow::showStoreName);
    connect(m_settings, &SettingsPage::lockTimeChanged, this, &MainWindow::lockTimeChanged);
    connect(m_settings, &SettingsPage::languageChanged, this, &MainWindow::languageChanged);

    connect(&store.shift(), &CounterShift::changed, this, &MainWindow::applyRole);
    applyRole();

    m_ui->navigationList->setCurrentRow(0);
    showStoreName();
    m_counter->focusSearch();
}

MainWindow::~MainWindow() = default;

// The Tiers page runs the loyalty programme (its rules, its lists, a recompute), the Forecasts page
// lists who may come or go and the Campaigns page sends promotions to lists of customers: the
// manager's. A clerk who takes over while one is open is brought back to the counter.
void MainWindow::applyRole()
{
    const std::pair<QWidget *, Permission> managerPages[] = {{m_tiers, Permission::ChangeRules},
        {m_forecasts, Permission::SeeForecastLists}, {m_campaigns, Permission::ExportCustomers}};
    for (const auto &[page, permission] : managerPages) {
        const int row = m_ui->pageStack->indexOf(page);
        const bool allowed = m_store.allows(permission);
        m_ui->navigationList->item(row)->setHidden(!allowed);
        if (!allowed && m_ui->navigationList->currentRow() == row)
            showPage(m_counter);
    }
    m_forecasts->refreshWhenShown();
    m_campaigns->refreshWhenShown();
}

void MainWindow::openOnCounter(CustomerId id)
{
    showPage(m_counter);
    m_counter->showCustomer(id);
}

void MainWindow::showPage(QWidget *page)
{
    const int row = m_ui->pageStack->indexOf(page);
    if (row >= 0)
        m_ui->navigationList->setCurrentRow(row);
}

int MainWindow::currentPage() const
{
    return m_ui->navigationList->currentRow();
}

void MainWindow::showPageAt(int row)
{
    const QListWidgetItem *item = m_ui->navigationList->item(row);
    if (item && !item->isHidden())
        m_ui->navigationList->setCurrentRow(row);
}

void MainWindow::restorePlacement()
{
    if (restoreGeometry(QSettings().value(placementKey).toByteArray()))
        return;
    // The form's own size is less than a 1366×768 laptop's screen, where every pixel counts.
    if (const QScreen *shownOn = screen())
        setGeometry(shownOn->availableGeometry());
    setWindowState(windowState() | Qt::WindowMaximized);
}

void MainWindow::savePlacement() const
{
    QSettings().setValue(placementKey, saveGeometry());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    savePlacement();
    QMainWindow::closeEvent(event);
}

void MainWindow::showRunStarted()
{
    m_runLabel->setText(tr("Recomputing tiers and segments…"));
    m_runLabel->show();
    m_runProgress->setValue(0);
    m_runProgress->show();
}

void MainWindow::showRunFinished(const NightlyRun &run)
{
    m_runProgress->hide();
    // The customer at the counter may have changed tier or segment, lost expired points, or have a new
    // forecast.
    // The calendar may have new follow-ups planned for tomorrow.
    if (run.result == NightlyRun::Result::Ok) {
        m_counter->reloadLoyalty();
        m_calendar->reload();
        m_forecasts->refreshWhenShown();
    }
    m_runLabel->setText(run.result == NightlyRun::Result::Ok
            ? tr("Tiers and segments recomputed as of %1.").arg(DisplayFormat::date(run.asOf))
            : tr("The nightly run as of %1 did not complete (%2).")
                  .arg(DisplayFormat::date(run.asOf), Labels::of(run.result)));
    // The news stays a while, then the status bar is quiet again.
    QTimer::singleShot(15000, m_runLabel, [label = m_runLabel, runner = m_runner]() {
        if (!runner->isRunning())
            label->hide();
    });
}

void MainWindow::showStoreName()
{
    const QString name = m_store.settings().storeName();
    m_storeLabel->setText(name);
    setWindowTitle(tr("Atelier — %1").arg(name));
}

} // namespace atelier
