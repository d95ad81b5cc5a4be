#include "gui/loyalty/loyalty_customers_model.h"

#include "core/display_format.h"
#include "core/labels.h"
#include "services/loyalty_report.h"

namespace atelier {

LoyaltyCustomersModel::LoyaltyCustomersModel(LoyaltyReport &report, QObject *parent)
    : KeysetPagedTable(parent)
    , m_report(report)
{
}

void LoyaltyCustomersModel::setFilter(const LoyaltyFilter &filter)
{
    m_filter = filter;
    m_active = true;
    reload();
}

void LoyaltyCustomersModel::clear()
{
    m_active = false;
    reload();
}

ReadResult<int> LoyaltyCustomersModel::readTotal()
{
    return m_report.count(m_filter);
}

ReadResult<KeysetPage<LoyaltyCustomerRow>> LoyaltyCustomersModel::readPage(
    const std::optional<PageCursor> &after, int limit)
{
    return m_report.page(m_filter, after, limit);
}

CustomerId LoyaltyCustomersModel::customerAt(int row) const
{
    return row >= 0 && row < rowCount() ? rowAt(row).id : 0;
}

int LoyaltyCustomersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LoyaltyCustomersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LoyaltyCustomerRow &row = rowAt(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == SpendColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return row.name;
    case PhoneColumn:
        return row.phone;
    case TierColumn:
        return Labels::of(row.tier);
    case SegmentColumn:
        return Labels::of(row.segment);
    case NamedColumn:
        return row.named == NamedSegment::None ? QString() : Labels::of(row.named);
    case SpendColumn:
        return DisplayFormat::amount(row.spend);
    case LastPurchaseColumn:
        return DisplayFormat::date(row.lastPurchase);
    }
    return {};
}

QVariant LoyaltyCustomersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeysetPagedTable::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Phone");
    case TierColumn:
        return tr("Tier");
    case SegmentColumn:
        return tr("Store segment");
    case NamedColumn:
        return tr("RFM segment");
    case SpendColumn:
        return tr("Net spend");
    case LastPurchaseColumn:
        return tr("Last purchase");
    }
    return {};
}

} // namespace atelier
