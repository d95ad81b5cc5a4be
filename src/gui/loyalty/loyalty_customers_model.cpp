#include "gui/loyalty/loyalty_customers_model.h"

#include "core/labels.h"
#include "services/loyalty_report.h"

namespace atelier {

LoyaltyCustomersModel::LoyaltyCustomersModel(LoyaltyReport &report, QObject *parent)
    : QAbstractTableModel(parent)
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
    beginResetModel();
    m_active = false;
    m_rows.clear();
    m_total = 0;
    endResetModel();
    emit totalChanged(m_total);
}

void LoyaltyCustomersModel::reload()
{
    if (!m_active)
        return;
    beginResetModel();
    m_total = m_report.count(m_filter);
    m_rows = m_report.page(m_filter, std::nullopt, pageSize);
    endResetModel();
    emit totalChanged(m_total);
}

CustomerId LoyaltyCustomersModel::customerAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int LoyaltyCustomersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LoyaltyCustomersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool LoyaltyCustomersModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void LoyaltyCustomersModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    const LoyaltyCustomerRow &last = m_rows.last();
    const QList<LoyaltyCustomerRow> more
        = m_report.page(m_filter, LoyaltyCursor{last.spend, last.id}, pageSize);
    if (more.isEmpty()) {
        // Fewer rows than counted (a customer was deleted meanwhile): stop asking.
        m_total = int(m_rows.size());
        emit totalChanged(m_total);
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

QVariant LoyaltyCustomersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LoyaltyCustomerRow &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == SpendColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return row.name;
    case PhoneColumn:
        return row.maskedPhone;
    case TierColumn:
        return Labels::of(row.tier);
    case SegmentColumn:
        return Labels::of(row.segment);
    case NamedColumn:
        return row.named == NamedSegment::None ? QString() : Labels::of(row.named);
    case SpendColumn:
        return row.spend.toDisplayString();
    case LastPurchaseColumn:
        return row.lastPurchase.isValid() ? row.lastPurchase.toString(Qt::ISODate) : QString();
    }
    return {};
}

QVariant LoyaltyCustomersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Phone");
    case TierColumn:
        return tr("Tier");
    case SegmentColumn:
        return tr("Segment");
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
