#include "gui/campaigns/campaign_list_model.h"

#include "gui/campaigns/campaign_wording.h"

#include <QLocale>

namespace atelier {

CampaignListModel::CampaignListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CampaignListModel::setRows(QList<CampaignSummary> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const CampaignSummary *CampaignListModel::at(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CampaignListModel::rowOf(CampaignId id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).campaign.id == id)
            return row;
    return -1;
}

int CampaignListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignListModel::data(const QModelIndex &index, int role) const
{
    const CampaignSummary *summary = at(index.row());
    if (!summary || !index.isValid())
        return {};
    if (role == Qt::TextAlignmentRole && index.column() >= AudienceColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const Campaign &c = summary->campaign;
    switch (index.column()) {
    case NameColumn:
        return c.name;
    case KindColumn:
        return CampaignLabels::of(c.kind);
    case DaysColumn:
        return CampaignWording::days(c.firstDay, c.lastDay);
    case AudienceColumn:
        return tr("%1 / %2").arg(QLocale().toString(summary->invited), QLocale().toString(summary->holdout));
    case SentColumn:
        return QLocale().toString(summary->invitationsSent);
    }
    return {};
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case DaysColumn:
        return tr("Days");
    case AudienceColumn:
        return tr("Invited / held out");
    case SentColumn:
        return tr("Invitations sent");
    }
    return {};
}

} // namespace atelier
