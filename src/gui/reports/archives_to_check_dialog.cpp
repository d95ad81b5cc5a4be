#include "gui/reports/archives_to_check_dialog.h"

#include "core/display_format.h"
#include "gui/archive/spot_check_dialog.h"
#include "services/staff_goals.h"
#include "services/store.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace atelier {

ArchivesToCheckDialog::ArchivesToCheckDialog(Store &store, const QDate &month, int count, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_month(month)
{
    setObjectName(QStringLiteral("archivesToCheckDialog"));
    setWindowTitle(tr("Archives to check: %1").arg(DisplayFormat::month(month.year(), month.month())));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("How many:"), this));
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("sampleCountSpin"));
    m_count->setRange(1, 200);
    m_count->setValue(count);
    top->addWidget(m_count);
    auto *drawButton = new QPushButton(tr("Draw again"), this);
    drawButton->setObjectName(QStringLiteral("drawAgainButton"));
    top->addWidget(drawButton);
    top->addStretch();
    layout->addLayout(top);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("archivesToCheckTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Customer"), tr("Registered by"), tr("Registered on"), tr("Verdict")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_table);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_checkButton = buttons->addButton(tr("Spot check…"), QDialogButtonBox::ActionRole);
    m_checkButton->setObjectName(QStringLiteral("spotCheckRowButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &ArchivesToCheckDialog::reject);
    connect(drawButton, &QPushButton::clicked, this, &ArchivesToCheckDialog::draw);
    connect(m_checkButton, &QPushButton::clicked, this, [this] { checkRow(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { checkRow(row); });
    resize(620, 420);
    draw();
}

void ArchivesToCheckDialog::draw()
{
    const ReadResult<QList<ArchiveToCheck>> read = m_store.staffGoals().sample(m_month, m_count->value());
    m_archives = read.ok() ? *read.value : QList<ArchiveToCheck>();
    m_status->setText(read.ok()
            ? (m_archives.isEmpty() ? tr("No archive was registered in this month.") : QString())
            : read.error);
    showArchives();
}

void ArchivesToCheckDialog::showArchives()
{
    m_table->setRowCount(int(m_archives.size()));
    for (int r = 0; r < m_archives.size(); ++r) {
        const ArchiveToCheck &archive = m_archives.at(r);
        const QString verdict
            = !archive.valid ? tr("not checked") : (*archive.valid ? tr("valid") : tr("not valid"));
        const QStringList cells{tr("%1 (#%2)").arg(archive.name).arg(archive.customer),
            archive.registeredBy.isEmpty() ? QStringLiteral("–") : archive.registeredBy,
            DisplayFormat::date(archive.registeredOn), verdict};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_checkButton->setEnabled(!m_archives.isEmpty());
    if (!m_archives.isEmpty())
        m_table->selectRow(0);
}

void ArchivesToCheckDialog::checkRow(int row)
{
    if (row < 0 || row >= m_archives.size())
        return;
    const ArchiveToCheck archive = m_archives.at(row);
    auto *dialog = new SpotCheckDialog(m_store, archive.customer, archive.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, row, customer = archive.customer] {
        const ReadResult<std::optional<ArchiveCheck>> read = m_store.staffGoals().check(customer);
        if (read.ok() && read.value->has_value() && row < m_archives.size())
            m_archives[row].valid = (*read.value)->valid;
        showArchives();
        m_table->selectRow(row);
        emit checked();
    });
    dialog->open();
}

} // namespace atelier
