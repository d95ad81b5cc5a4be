#pragma once

#include "core/prediction.h"

#include <QAbstractTableModel>

#include <vector>

namespace atelier {

// The rows of a manager's forecast list (Forecasts page), as read: the list is read with a limit,
// so the model holds them all and sorts nothing (the list's own order says who comes first).
class ForecastListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        PhoneColumn,
        SpendColumn,
        LastPurchaseColumn,
        ChanceColumn,
        Purchases90Column,
        Value12Column,
        NextPurchaseColumn,
        ColumnCount
    };

    explicit ForecastListModel(QObject *parent = nullptr);

    void setRows(std::vector<PredictedCustomer> rows);
    CustomerId customerAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const PredictedCustomer &row, int column) const;
    QVariant headerToolTip(int section) const;

    std::vector<PredictedCustomer> m_rows;
};

} // namespace atelier
