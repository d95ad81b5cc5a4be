#include "gui/complaints/complaint_analysis_widget.h"

#include "core/complaint.h"
#include "core/display_format.h"
#include "core/labels.h"
#include "services/store.h"
#include "ui_complaint_analysis_widget.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLocale>
#include <QStandardItemModel>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace atelier {

ComplaintAnalysisWidget::ComplaintAnalysisWidget(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ComplaintAnalysisWidget>())
    , m_store(store)
    , m_categories(new QStandardItemModel(this))
    , m_styles(new QStandardItemModel(this))
    , m_clerks(new QStandardItemModel(this))
    , m_months(new QStandardItemModel(this))
    , m_reader(store, QStringLiteral("complaint-analysis"))
{
    m_ui->setupUi(this);
    const std::pair<QTableView *, QStandardItemModel *> views[] = {{m_ui->categoryView, m_categories},
        {m_ui->styleView, m_styles}, {m_ui->clerkView, m_clerks}, {m_ui->monthView, m_months}};
    for (const auto &[view, model] : views) {
        view->setModel(model);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    }
    m_chart = new QChartView(this);
    m_chart->setObjectName(QStringLiteral("trendChartView"));
    m_chart->setMinimumHeight(220);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_ui->chartLayout->addWidget(m_chart);

    const QDate today = store.clock().today();
    setPeriod(QDate(today.year(), today.month(), 1).addMonths(-11), today);
    connect(m_ui->runButton, &QPushButton::clicked, this, &ComplaintAnalysisWidget::analyse);
}

ComplaintAnalysisWidget::~ComplaintAnalysisWidget() = default;

void ComplaintAnalysisWidget::setPeriod(const QDate &from, const QDate &to)
{
    m_ui->fromDateEdit->setDate(from);
    m_ui->toDateEdit->setDate(to);
}

QString ComplaintAnalysisWidget::durationText(std::optional<double> minutes)
{
    if (!minutes)
        return QStringLiteral("—");
    const qint64 whole = qint64(std::llround(*minutes));
    if (whole < 60)
        return tr("%1 min").arg(whole);
    if (whole < 24 * 60)
        return tr("%1 h %2 min").arg(whole / 60).arg(whole % 60);
    return tr("%1 d %2 h").arg(whole / (24 * 60)).arg(whole / 60 % 24);
}

void ComplaintAnalysisWidget::analyse()
{
    QDate from = m_ui->fromDateEdit->date();
    QDate to = m_ui->toDateEdit->date();
    if (from > to)
        std::swap(from, to);
    m_ui->runButton->setEnabled(false);
    m_reader.run(
        this, [from, to](BackgroundJob &job) { return job.store().complaintAnalysis().run(from, to); },
        [this](BackgroundResult<ReadResult<ComplaintFigures>> result) {
            m_ui->runButton->setEnabled(true);
            if (!result.ok())
                showFailure(result.error);
            else if (!result.value->ok())
                showFailure(result.value->error);
            else
                showFigures(*result.value->value);
            emit analysed();
        });
}

void ComplaintAnalysisWidget::showFailure(const QString &error)
{
    m_figures = ComplaintFigures{};
    m_readFailed = true;
    m_ui->readErrorLabel->setText(tr("The complaint analysis could not be read. %1").arg(error));
    m_ui->readErrorLabel->show();
    // No figure stays: a 0 or an empty table would read as a period without complaints.
    for (QLabel *label :
        {m_ui->complaintsLabel, m_ui->respondLabel, m_ui->closeLabel, m_ui->satisfactionLabel})
        label->setText(QStringLiteral("—"));
    setFiguresVisible(false);
}

void ComplaintAnalysisWidget::setFiguresVisible(bool visible)
{
    for (QWidget *shown : std::initializer_list<QWidget *>{
             m_ui->categoryView, m_ui->styleView, m_ui->clerkView, m_ui->monthView, m_chart})
        shown->setVisible(visible);
}

void ComplaintAnalysisWidget::showFigures(const ComplaintFigures &figures)
{
    m_figures = figures;
    m_readFailed = false;
    m_ui->readErrorLabel->hide();
    setFiguresVisible(true);
    const QLocale locale;
    m_ui->complaintsLabel->setText(locale.toString(m_figures.complaints));
    m_ui->respondLabel->setText(durationText(m_figures.medianMinutesToRespond));
    m_ui->closeLabel->setText(durationText(m_figures.medianMinutesToClose));
    QStringList scores;
    for (int i = 0; i < 5; ++i)
        scores << tr("%1★ %2").arg(i + 1).arg(m_figures.satisfaction.at(std::size_t(i)));
    m_ui->satisfactionLabel->setText(m_figures.averageSatisfaction
            ? tr("average %1 (%2)")
                  .arg(locale.toString(*m_figures.averageSatisfaction, 'f', 1), DisplayFormat::list(scores))
            : QStringLiteral("—"));

    showCounts(m_categories, tr("Complaint type"), m_figures.byCategory, [](const ComplaintCount &c) {
        const std::optional<ComplaintCategory> category = complaintCategoryFromCode(c.key);
        return category ? Labels::of(*category) : c.key;
    });
    showCounts(
        m_styles, tr("Style number"), m_figures.byStyle, [](const ComplaintCount &c) { return c.key; });
    showCounts(m_clerks, tr("Clerk"), m_figures.byClerk,
        [](const ComplaintCount &c) { return c.name.isEmpty() ? tr("(nobody)") : c.name; });
    showCounts(m_months, tr("Month"), m_figures.byMonth, [](const ComplaintCount &c) { return c.key; });
    showTrend();
}

void ComplaintAnalysisWidget::showCounts(QStandardItemModel *model, const QString &what,
    const QList<ComplaintCount> &counts, const std::function<QString(const ComplaintCount &)> &label)
{
    model->clear();
    model->setHorizontalHeaderLabels({what, tr("Complaints")});
    for (const ComplaintCount &count : counts) {
        auto *number = new QStandardItem(QLocale().toString(count.count));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        model->appendRow({new QStandardItem(label(count)), number});
    }
}

void ComplaintAnalysisWidget::showTrend()
{
    auto *set = new QBarSet(tr("Complaints"));
    QStringList months;
    int highest = 0;
    for (const ComplaintCount &month : m_figures.trend) {
        *set << month.count;
        months << month.key.right(5);
        highest = std::max(highest, month.count);
    }
    auto *series = new QBarSeries;
    series->append(set);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Complaints in the last 12 months"));
    chart->legend()->hide();
    auto *axisX = new QBarCategoryAxis;
    axisX->append(months);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    // Whole complaints only: at most 5 intervals, each a whole number, so no label repeats.
    const int step = std::max(1, (highest + 4) / 5);
    const int intervals = std::max(1, (highest + step - 1) / step);
    axisY->setRange(0, step * intervals);
    axisY->setTickCount(intervals + 1);
    axisY->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

} // namespace atelier
