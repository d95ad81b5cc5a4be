#include "gui/reports/satisfaction_report_widget.h"

#include "services/store.h"

#include <QDate>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace atelier {

namespace {

// A read-only table in its own group box, its first column stretched.
QTableWidget *addTable(QVBoxLayout *layout, QWidget *parent, const QString &title, const QString &name,
    const QString &firstColumn)
{
    auto *box = new QGroupBox(title, parent);
    auto *boxLayout = new QVBoxLayout(box);
    const QStringList header{firstColumn, SatisfactionReportWidget::tr("Scores"),
        SatisfactionReportWidget::tr("Average"), SatisfactionReportWidget::tr("Satisfaction rate")};
    auto *table = new QTableWidget(0, int(header.size()), box);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(header);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    boxLayout->addWidget(table);
    layout->addWidget(box);
    return table;
}

} // namespace

SatisfactionReportWidget::SatisfactionReportWidget(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_compute(store, QStringLiteral("satisfaction report"))
{
    setObjectName(QStringLiteral("satisfactionReportWidget"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("satisfactionSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setToolTip(tr("Satisfaction rate: the share of scores of 4 or 5 among all scores given in the "
                             "period, after visits, follow-ups, campaigns and complaint call-backs and in "
                             "imported surveys."));
    layout->addWidget(m_summary);
    m_months = addTable(layout, this, tr("By month"), QStringLiteral("satisfactionMonthsTable"), tr("Month"));
    m_clerks = addTable(layout, this, tr("By clerk"), QStringLiteral("satisfactionClerksTable"), tr("Clerk"));
    m_clerks->setToolTip(tr("The clerk a score is about: the visit's sale, who did the follow-up or the "
                            "call-back, for a survey the clerk of her last sale by that day."));
    layout->addStretch();
}

QString SatisfactionReportWidget::rateText(const SatisfactionFigures &figures)
{
    if (figures.scores == 0)
        return QStringLiteral("–");
    return QLocale().toString(figures.rate() * 100.0, 'f', 1) + QLatin1Char('%');
}

void SatisfactionReportWidget::setPeriod(const ReportPeriod &period)
{
    m_summary->setText(tr("Computing…"));
    m_compute.run(
        this, [period](BackgroundJob &job) { return job.store().satisfaction().report(period); },
        [this](BackgroundResult<ReadResult<SatisfactionReport>> result) {
            if (result.cancelled)
                return;
            const QString error = !result.ok() ? result.error : result.value->error;
            if (!result.ok() || !result.value->ok()) {
                m_summary->setText(tr("The satisfaction figures could not be read. %1").arg(error));
                m_months->setRowCount(0);
                m_clerks->setRowCount(0);
                emit failed(error);
                return;
            }
            showReport(*result.value->value);
        });
}

void SatisfactionReportWidget::fillRow(
    QTableWidget *table, int row, const QString &first, const SatisfactionFigures &figures)
{
    const QStringList cells{first, QLocale().toString(figures.scores),
        figures.scores > 0 ? QLocale().toString(figures.average(), 'f', 2) : QStringLiteral("–"),
        rateText(figures)};
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        if (c > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, c, item);
    }
}

void SatisfactionReportWidget::showReport(const SatisfactionReport &report)
{
    m_report = report;
    m_summary->setText(report.total.scores == 0
            ? tr("No satisfaction scores in %1.").arg(report.period.label())
            : tr("Satisfaction rate in %1: %2 of %n score(s) were 4 or 5; average %3.", nullptr,
                report.total.scores)
                  .arg(report.period.label(), rateText(report.total),
                      QLocale().toString(report.total.average(), 'f', 2)));
    m_months->setRowCount(int(report.months.size()));
    for (int r = 0; r < report.months.size(); ++r) {
        const SatisfactionMonth &month = report.months.at(r);
        const QDate first = QDate::fromString(month.month + QStringLiteral("-01"), Qt::ISODate);
        const QString label
            = first.isValid() ? ReportPeriod::month(first.year(), first.month()).label() : month.month;
        fillRow(m_months, r, label, month.figures);
    }
    m_clerks->setRowCount(int(report.clerks.size()));
    for (int r = 0; r < report.clerks.size(); ++r) {
        const SatisfactionClerk &clerk = report.clerks.at(r);
        fillRow(m_clerks, r, clerk.staff ? clerk.name : tr("(no clerk)"), clerk.figures);
    }
    emit shown();
}

} // namespace atelier
