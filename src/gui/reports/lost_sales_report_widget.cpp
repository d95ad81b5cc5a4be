#include "gui/reports/lost_sales_report_widget.h"

#include "services/lost_sales.h"
#include "services/store.h"
#include "ui_lost_sales_report_widget.h"

#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace atelier {

namespace {

enum Column
{
    WantedColumn,
    SizeColumn,
    ReasonColumn,
    CountColumn,
    WaitingColumn,
    ColumnCount
};

} // namespace

LostSalesReportWidget::LostSalesReportWidget(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LostSalesReportWidget>())
    , m_store(store)
    , m_compute(store, QStringLiteral("lost sales report"))
    , m_mark(store, QStringLiteral("lost sales arrival"))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("lostSalesReportWidget"));
    QTableWidget *table = m_ui->lostSalesTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels(
        {tr("Style or category"), tr("Size"), tr("Why not bought"), tr("Lost sales"), tr("Waiting")});
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_ui->markArrivedButton->setEnabled(false);
    m_ui->markArrivedButton->setVisible(store.allows(Permission::MarkArrivals));
    connect(table, &QTableWidget::itemSelectionChanged, this, &LostSalesReportWidget::selectionChanged);
    connect(m_ui->markArrivedButton, &QPushButton::clicked, this, &LostSalesReportWidget::askMarkArrived);
}

LostSalesReportWidget::~LostSalesReportWidget() = default;

QMessageBox *LostSalesReportWidget::confirmation() const
{
    return m_confirmation.data();
}

void LostSalesReportWidget::setPeriod(const ReportPeriod &period)
{
    m_period = period;
    m_ui->statusLabel->setText(tr("Computing…"));
    m_compute.run(
        this, [period](BackgroundJob &job) { return job.store().lostSales().report(period); },
        [this](BackgroundResult<ReadResult<QList<LostSaleCount>>> result) {
            if (result.cancelled)
                return;
            const QString error = !result.ok() ? result.error : result.value->error;
            if (!result.ok() || !result.value->ok()) {
                m_rows.clear();
                m_ui->lostSalesTable->setRowCount(0);
                m_ui->statusLabel->setText(tr("The lost sales could not be read. %1").arg(error));
                emit failed(error);
                return;
            }
            showRows(*result.value->value);
        });
}

void LostSalesReportWidget::showRows(const QList<LostSaleCount> &rows)
{
    m_rows = rows;
    int total = 0;
    QTableWidget *table = m_ui->lostSalesTable;
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const LostSaleCount &row = rows.at(r);
        total += row.count;
        const QStringList cells{row.isCategory ? tr("%1 (category)").arg(row.wanted) : row.wanted,
            row.size.isEmpty() ? tr("any") : row.size, LostSale::reasonLabel(row.reason),
            QLocale().toString(row.count), QLocale().toString(row.open)};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c >= CountColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(r, c, item);
        }
    }
    m_ui->statusLabel->setText(rows.isEmpty()
            ? tr("No lost sales were recorded in %1.").arg(m_period.label())
            : tr("%n lost sale(s) recorded in %1.", nullptr, total).arg(m_period.label()));
    if (!m_notice.isEmpty())
        m_ui->statusLabel->setText(m_ui->statusLabel->text() + u' ' + m_notice);
    m_notice.clear();
    selectionChanged();
    emit shown();
}

std::optional<Arrival> LostSalesReportWidget::selectedArrival() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_ui->lostSalesTable->selectedRanges();
    if (ranges.isEmpty() || ranges.first().topRow() >= m_rows.size())
        return std::nullopt;
    const LostSaleCount &row = m_rows.at(ranges.first().topRow());
    Arrival arrival;
    (row.isCategory ? arrival.category : arrival.styleNumber) = row.wanted;
    arrival.size = row.size;
    return arrival;
}

void LostSalesReportWidget::selectionChanged()
{
    const std::optional<Arrival> arrival = selectedArrival();
    const bool waiting
        = arrival && m_rows.at(m_ui->lostSalesTable->selectedRanges().first().topRow()).open > 0;
    m_ui->markArrivedButton->setEnabled(waiting && !m_mark.isRunning());
    m_ui->arrivalLabel->setText(arrival && !waiting ? tr("Nobody is waiting for it any more.") : QString());
}

void LostSalesReportWidget::askMarkArrived()
{
    const std::optional<Arrival> arrival = selectedArrival();
    if (!arrival)
        return;
    // One indexed read of the open wishes: quick enough to ask before the question opens.
    const ReadResult<ArrivalPreview> preview = m_store.lostSales().preview(*arrival);
    if (!preview.ok()) {
        m_ui->arrivalLabel->setText(preview.error);
        return;
    }
    const QString what = arrival->size.isEmpty() ? tr("%1 (every size)").arg(arrival->wanted())
                                                 : tr("%1 size %2").arg(arrival->wanted(), arrival->size);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Mark arrived"),
        tr("Mark %1 as arrived?").arg(what), QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("markArrivedQuestion"));
    box->setInformativeText(
        tr("%n customer(s) will get an \"It's in\" task today.", nullptr, preview.value->customers) + u' '
        + tr("%n waiting wish(es) will be closed.", nullptr, preview.value->wishes));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_confirmation = box;
    connect(box, &QMessageBox::finished, this, [this, box, arrival = *arrival](int answer) {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes || answer == QMessageBox::Yes)
            markArrived(arrival);
    });
    box->open();
}

void LostSalesReportWidget::markArrived(const Arrival &arrival)
{
    m_ui->markArrivedButton->setEnabled(false);
    m_ui->arrivalLabel->setText(tr("Marking…"));
    m_mark.run(
        this, [arrival](BackgroundJob &job) { return job.store().lostSales().markArrived(arrival); },
        [this](BackgroundResult<ArrivalResult> result) {
            if (result.cancelled)
                return;
            if (!result.ok() || !result.value->ok()) {
                m_ui->arrivalLabel->setText(!result.ok() ? result.error : result.value->message);
                selectionChanged();
                return;
            }
            m_ui->arrivalLabel->clear();
            m_notice = tr("Marked arrived: %n task(s) planned for today.", nullptr, result.value->tasks);
            emit arrivalMarked(result.value->wishes, result.value->tasks);
            setPeriod(m_period);
        });
}

} // namespace atelier
