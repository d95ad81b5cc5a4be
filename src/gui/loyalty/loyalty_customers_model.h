#pragma once

#include "core/loyalty_query.h"
#include "gui/common/keyset_paged_model.h"

namespace atelier {

class LoyaltyReport;

// The customers behind a cell of the Tiers page, highest spend first, as a lazy table: pages of
// 200 arrive as the view scrolls, each continuing after the last row (a cell can hold most of a
// 100 000-customer store).
class LoyaltyCustomersModel : public KeysetPagedTable<LoyaltyCustomerRow>
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
    explicit LoyaltyCustomersModel(LoyaltyReport &report, QObject *parent = nullptr);

    // Lists the customers of `filter`; nothing until the first call.
    void setFilter(const LoyaltyFilter &filter);
    const LoyaltyFilter &filter() const { return m_filter; }
    bool hasFilter() const { return m_active; }
    void clear();
    CustomerId customerAt(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool hasList() const override { return m_active; }
    ReadResult<int> readTotal() override;
    ReadResult<KeysetPage<LoyaltyCustomerRow>> readPage(
        const std::optional<PageCursor> &after, int limit) override;

    LoyaltyReport &m_report;
    LoyaltyFilter m_filter;
    bool m_active = false;
};

} // namespace atelier
