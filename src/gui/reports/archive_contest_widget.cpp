#include "gui/reports/archive_contest_widget.h"

#include "core/display_format.h"
#include "gui/reports/archives_to_check_dialog.h"
#include "services/staff_goals.h"
#include "services/store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace atelier {

ArchiveContestWidget::ArchiveContestWidget(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_compute(store, QStringLiteral("archive contest"))
{
    setObjectName(QStringLiteral("archiveContestWidget"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("contestTitleLabel"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("contestTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Rank"), tr("Clerk"), tr("Checked"), tr("Valid (quantity)"), tr("Validity"), tr("Completeness")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setToolTip(
        tr("Only archives registered in the month that you spot-checked count. Rank: more valid archives "
           "first, then the higher validity (valid / checked), then the higher average completeness."));
    layout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    m_pickButton = new QPushButton(tr("Pick archives to check…"), this);
    m_pickButton->setObjectName(QStringLiteral("pickArchivesButton"));
    buttons->addWidget(m_pickButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_pickButton, &QPushButton::clicked, this, &ArchiveContestWidget::pickArchives);
}

void ArchiveContestWidget::setPeriod(const ReportPeriod &period)
{
    m_month = QDate(period.from.year(), period.from.month(), 1);
    m_title->setText(tr("Computing…"));
    const QDate month = m_month;
    m_compute.run(
        this, [month](BackgroundJob &job) { return job.store().staffGoals().contest(month); },
        [this](BackgroundResult<ReadResult<QList<ContestRow>>> result) {
            if (result.cancelled)
                return;
            const QString error = !result.ok() ? result.error : result.value->error;
            if (!result.ok() || !result.value->ok()) {
                m_title->setText(tr("The archive contest could not be read. %1").arg(error));
                m_table->setRowCount(0);
                emit failed(error);
                return;
            }
            showRows(*result.value->value);
        });
}

void ArchiveContestWidget::showRows(const QList<ContestRow> &rows)
{
    m_rows = rows;
    m_title->setText(tr("Archive contest of %1: archives registered that month and spot-checked.")
                         .arg(DisplayFormat::month(m_month.year(), m_month.month())));
    m_table->setRowCount(int(rows.size()));
    const QLocale locale;
    for (int r = 0; r < rows.size(); ++r) {
        const ContestRow &row = rows.at(r);
        const bool ranked = row.rank.has_value();
        const QStringList cells{ranked ? locale.toString(*row.rank) : tr("unranked"), row.name,
            locale.toString(row.checked), ranked ? locale.toString(row.valid) : QStringLiteral("–"),
            ranked ? locale.toString(row.validity() * 100.0, 'f', 1) + QLatin1Char('%') : QStringLiteral("–"),
            ranked ? locale.toString(row.averageCompleteness()) : QStringLiteral("–")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c != 1)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    emit shown();
}

void ArchiveContestWidget::pickArchives()
{
    auto *dialog = new ArchivesToCheckDialog(m_store, m_month, defaultSample, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ArchivesToCheckDialog::checked, this,
        [this] { setPeriod(ReportPeriod::month(m_month.year(), m_month.month())); });
    dialog->open();
}

} // namespace atelier
