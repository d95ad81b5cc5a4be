#pragma once

#include "core/campaign.h"

#include <QAbstractTableModel>
#include <QList>

namespace atelier {

// The store's campaigns, newest first, as the Campaigns page lists them: name, kind, days, the audience
// split and how many invitations went out. Rows are set whole from a read on a worker.
class CampaignListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        KindColumn,
        DaysColumn,
        AudienceColumn,
        SentColumn,
        ColumnCount
    };

    explicit CampaignListModel(QObject *parent = nullptr);

    void setRows(QList<CampaignSummary> rows);
    const CampaignSummary *at(int row) const;
    int rowOf(CampaignId id) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CampaignSummary> m_rows;
};

} // namespace atelier
