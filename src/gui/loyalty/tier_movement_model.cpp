#include "gui/loyalty/tier_movement_model.h"

#include "core/labels.h"
#include "services/loyalty_report.h"

#include <QBrush>
#include <QColor>

namespace atelier {

TierMovementModel::TierMovementModel(LoyaltyReport &report, QObject *parent)
    : QAbstractTableModel(parent)
    , m_report(report)
{
}

void TierMovementModel::setRun(qint64 runId, MovementDirection direction)
{
    beginResetModel();
    m_runId = runId;
    m_direction = direction;
    m_total = runId ? m_report.movementCount(runId, direction) : 0;
    m_rows
        = runId ? m_report.movementPage(runId, direction, std::nullopt, pageSize) : QList<TierMovementRow>();
    endResetModel();
}

CustomerId TierMovementModel::customerAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).change.customer : 0;
}

QString TierMovementModel::reasonText(const TierChange &change)
{
    if (change.reason == TierDecision::Reason::SpendFell)
        return tr("Fell below the %1 threshold (%2) after the keep period")
            .arg(Labels::of(change.oldTier), change.threshold.toDisplayString());
    return tr("Reached the %1 threshold (%2)")
        .arg(Labels::of(change.newTier), change.threshold.toDisplayString());
}

int TierMovementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TierMovementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TierMovementModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void TierMovementModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    const TierChange &last = m_rows.last().change;
    const QList<TierMovementRow> more
        = m_report.movementPage(m_runId, m_direction, LoyaltyCursor{last.spend, last.id}, pageSize);
    if (more.isEmpty()) {
        m_total = int(m_rows.size());
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

QVariant TierMovementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TierMovementRow &row = m_rows.at(index.row());
    const TierChange &change = row.change;
    if (role == Qt::TextAlignmentRole && index.column() == SpendColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == ChangeColumn)
        return QBrush(change.up() ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc0, 0x39, 0x2b));
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return reasonText(change);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return row.name;
    case PhoneColumn:
        return row.maskedPhone;
    case ChangeColumn:
        return QStringLiteral("%1 %2 → %3")
            .arg(change.up() ? QStringLiteral("↑") : QStringLiteral("↓"), Labels::of(change.oldTier),
                Labels::of(change.newTier));
    case SpendColumn:
        return change.spend.toDisplayString();
    case ReasonColumn:
        return reasonText(change);
    }
    return {};
}

QVariant TierMovementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Phone");
    case ChangeColumn:
        return tr("Tier change");
    case SpendColumn:
        return tr("Tier spend");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace atelier
