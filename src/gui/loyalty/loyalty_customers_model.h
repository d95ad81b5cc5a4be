#pragma once

#include "core/loyalty_query.h"

#include <QAbstractTableModel>

namespace atelier {

class LoyaltyReport;

// The customers behind a cell of the Tiers page, highest spend first, as a lazy table: pages of
// 200 arrive as the view scrolls, each continuing after the last row (a cell can hold most of a
// 100 000-customer store).
class LoyaltyCustomersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        PhoneColumn,
        TierColumn,
        SegmentColumn,
        NamedColumn,
        SpendColumn,
        LastPurchaseColumn,
        ColumnCount
    };
    static constexpr int pageSize = 200;

    explicit LoyaltyCustomersModel(LoyaltyReport &report, QObject *parent = nullptr);

    // Lists the customers of `filter`; nothing until the first call.
    void setFilter(const LoyaltyFilter &filter);
    const LoyaltyFilter &filter() const { return m_filter; }
    bool hasFilter() const { return m_active; }
    void clear();
    // Re-reads from the first page, e.g. after a nightly run.
    void reload();
    int totalCount() const { return m_total; }
    CustomerId customerAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void totalChanged(int total);

private:
    LoyaltyReport &m_report;
    LoyaltyFilter m_filter;
    bool m_active = false;
    QList<LoyaltyCustomerRow> m_rows;
    int m_total = 0;
};

} // namespace atelier
