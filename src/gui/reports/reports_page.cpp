#include "gui/reports/reports_page.h"

#include "core/display_format.h"
#include "gui/reports/archive_contest_widget.h"
#include "gui/reports/lost_sales_report_widget.h"
#include "gui/reports/referrals_report_widget.h"
#include "gui/reports/satisfaction_report_widget.h"
#include "gui/reports/staff_targets_dialog.h"
#include "print/monthly_report_pdf.h"
#include "print/report_chart.h"
#include "services/counter_shift.h"
#include "services/reports.h"
#include "services/store.h"
#include "services/store_files.h"
#include "services/store_settings.h"
#include "ui_reports_page.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace atelier {

namespace {

constexpr int listedMonths = 24;
constexpr int reportCount = 5; // customers, sales, loyalty, service, staff

} // namespace

ReportsPage::ReportsPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReportsPage>())
    , m_store(store)
    , m_compute(store, QStringLiteral("reports"))
    , m_pdfWriter(QStringLiteral("report-pdf"))
{
    m_ui->setupUi(this);
    m_ui->busyBar->hide();
    // The last complete month first: the one a monthly report is about.
    const QDate today = store.clock().today();
    const QDate thisMonth(today.year(), today.month(), 1);
    for (int i = 1; i <= listedMonths; ++i) {
        const QDate month = thisMonth.addMonths(-i);
        m_ui->periodCombo->addItem(DisplayFormat::month(month.year(), month.month()), month);
    }
    m_ui->periodCombo->insertItem(0, tr("This month so far"), thisMonth);
    m_ui->periodCombo->addItem(tr("Custom period"));
    m_ui->periodCombo->setCurrentIndex(1);
    periodChosen();
    connect(m_ui->periodCombo, &QComboBox::currentIndexChanged, this, &ReportsPage::periodChosen);
    connect(m_ui->showButton, &QPushButton::clicked, this, &ReportsPage::reload);
    m_referrals = new ReferralsReportWidget(store, this);
    m_referrals->hide();
    m_lostSales = new LostSalesReportWidget(store, this);
    m_lostSales->hide();
    m_satisfaction = new SatisfactionReportWidget(store, this);
    m_satisfaction->hide();
    m_contest = new ArchiveContestWidget(store, this);
    m_contest->hide();
    connect(m_ui->savePdfButton, &QPushButton::clicked, this, &ReportsPage::askSavePdf);
    m_ui->savePdfButton->setVisible(store.allows(Permission::SeeOtherClerksReports));
    // Someone else at the counter: their role decides which figures are read and shown.
    connect(&store.shift(), &CounterShift::changed, this, [this]() {
        m_ui->savePdfButton->setVisible(m_store.allows(Permission::SeeOtherClerksReports));
        if (m_ui->tabs->count() > 0)
            reload();
    });
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_generation == 0)
        reload();
}

void ReportsPage::periodChosen()
{
    const QVariant month = m_ui->periodCombo->currentData();
    const bool custom = !month.isValid();
    m_ui->fromDateEdit->setEnabled(custom);
    m_ui->toDateEdit->setEnabled(custom);
    if (custom)
        return;
    const QDate first = month.toDate();
    const ReportPeriod chosen = ReportPeriod::month(first.year(), first.month());
    m_ui->fromDateEdit->setDate(chosen.from);
    m_ui->toDateEdit->setDate(chosen.to);
}

void ReportsPage::setPeriod(const ReportPeriod &period)
{
    const int index = period.isMonth() ? m_ui->periodCombo->findData(period.from) : -1;
    m_ui->periodCombo->setCurrentIndex(index >= 1 ? index : m_ui->periodCombo->count() - 1);
    m_ui->fromDateEdit->setDate(period.from);
    m_ui->toDateEdit->setDate(period.to);
}

ReportPeriod ReportsPage::period() const
{
    QDate from = m_ui->fromDateEdit->date();
    QDate to = m_ui->toDateEdit->date();
    if (from > to)
        std::swap(from, to);
    return {from, to};
}

bool ReportsPage::isBusy() const
{
    return m_compute.isRunning();
}

void ReportsPage::reload()
{
    const ReportPeriod chosen = period();
    const int generation = ++m_generation;
    m_ui->busyBar->show();
    m_ui->statusLabel->setText(tr("Computing…"));
    m_ui->savePdfButton->setEnabled(false);
    // An older computation still running is asked to stop and ignored: a newer period was asked for.
    ReportsPage *page = this; // only in calls posted back to this page's thread
    m_compute.run(
        this,
        [page, chosen, generation](BackgroundJob &job) -> ReadResult<ReportSet> {
            ReportSet reports;
            Reports &read = job.store().reports();
            QString error;
            // Each report is handed over as soon as it is ready; the first that cannot be read ends
            // the computation, so that no tab shows zeros for figures that were never read.
            const auto next = [&](auto &figures, auto result, int ready) {
                if (!result.ok()) {
                    error = result.error;
                    return false;
                }
                figures = std::move(*result.value);
                if (ready == reportCount)
                    return true; // the last one comes with the result
                job.post(
                    [page, generation, reports, ready] { page->showReports(generation, reports, ready); });
                return !job.cancelled();
            };
            if (next(reports.customers, read.customers(chosen), 1)
                && next(reports.sales, read.sales(chosen), 2)
                && next(reports.loyalty, read.loyalty(chosen), 3)
                && next(reports.service, read.service(chosen), 4)
                && next(reports.staff, read.staff(chosen), 5)
                && next(reports.campaigns, read.campaigns(chosen), reportCount)) // the PDF's, no tab
                return {std::move(reports), {}};
            return {std::nullopt, error};
        },
        [this, generation](BackgroundResult<ReadResult<ReportSet>> result) {
            if (result.cancelled)
                return;
            if (!result.ok())
                showFailure(generation, result.error);
            else if (!result.value->ok())
                showFailure(generation, result.value->error);
            else
                showReports(generation, *result.value->value, reportCount);
        });
}

void ReportsPage::removeTabs()
{
    while (m_ui->tabs->count() > 0) {
        QWidget *tab = m_ui->tabs->widget(0);
        m_ui->tabs->removeTab(0);
        if (tab != m_referrals && tab != m_lostSales && tab != m_satisfaction
            && tab != m_contest) // kept for the next period
            tab->deleteLater();
    }
}

void ReportsPage::showFailure(int generation, const QString &error)
{
    if (generation != m_generation)
        return;
    // No tab stays: the tabs of an older period, or the first reports of this one, would read as the
    // whole report of the period chosen.
    m_shownGeneration = generation;
    removeTabs();
    m_reports = ReportSet{};
    m_sections.clear();
    m_ui->busyBar->setVisible(isSavingPdf());
    m_ui->statusLabel->setText(tr("The reports could not be read. %1").arg(error));
    m_ui->savePdfButton->setEnabled(false);
    emit reportsFailed(error);
}

void ReportsPage::showReports(int generation, const ReportSet &reports, int ready)
{
    if (generation != m_generation)
        return;
    // The first report of a new period replaces the tabs of the old one.
    const int current = m_ui->tabs->currentIndex();
    if (m_shownGeneration != generation) {
        m_shownGeneration = generation;
        removeTabs();
    }
    m_reports = reports;
    m_sections = ReportTables::all(reports).mid(0, ready);
    addTabs(m_ui->tabs->count());
    // The manager stays on the tab they were reading when it comes back. A hidden tab is never made
    // current: QTabWidget would show its page under another tab's name (a clerk saw the customer
    // figures under "Staff").
    if (current >= 0 && current < m_ui->tabs->count() && m_ui->tabs->isTabVisible(current))
        m_ui->tabs->setCurrentIndex(current);
    emit tabsShown(m_ui->tabs->count());
    if (ready < reportCount)
        return;
    // Referrals (issue 23), the manager's: a tab of its own after the period's reports, which computes
    // its figures on its own worker.
    if (m_store.allows(Permission::SeeOtherClerksReports)) {
        m_ui->tabs->addTab(m_referrals, tr("Referrals"));
        m_referrals->setPeriod(reports.customers.period);
        m_ui->tabs->addTab(m_lostSales, tr("Lost sales"));
        m_lostSales->setPeriod(reports.customers.period);
        m_ui->tabs->addTab(m_satisfaction, tr("Satisfaction"));
        m_satisfaction->setPeriod(reports.customers.period);
    }
    // The archive contest of the period's first month (issue 24), the manager's who checks archives.
    if (m_store.allows(Permission::SetStaffGoals)) {
        m_ui->tabs->addTab(m_contest, tr("Archive contest"));
        m_contest->setPeriod(reports.customers.period);
    }
    m_ui->busyBar->setVisible(isSavingPdf());
    m_ui->statusLabel->setText(
        tr("%1 compared with %2")
            .arg(reports.customers.period.label(), reports.customers.previousPeriod.label()));
    m_ui->savePdfButton->setEnabled(!isSavingPdf());
    emit reportsShown();
}

void ReportsPage::addTabs(int from)
{
    for (int s = from; s < m_sections.size(); ++s) {
        auto *content = new QWidget;
        auto *layout = new QVBoxLayout(content);
        if (s == reportCount - 1 && m_store.allows(Permission::SetStaffGoals))
            layout->addWidget(targetsButton(), 0, Qt::AlignLeft);
        for (int t = 0; t < m_sections.at(s).tables.size(); ++t)
            layout->addWidget(tableBox(s, t));
        layout->addStretch();
        auto *scroll = new QScrollArea;
        scroll->setWidgetResizable(true);
        scroll->setWidget(content);
        const int index = m_ui->tabs->addTab(scroll, m_sections.at(s).title);
        // A clerk reads their own figures: the staff report, which the service cut to their row.
        const bool shown = m_store.allows(Permission::SeeOtherClerksReports) || s == reportCount - 1;
        m_ui->tabs->setTabVisible(index, shown);
        if (shown && !m_ui->tabs->isTabVisible(m_ui->tabs->currentIndex()))
            m_ui->tabs->setCurrentIndex(index);
    }
}

// Reports → Staff → Targets…: the month the period starts in (issue 24).
QPushButton *ReportsPage::targetsButton()
{
    auto *button = new QPushButton(tr("Targets…"));
    button->setObjectName(QStringLiteral("staffTargetsButton"));
    button->setToolTip(tr("Each clerk's targets for the month the period starts in"));
    connect(button, &QPushButton::clicked, this, [this] {
        auto *dialog = new StaffTargetsDialog(m_store, period().from, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, &ReportsPage::reload);
        dialog->open();
    });
    return button;
}

QWidget *ReportsPage::tableBox(int section, int table)
{
    const ReportTable &data = m_sections.at(section).tables.at(table);
    auto *box = new QGroupBox(data.title);
    auto *layout = new QHBoxLayout(box);
    auto *left = new QVBoxLayout;
    auto *model = new QStandardItemModel(box);
    model->setHorizontalHeaderLabels(data.header);
    for (qsizetype r = 0; r < data.rows.size(); ++r) {
        const QStringList &row = data.rows.at(r);
        // What the figure counts, on every cell of its row (docs/reports.md).
        const QString definition = data.definitions.value(r);
        QList<QStandardItem *> items;
        for (int c = 0; c < row.size(); ++c) {
            auto *item = new QStandardItem(row.at(c));
            item->setEditable(false);
            if (!definition.isEmpty())
                item->setToolTip(definition);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            items << item;
        }
        model->appendRow(items);
    }
    auto *view = new QTableView;
    view->setObjectName(QStringLiteral("reportTable_%1_%2").arg(section).arg(table));
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setMinimumHeight(std::min(360, 40 + 30 * int(data.rows.size())));
    left->addWidget(view);
    auto *exportButton = new QPushButton(tr("Export CSV…"));
    connect(exportButton, &QPushButton::clicked, this, [this, section, table] { askExport(section, table); });
    left->addWidget(exportButton, 0, Qt::AlignLeft);
    layout->addLayout(left, 1);
    if (QChart *chart = ReportChart::create(
            data, m_reports.customers.period.label(), m_reports.customers.period.previous().label())) {
        auto *chartView = new QChartView(chart);
        chartView->setRenderHint(QPainter::Antialiasing);
        chartView->setMinimumSize(380, 260);
        layout->addWidget(chartView, 1);
    }
    return box;
}

WriteResult ReportsPage::exportTable(int section, int table, const QString &fileName) const
{
    if (section < 0 || section >= m_sections.size() || table < 0
        || table >= m_sections.at(section).tables.size())
        return WriteResult::failure(tr("There is no such table."));
    if (const QString refused = StoreFiles::refusal(m_store.path(), fileName); !refused.isEmpty())
        return WriteResult::failure(refused);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return WriteResult::failure(file.errorString());
    // A report table has a few dozen rows at most: written right away.
    if (!ReportTables::writeCsv(m_sections.at(section).tables.at(table), file) || !file.commit())
        return WriteResult::failure(file.errorString());
    return WriteResult::success();
}

void ReportsPage::askExport(int section, int table)
{
    const QString suggested
        = QStringLiteral("%1-%2.csv")
              .arg(m_sections.at(section).tables.at(table).title, m_reports.customers.period.label());
    const QString fileName
        = QFileDialog::getSaveFileName(this, tr("Export CSV"), suggested, tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    const WriteResult written = exportTable(section, table, fileName);
    if (!written.ok())
        QMessageBox::warning(
            this, tr("Export CSV"), tr("The table could not be written: %1").arg(written.error));
}

} // namespace atelier

namespace atelier {

void ReportsPage::askSavePdf()
{
    const QString suggested
        = QStringLiteral("%1 %2.pdf").arg(m_store.settings().storeName(), m_reports.customers.period.label());
    const QString fileName
        = QFileDialog::getSaveFileName(this, tr("Save PDF"), suggested, tr("PDF files (*.pdf)"));
    if (const QString refused = StoreFiles::refusal(m_store.path(), fileName); !refused.isEmpty())
        QMessageBox::warning(this, tr("Save PDF"), refused);
    else if (!fileName.isEmpty())
        savePdf(fileName);
}

bool ReportsPage::savePdf(const QString &fileName)
{
    if (isSavingPdf() || m_sections.size() < reportCount || m_shownGeneration != m_generation)
        return false;
    m_pdfFile = fileName;
    m_pdfReports = m_reports;
    m_pdfTables.clear();
    for (const ReportSection &section : std::as_const(m_sections))
        m_pdfTables << section.tables;
    m_pdfCharts.clear();
    m_ui->savePdfButton->setEnabled(false);
    m_ui->busyBar->show();
    m_ui->statusLabel->setText(tr("Writing the PDF…"));
    m_savingPdf = true;
    QTimer::singleShot(0, this, &ReportsPage::drawNextPdfChart);
    return true;
}

void ReportsPage::drawNextPdfChart()
{
    // Qt Charts draws only on this thread: one chart per turn of the event loop, a few ms each.
    if (m_pdfCharts.size() < m_pdfTables.size()) {
        m_pdfCharts << MonthlyReportPdf::renderChart(
            m_pdfTables.at(m_pdfCharts.size()), m_pdfReports.customers.period);
        QTimer::singleShot(0, this, &ReportsPage::drawNextPdfChart);
        return;
    }
    struct Written
    {
        WriteResult result;
        int pages = 0;
    };
    m_pdfWriter.run(
        this,
        [fileName = m_pdfFile, storeName = m_store.settings().storeName(), reports = m_pdfReports,
            charts = m_pdfCharts](BackgroundJob &) {
            MonthlyReportPdf pdf(storeName, reports, charts);
            const WriteResult result = pdf.write(fileName);
            return Written{result, result.ok() ? pdf.pageCount() : 0};
        },
        [this, fileName = m_pdfFile](BackgroundResult<Written> result) {
            const Written written = result.value.value_or(Written{WriteResult::failure(result.error), 0});
            pdfWritten(fileName, written.result, written.pages);
        });
}

void ReportsPage::pdfWritten(const QString &fileName, const WriteResult &written, int pages)
{
    m_savingPdf = false;
    m_pdfCharts.clear();
    m_pdfTables.clear();
    m_ui->busyBar->setVisible(isBusy());
    m_ui->savePdfButton->setEnabled(!isBusy() && m_sections.size() == reportCount);
    if (written.ok()) {
        spdlog::info("reports: PDF written, {} pages", pages);
        m_ui->statusLabel->setText(
            tr("Saved the report to %1 (pages: %2).").arg(QFileInfo(fileName).fileName()).arg(pages));
        m_ui->statusLabel->setToolTip(QDir::toNativeSeparators(fileName));
    } else {
        m_ui->statusLabel->setText(written.error);
        // Not exec(): the page keeps working while the message is up.
        auto *box
            = new QMessageBox(QMessageBox::Warning, tr("Save PDF"), written.error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    emit pdfSaved(written.ok(), written.error);
}

} // namespace atelier
