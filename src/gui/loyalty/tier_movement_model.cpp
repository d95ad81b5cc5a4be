#include "gui/loyalty/tier_movement_model.h"

#include "core/display_format.h"
#include "core/labels.h"
#include "services/loyalty_report.h"

#include <QBrush>
#include <QColor>

namespace atelier {

TierMovementModel::TierMovementModel(LoyaltyReport &report, QObject *parent)
    : KeysetPagedTable(parent)
    , m_report(report)
{
}

void TierMovementModel::setRun(qint64 runId, MovementDirection direction)
{
    m_runId = runId;
    m_direction = direction;
    reload();
}

ReadResult<int> TierMovementModel::readTotal()
{
    return m_report.movementCount(m_runId, m_direction);
}

ReadResult<KeysetPage<TierMovementRow>> TierMovementModel::readPage(
    const std::optional<PageCursor> &after, int limit)
{
    return m_report.movementPage(m_runId, m_direction, after, limit);
}

CustomerId TierMovementModel::customerAt(int row) const
{
    return row >= 0 && row < rowCount() ? rowAt(row).change.customer : 0;
}

QString TierMovementModel::reasonText(const TierChange &change)
{
    if (change.reason == TierDecision::Reason::SpendFell)
        return tr("Fell below the %1 threshold (%2) after the keep period")
            .arg(Labels::of(change.oldTier), DisplayFormat::threshold(change.threshold));
    return tr("Reached the %1 threshold (%2)")
        .arg(Labels::of(change.newTier), DisplayFormat::threshold(change.threshold));
}

int TierMovementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TierMovementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TierMovementRow &row = rowAt(index.row());
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
        return row.phone;
    case ChangeColumn:
        return QStringLiteral("%1 %2 → %3")
            .arg(change.up() ? QStringLiteral("↑") : QStringLiteral("↓"), Labels::of(change.oldTier),
                Labels::of(change.newTier));
    case SpendColumn:
        return DisplayFormat::amount(change.spend);
    case ReasonColumn:
        return reasonText(change);
    }
    return {};
}

QVariant TierMovementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeysetPagedTable::headerData(section, orientation, role);
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
