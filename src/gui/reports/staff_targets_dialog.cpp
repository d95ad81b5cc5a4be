#include "gui/reports/staff_targets_dialog.h"

#include "core/display_format.h"
#include "core/money.h"
#include "services/staff_goals.h"
#include "services/store.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace atelier {

namespace {

QString countText(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace

StaffTargetsDialog::StaffTargetsDialog(Store &store, const QDate &month, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_month(QDate(month.year(), month.month(), 1))
{
    setObjectName(QStringLiteral("staffTargetsDialog"));
    setWindowTitle(tr("Targets for %1").arg(DisplayFormat::month(m_month.year(), m_month.month())));
    auto *layout = new QVBoxLayout(this);
    auto *help
        = new QLabel(tr("Each clerk's targets for the month. Leave a cell empty for no target."), this);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("targetsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Clerk"), tr("Sales (元)"), tr("New archives"), tr("Follow-ups done")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("targetsErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_copyButton = buttons->addButton(tr("Copy last month"), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(QStringLiteral("copyLastMonthButton"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveTargetsButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &StaffTargetsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StaffTargetsDialog::reject);
    connect(m_copyButton, &QPushButton::clicked, this, &StaffTargetsDialog::copyLastMonth);

    const ReadResult<QList<StaffTarget>> read = m_store.staffGoals().targets(m_month);
    if (!read.ok()) {
        m_error->setText(read.error);
        m_error->show();
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        m_copyButton->setEnabled(false);
        return;
    }
    m_loaded = *read.value;
    fill(m_loaded);
    resize(560, 360);
}

void StaffTargetsDialog::fill(const QList<StaffTarget> &targets)
{
    m_table->setRowCount(int(targets.size()));
    for (int row = 0; row < targets.size(); ++row) {
        const StaffTarget &target = targets.at(row);
        auto *name = new QTableWidgetItem(target.name);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        name->setData(Qt::UserRole, target.staff);
        m_table->setItem(row, ClerkColumn, name);
        m_table->setItem(row, SalesColumn,
            new QTableWidgetItem(
                target.salesFen ? Money::fromFen(*target.salesFen).toDecimalString() : QString()));
        m_table->setItem(row, ArchivesColumn, new QTableWidgetItem(countText(target.newArchives)));
        m_table->setItem(row, FollowUpsColumn, new QTableWidgetItem(countText(target.followUpsDone)));
    }
}

void StaffTargetsDialog::copyLastMonth()
{
    const ReadResult<QList<StaffTarget>> read = m_store.staffGoals().targets(m_month.addMonths(-1));
    if (!read.ok()) {
        m_error->setText(read.error);
        m_error->show();
        return;
    }
    // Last month's figures for this month's clerks: someone new keeps her cells, someone gone is left out.
    QList<StaffTarget> copied = m_loaded;
    for (StaffTarget &target : copied) {
        for (const StaffTarget &before : *read.value) {
            if (before.staff != target.staff)
                continue;
            target.salesFen = before.salesFen;
            target.newArchives = before.newArchives;
            target.followUpsDone = before.followUpsDone;
        }
    }
    fill(copied);
}

std::optional<QList<StaffTarget>> StaffTargetsDialog::typed(QString &problem) const
{
    QList<StaffTarget> targets;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        StaffTarget target;
        target.staff = m_table->item(row, ClerkColumn)->data(Qt::UserRole).toLongLong();
        target.name = m_table->item(row, ClerkColumn)->text();
        const auto cell = [&](int column) {
            return m_table->item(row, column)->text().trimmed();
        };
        const auto refuse = [&](int column, const QString &why) {
            problem = tr("%1, %2: %3").arg(target.name, m_table->horizontalHeaderItem(column)->text(), why);
            m_table->setCurrentCell(row, column);
        };
        if (!cell(SalesColumn).isEmpty()) {
            const std::optional<Money> sales = Money::parse(cell(SalesColumn));
            if (!sales || sales->fen() < 0) {
                refuse(SalesColumn, tr("type an amount in yuan, such as 30000, or leave it empty."));
                return std::nullopt;
            }
            target.salesFen = sales->fen();
        }
        for (const int column : {int(ArchivesColumn), int(FollowUpsColumn)}) {
            if (cell(column).isEmpty())
                continue;
            bool ok = false;
            const int value = cell(column).toInt(&ok);
            if (!ok || value < 0) {
                refuse(column, tr("type a whole number of 0 or more, or leave it empty."));
                return std::nullopt;
            }
            (column == ArchivesColumn ? target.newArchives : target.followUpsDone) = value;
        }
        targets << target;
    }
    return targets;
}

void StaffTargetsDialog::accept()
{
    QString problem;
    const std::optional<QList<StaffTarget>> targets = typed(problem);
    if (!targets) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    const WriteResult saved = m_store.staffGoals().setTargets(m_month, *targets);
    if (!saved.ok()) {
        m_error->setText(saved.error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace atelier
