#include "gui/settings/audit_model.h"

#include "core/display_format.h"
#include "services/audit_trail.h"

namespace atelier {

AuditModel::AuditModel(AuditTrail &trail, QObject *parent)
    : KeysetPagedTable(parent)
    , m_trail(trail)
{
}

void AuditModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    reload();
}

ReadResult<int> AuditModel::readTotal()
{
    return m_trail.total(m_filter);
}

ReadResult<KeysetPage<AuditEntry>> AuditModel::readPage(const std::optional<PageCursor> &after, int limit)
{
    return m_trail.page(m_filter, after, limit);
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AuditEntry &entry = rowAt(index.row());
    if (role == Qt::ToolTipRole && index.column() == DetailsColumn)
        return AuditTrail::describe(entry);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return DisplayFormat::timestamp(entry.happenedAt);
    case WhoColumn:
        return entry.actor.label();
    case ActionColumn:
        return AuditTrail::actionLabel(entry.action);
    case CustomerColumn:
        return AuditTrail::customerText(entry);
    case DetailsColumn:
        return AuditTrail::describe(entry);
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeysetPagedTable::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case CustomerColumn:
        return tr("Customer");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace atelier
