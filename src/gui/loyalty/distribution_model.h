#pragma once

#include "core/loyalty_query.h"

#include <QAbstractTableModel>

namespace atelier {

// The tier × segment grid of the Tiers page: rows Black, Gold, Silver, Member and Total; columns
// the store segments and Total. Each cell shows its customers and their share of all net spend.
class DistributionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit DistributionModel(QObject *parent = nullptr);

    void setDistribution(const LoyaltyDistribution &distribution);
    const LoyaltyDistribution &distribution() const { return m_distribution; }
    // The customers a cell stands for (a Total row or column leaves that dimension open).
    LoyaltyFilter filterAt(const QModelIndex &index) const;
    int customersAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    LoyaltyDistribution m_distribution;
};

// The eleven named RFM segments (and the customers without one) with their counts.
class NamedSegmentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        CustomersColumn,
        ShareColumn,
        ColumnCount
    };

    explicit NamedSegmentModel(QObject *parent = nullptr);

    void setDistribution(const LoyaltyDistribution &distribution);
    LoyaltyFilter filterAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<NamedSegmentCount> m_named;
    int m_total = 0;
};

// "12.3%" in the UI language's digits.
QString percentText(double percent);

} // namespace atelier
