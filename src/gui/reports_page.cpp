#include "gui/reports_page.h"

#include "gui/report_chart.h"
#include "services/reports.h"
#include "services/store.h"
#include "ui_reports_page.h"

#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace atelier {

namespace {

constexpr int listedMonths = 24;

} // namespace

ReportsPage::ReportsPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReportsPage>())
    , m_store(store)
{
    m_ui->setupUi(this);
    m_ui->busyBar->hide();
    // The last complete month first: the one a monthly report is about.
    const QDate today = store.clock().today();
    const QDate thisMonth(today.year(), today.month(), 1);
    for (int i = 1; i <= listedMonths; ++i) {
        const QDate month = thisMonth.addMonths(-i);
        m_ui->periodCombo->addItem(month.toString(QStringLiteral("yyyy-MM")), month);
    }
    m_ui->periodCombo->insertItem(0, tr("This month so far"), thisMonth);
    m_ui->periodCombo->addItem(tr("Custom period"));
    m_ui->periodCombo->setCurrentIndex(1);
    periodChosen();
    connect(m_ui->periodCombo, &QComboBox::currentIndexChanged, this, &ReportsPage::periodChosen);
    connect(m_ui->showButton, &QPushButton::clicked, this, &ReportsPage::reload);
}

ReportsPage::~ReportsPage()
{
    for (QThread *worker : std::as_const(m_workers)) {
        worker->wait(); // a few aggregate reads: never long
        delete worker;
    }
}

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
    return !m_workers.isEmpty() && m_workers.last()->isRunning();
}

void ReportsPage::reload()
{
    const ReportPeriod chosen = period();
    const int generation = ++m_generation;
    // An older computation still running finishes and is ignored: a newer period was asked for.
    for (auto it = m_workers.begin(); it != m_workers.end();) {
        if ((*it)->isFinished()) {
            delete *it;
            it = m_workers.erase(it);
        } else {
            ++it;
        }
    }
    m_ui->busyBar->show();
    m_ui->statusLabel->setText(tr("Computing…"));
    const QString path = m_store.path();
    ReportsPage *page = this; // outlives the worker: the destructor waits for it
    QThread *worker = QThread::create([page, path, chosen, generation] {
        ReportSet reports;
        {
            Store store;
            if (store.open(path))
                reports = Reports(store.database()).all(chosen);
            else
                spdlog::error("reports: could not open the store on the worker");
        }
        // Dropped by Qt if the page is gone by the time the event loop gets to it.
        QMetaObject::invokeMethod(
            page, [page, generation, reports] { page->showReports(generation, reports); },
            Qt::QueuedConnection);
    });
    m_workers << worker;
    worker->start();
}

void ReportsPage::showReports(int generation, const ReportSet &reports)
{
    if (generation != m_generation)
        return;
    m_ui->busyBar->hide();
    m_ui->statusLabel->setText(
        tr("%1 compared with %2")
            .arg(reports.customers.period.label(), reports.customers.previousPeriod.label()));
    m_shownPeriod = reports.customers.period;
    m_sections = ReportTables::all(reports);
    rebuildTabs();
    emit reportsShown();
}

void ReportsPage::rebuildTabs()
{
    const int current = m_ui->tabs->currentIndex();
    while (m_ui->tabs->count() > 0) {
        QWidget *tab = m_ui->tabs->widget(0);
        m_ui->tabs->removeTab(0);
        tab->deleteLater();
    }
    for (int s = 0; s < m_sections.size(); ++s) {
        auto *content = new QWidget;
        auto *layout = new QVBoxLayout(content);
        for (int t = 0; t < m_sections.at(s).tables.size(); ++t)
            layout->addWidget(tableBox(s, t));
        layout->addStretch();
        auto *scroll = new QScrollArea;
        scroll->setWidgetResizable(true);
        scroll->setWidget(content);
        m_ui->tabs->addTab(scroll, m_sections.at(s).title);
    }
    m_ui->tabs->setCurrentIndex(std::max(0, current));
}

QWidget *ReportsPage::tableBox(int section, int table)
{
    const ReportTable &data = m_sections.at(section).tables.at(table);
    auto *box = new QGroupBox(data.title);
    auto *layout = new QHBoxLayout(box);
    auto *left = new QVBoxLayout;
    auto *model = new QStandardItemModel(box);
    model->setHorizontalHeaderLabels(data.header);
    for (const QStringList &row : data.rows) {
        QList<QStandardItem *> items;
        for (int c = 0; c < row.size(); ++c) {
            auto *item = new QStandardItem(row.at(c));
            item->setEditable(false);
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
    if (QChart *chart = ReportChart::create(data, m_shownPeriod.label(), m_shownPeriod.previous().label())) {
        auto *chartView = new QChartView(chart);
        chartView->setRenderHint(QPainter::Antialiasing);
        chartView->setMinimumSize(380, 260);
        layout->addWidget(chartView, 1);
    }
    return box;
}

QString ReportsPage::exportTable(int section, int table, const QString &fileName) const
{
    if (section < 0 || section >= m_sections.size() || table < 0
        || table >= m_sections.at(section).tables.size())
        return tr("There is no such table.");
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    // A report table has a few dozen rows at most: written right away.
    if (!ReportTables::writeCsv(m_sections.at(section).tables.at(table), file) || !file.commit())
        return file.errorString();
    return {};
}

void ReportsPage::askExport(int section, int table)
{
    const QString suggested = QStringLiteral("%1-%2.csv")
                                  .arg(m_sections.at(section).tables.at(table).title, m_shownPeriod.label());
    const QString fileName
        = QFileDialog::getSaveFileName(this, tr("Export CSV"), suggested, tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    const QString error = exportTable(section, table, fileName);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export CSV"), tr("The table could not be written: %1").arg(error));
}

} // namespace atelier
