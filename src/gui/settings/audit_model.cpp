#include "gui/settings/audit_model.h"

#include "services/audit_trail.h"

#include <QLocale>

namespace atelier {

AuditModel::AuditModel(AuditTrail &trail, QObject *parent)
    : QAbstractTableModel(parent)
    , m_trail(trail)
{
}

void AuditModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    reload();
}

void AuditModel::reload()
{
    beginResetModel();
    m_entries = m_trail.entries(m_filter, pageSize);
    m_total = m_trail.count(m_filter);
    endResetModel();
    emit totalChanged(m_total);
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == DetailsColumn)
        return AuditTrail::describe(entry);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return QLocale().toString(entry.happenedAt, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
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
        return QAbstractTableModel::headerData(section, orientation, role);
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

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_entries.size() < m_total;
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_entries.isEmpty())
        return;
    const QList<AuditEntry> more = m_trail.entries(m_filter, pageSize, m_entries.last().id);
    if (more.isEmpty()) {
        m_total = static_cast<int>(m_entries.size());
        emit totalChanged(m_total);
        return;
    }
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(more.size()) - 1);
    m_entries.append(more);
    endInsertRows();
}

} // namespace atelier
