#include "gui/prediction/prediction_page.h"

#include "core/clock.h"
#include "core/display_format.h"
#include "core/forecast_wording.h"
#include "gui/archive/customer_export_flow.h"
#include "gui/common/could_not_read.h"
#include "gui/prediction/forecast_list_model.h"
#include "services/customer_export.h"
#include "services/prediction_service.h"
#include "services/store.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <limits>

namespace atelier {

namespace {

constexpr double daysPerMonth = 365.25 / 12;
constexpr int chartMonths = 24; // the service groups everything from 720 days on in its last band

} // namespace

PredictionPage::PredictionPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new ForecastListModel(this))
    , m_reader(store, QStringLiteral("forecasts"))
{
    m_listCombo = new QComboBox(this);
    m_listCombo->setObjectName(QStringLiteral("listComboBox"));
    for (const PredictionList list :
        {PredictionList::ValuableAtRisk, PredictionList::LikelyThisWeek, PredictionList::Lapsed})
        m_listCombo->addItem(ForecastWording::title(list), static_cast<int>(list));
    m_exportButton = new QPushButton(tr("&Export…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportStatus = new QLabel(this);
    m_exportStatus->setObjectName(QStringLiteral("exportStatusLabel"));
    auto *listLabel = new QLabel(tr("&List:"), this);
    listLabel->setBuddy(m_listCombo);
    auto *choiceRow = new QHBoxLayout;
    choiceRow->addWidget(listLabel);
    choiceRow->addWidget(m_listCombo);
    choiceRow->addWidget(m_exportButton);
    choiceRow->addWidget(m_exportStatus, 1);

    m_ruleLabel = new QLabel(this);
    m_ruleLabel->setObjectName(QStringLiteral("ruleLabel"));
    m_ruleLabel->setWordWrap(true);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_fitLabel = new QLabel(this);
    m_fitLabel->setObjectName(QStringLiteral("fitLabel"));
    m_fitLabel->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("forecastTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);

    setUpChart();
    auto *chartTitle
        = new QLabel(tr("Chance of still being a customer, by months since the last purchase"), this);
    chartTitle->setWordWrap(true);
    chartTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    auto *chartColumn = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartColumn);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(chartTitle);
    chartLayout->addWidget(m_chartView, 1);
    chartColumn->setMaximumWidth(280);

    // The table gets the room; the chart keeps a readable width beside it.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(chartColumn);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choiceRow);
    layout->addWidget(m_ruleLabel);
    layout->addWidget(m_countLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_fitLabel);

    m_export = new CustomerExportFlow(store, ExportSource::Tasks, this, m_exportButton, m_exportStatus);
    connect(m_export, &CustomerExportFlow::finished, this, &PredictionPage::exportFinished);
    connect(m_exportButton, &QPushButton::clicked, this, &PredictionPage::chooseExport);
    connect(m_listCombo, &QComboBox::currentIndexChanged, this, &PredictionPage::refresh);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const CustomerId id = m_model->customerAt(index.row()))
            emit openOnCounter(id);
    });
}

void PredictionPage::setUpChart()
{
    m_series = new QLineSeries;
    m_series->setName(tr("Still a customer"));
    m_series->setPointsVisible(true);
    auto *chart = new QChart;
    chart->addSeries(m_series);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->legend()->hide();
    auto *months = new QValueAxis;
    months->setRange(0, chartMonths);
    months->setTickCount(chartMonths / 6 + 1);
    months->setLabelFormat(QStringLiteral("%d"));
    // The title above says since what.
    months->setTitleText(tr("Months"));
    auto *percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setTickCount(6);
    percent->setLabelFormat(QStringLiteral("%d%%"));
    percent->setTitleText(tr("Still a customer"));
    chart->addAxis(months, Qt::AlignBottom);
    chart->addAxis(percent, Qt::AlignLeft);
    m_series->attachAxis(months);
    m_series->attachAxis(percent);
    m_chartView = new QChartView(chart, this);
    m_chartView->setObjectName(QStringLiteral("aliveChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(240, 260);
    m_chartView->setToolTip(tr("Customers who bought at least twice, grouped by the months since their "
                               "last purchase: on average, how likely they still are customers."));
}

void PredictionPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

PredictionList PredictionPage::currentList() const
{
    return static_cast<PredictionList>(m_listCombo->currentData().toInt());
}

void PredictionPage::setCurrentList(PredictionList list)
{
    m_listCombo->setCurrentIndex(m_listCombo->findData(static_cast<int>(list)));
}

void PredictionPage::refresh()
{
    m_stale = false;
    m_ruleLabel->setText(ForecastWording::explain(currentList()));
    const int generation = ++m_generation;
    if (!m_store.allows(Permission::SeeForecastLists)) {
        // The page is hidden from clerks; nothing of the manager's lists stays behind in it.
        Read nothing;
        nothing.fit = nothingChosen<PredictionFit>();
        nothing.error = tr("The forecast lists are for the manager.");
        present(generation, std::move(nothing));
        return;
    }
    // An older read still running is asked to stop and ignored: another list was asked for.
    m_countLabel->setText(tr("Reading…"));
    m_exportButton->setEnabled(false);
    const PredictionList which = currentList();
    const QDate today = m_store.clock().today();
    m_reader.run(
        this,
        [which, today](BackgroundJob &job) {
            QElapsedTimer timer;
            timer.start();
            Read read;
            PredictionService &predictions = job.store().predictions();
            read.fit = predictions.latestFit();
            read.chart = predictions.aliveByRecency();
            read.list = predictions.list(which, today, rowsShown);
            ReadResult<std::vector<CustomerId>> ids = predictions.listIds(which, today);
            if (ids.ok())
                read.ids = std::move(*ids.value);
            else
                read.list.error = ids.error;
            spdlog::info("forecasts page: list {} read in {} ms, {} of {} customers", static_cast<int>(which),
                timer.elapsed(), read.list.rows.size(), read.ids.size());
            return read;
        },
        [this, generation](BackgroundResult<Read> result) {
            Read read = result.value.value_or(Read{});
            if (!result.ok()) {
                read.error = tr("The forecasts could not be read from the store.");
                read.fit.error = tr("The reading stopped unexpectedly.");
            }
            present(generation, std::move(read));
        });
}

void PredictionPage::refreshWhenShown()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void PredictionPage::present(int generation, Read read)
{
    if (generation != m_generation)
        return;
    m_shownGeneration = generation;
    m_export->listChanged();
    showFit(read.fit);
    showChart(read.chart);
    showList(read);
    emit shown();
}

void PredictionPage::showFit(const ReadResult<std::optional<PredictionFit>> &read)
{
    if (!read.ok()) {
        // "No forecasts yet" would be a claim about the store; this is a claim about the read.
        m_fitLabel->setText(tr("The forecasts could not be read. %1").arg(read.error));
        return;
    }
    const std::optional<PredictionFit> &fit = *read.value;
    if (!fit) {
        m_fitLabel->setText(
            tr("No forecasts yet: the nightly run makes them once customers have bought twice."));
        return;
    }
    // The fit can be up to a week older than tonight's forecasts (RefitRule): its date is the fit's.
    // Fewer than the Tiers page's "scored": a customer whose sales were all refunded has a score
    // and no purchase; and the fit may be a few days older.
    m_fitLabel->setText(tr("The models in use were fitted on the purchases up to %1 of the %2 customers who "
                           "had kept one (a sale refunded in full is not a purchase), on %3; they score the "
                           "forecasts every night.")
                            .arg(DisplayFormat::date(fit->asOf), QLocale().toString(fit->customers),
                                DisplayFormat::dateTime(fit->fittedAt)));
}

void PredictionPage::showChart(const ReadResult<std::vector<AliveByRecency>> &bands)
{
    // A chart that could not be read is left empty; the fit line above it says why.
    QList<QPointF> points;
    for (const AliveByRecency &band : bands.value.value_or(std::vector<AliveByRecency>{})) {
        // The last band is open-ended: its point sits where it starts.
        const bool open = band.toDays == std::numeric_limits<int>::max();
        const double days = open ? band.fromDays : (band.fromDays + band.toDays) / 2.0;
        points << QPointF(
            std::min(days / daysPerMonth, double(chartMonths)), band.meanProbabilityAlive * 100);
    }
    m_series->replace(points);
}

void PredictionPage::showList(Read &read)
{
    const QString error = read.error.isEmpty() ? read.list.error : read.error;
    const int shown = static_cast<int>(read.list.rows.size());
    m_model->setRows(std::move(read.list.rows));
    m_ids = std::move(read.ids);
    m_table->resizeColumnsToContents();
    m_exportButton->setEnabled(!m_ids.empty() && !m_export->isRunning());
    if (!error.isEmpty())
        m_countLabel->setText(error);
    else if (m_ids.empty())
        m_countLabel->setText(tr("Nobody is on this list today."));
    else if (shown < totalCount())
        m_countLabel->setText(tr("Showing %1 of %2 customers. Export… writes them all.")
                                  .arg(QLocale().toString(shown), QLocale().toString(totalCount())));
    else
        m_countLabel->setText(tr("%Ln customer(s)", nullptr, totalCount()));
}

ColumnChooserDialog *PredictionPage::chooseExport()
{
    if (m_ids.empty())
        return nullptr;
    const QString base = tr("forecast-%1-%2")
                             .arg(m_listCombo->currentIndex() + 1)
                             .arg(DisplayFormat::date(m_store.clock().today()));
    return m_export->choose(
        base, totalCount(), CustomerExportFlow::writing(QList<CustomerId>(m_ids.begin(), m_ids.end())));
}

void PredictionPage::exportTo(const QString &fileName, const QList<ExportColumn> &columns)
{
    if (m_ids.empty())
        return;
    m_export->start(fileName, CustomerExport::formatOf(fileName), columns, totalCount(),
        CustomerExportFlow::writing(QList<CustomerId>(m_ids.begin(), m_ids.end())));
}

} // namespace atelier
