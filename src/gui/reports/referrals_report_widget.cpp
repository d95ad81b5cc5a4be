#include "gui/reports/referrals_report_widget.h"

#include "core/display_format.h"
#include "services/customer_erasure.h"
#include "services/referrals.h"
#include "services/store.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace atelier {

namespace {

QTableWidget *table(QWidget *parent, const QString &name, const QStringList &header)
{
    auto *t = new QTableWidget(0, int(header.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(header);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    t->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells, const QString &tip = {})
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        if (c > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (!tip.isEmpty())
            item->setToolTip(tip);
        t->setItem(row, c, item);
    }
}

QString percent(const std::optional<double> &ratio)
{
    return ratio ? QLocale().toString(*ratio * 100.0, 'f', 1) + QLatin1Char('%') : QStringLiteral("–");
}

} // namespace

ReferralsReportWidget::ReferralsReportWidget(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_compute(store, QStringLiteral("referral report"))
{
    setObjectName(QStringLiteral("referralsReportWidget"));
    auto *layout = new QVBoxLayout(this);
    m_rate = new QLabel(this);
    m_rate->setObjectName(QStringLiteral("referralRateLabel"));
    m_rate->setWordWrap(true);
    m_rate->setToolTip(
        tr("New customers who came by referral: registered in the period with a referrer on file "
           "or the source channel \"referral\", over all customers registered in the period."));
    layout->addWidget(m_rate);

    auto *monthsBox = new QGroupBox(tr("Referral rate by month"), this);
    auto *monthsLayout = new QVBoxLayout(monthsBox);
    m_months = table(monthsBox, QStringLiteral("referralMonthsTable"),
        {tr("Month"), tr("New customers"), tr("By referral"), tr("Rate")});
    monthsLayout->addWidget(m_months);
    layout->addWidget(monthsBox);

    auto *topBox = new QGroupBox(tr("Top referrers"), this);
    auto *topLayout = new QVBoxLayout(topBox);
    m_top = table(
        topBox, QStringLiteral("topReferrersTable"), {tr("Customer"), tr("Brought"), tr("Of them bought")});
    m_top->setToolTip(
        tr("Customers who brought most buyers (then most customers): \"bought\" counts those with at "
           "least one purchase, even one returned later. All time, not only the period."));
    topLayout->addWidget(m_top);
    layout->addWidget(topBox);
    layout->addStretch();
}

void ReferralsReportWidget::setPeriod(const ReportPeriod &period)
{
    m_rate->setText(tr("Computing…"));
    m_compute.run(
        this, [period](BackgroundJob &job) { return job.store().referrals().figures(period, topShown); },
        [this](BackgroundResult<ReadResult<ReferralFigures>> result) {
            if (result.cancelled)
                return;
            const QString error = !result.ok() ? result.error : result.value->error;
            if (!result.ok() || !result.value->ok()) {
                m_rate->setText(tr("The referral figures could not be read. %1").arg(error));
                m_months->setRowCount(0);
                m_top->setRowCount(0);
                emit failed(error);
                return;
            }
            showFigures(*result.value->value);
        });
}

QString ReferralsReportWidget::rateText(const ReferralRate &rate)
{
    return tr("%1 of %n new customer(s)", nullptr, rate.newCustomers).arg(percent(rate.rate()));
}

void ReferralsReportWidget::showFigures(const ReferralFigures &figures)
{
    m_figures = figures;
    m_rate->setText(
        tr("Came by referral: %1 (%2 customers) in %3; %4 in %5.")
            .arg(rateText(figures.current), QLocale().toString(figures.current.byReferral),
                figures.current.period.label(), rateText(figures.previous), figures.previous.period.label()));
    m_months->setRowCount(int(figures.months.size()));
    for (int r = 0; r < figures.months.size(); ++r) {
        const ReferralRate &month = figures.months.at(r);
        setRow(m_months, r,
            {month.period.label(), QLocale().toString(month.newCustomers),
                QLocale().toString(month.byReferral), percent(month.rate())});
    }
    m_top->setRowCount(int(figures.topReferrers.size()));
    for (int r = 0; r < figures.topReferrers.size(); ++r) {
        const ReferrerRow &row = figures.topReferrers.at(r);
        const QString name = row.erased ? CustomerErasure::erasedLabel() : row.name;
        setRow(m_top, r,
            {tr("%1 (#%2)").arg(name).arg(row.customer), QLocale().toString(row.referred),
                QLocale().toString(row.referredBuyers)});
    }
    emit shown();
}

} // namespace atelier
