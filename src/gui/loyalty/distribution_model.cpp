#include "gui/loyalty/distribution_model.h"

#include "core/display_format.h"
#include "core/labels.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <array>

namespace atelier {

namespace {

// Highest tier first, as the manager reads them; nullopt is the Total row or column.
constexpr std::array<std::optional<Tier>, 5> rows{
    Tier::Black, Tier::Gold, Tier::Silver, Tier::None, std::nullopt};
constexpr std::array<std::optional<StoreSegment>, 9> columns{StoreSegment::Vip, StoreSegment::Active,
    StoreSegment::Potential, StoreSegment::Occasional, StoreSegment::Lapsing, StoreSegment::Dormant,
    StoreSegment::LapsedRegular, StoreSegment::None, std::nullopt};

} // namespace

QString percentText(double percent)
{
    return QStringLiteral("%1%").arg(QLocale().toString(percent, 'f', 1));
}

DistributionModel::DistributionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DistributionModel::setDistribution(const LoyaltyDistribution &distribution)
{
    beginResetModel();
    m_distribution = distribution;
    endResetModel();
}

LoyaltyFilter DistributionModel::filterAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return {rows.at(std::size_t(index.row())), columns.at(std::size_t(index.column())), std::nullopt};
}

int DistributionModel::customersAt(const QModelIndex &index) const
{
    const LoyaltyFilter filter = filterAt(index);
    return m_distribution.customers(filter.tier, filter.segment);
}

int DistributionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows.size());
}

int DistributionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(columns.size());
}

QVariant DistributionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const std::optional<Tier> tier = rows.at(std::size_t(index.row()));
    const std::optional<StoreSegment> segment = columns.at(std::size_t(index.column()));
    const int customers = m_distribution.customers(tier, segment);
    const double share = m_distribution.spendShare(tier, segment);
    const bool total = !tier || !segment;
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 · %2").arg(QLocale().toString(customers), percentText(share));
    case Qt::ToolTipRole: {
        const int all = m_distribution.totalCustomers();
        return tr("%n customer(s), %1 of all; net spend %2, %3 of all spend", nullptr, customers)
            .arg(percentText(all ? 100.0 * customers / all : 0.0),
                DisplayFormat::amount(m_distribution.spend(tier, segment)), percentText(share));
    }
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (total) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        return customers == 0 ? QVariant(QBrush(QColor(0x99, 0x99, 0x99))) : QVariant();
    case Qt::BackgroundRole:
        // A light tint that grows with the share of spend: where the money is shows at a glance.
        if (!total && share > 0.0)
            return QBrush(QColor(0xc0, 0x8a, 0x3e, std::min(180, 20 + int(share * 4.0))));
        return {};
    default:
        return {};
    }
}

QVariant DistributionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= int(columns.size()))
            return {};
        const std::optional<StoreSegment> segment = columns.at(std::size_t(section));
        return segment ? Labels::of(*segment) : tr("Total");
    }
    if (section < 0 || section >= int(rows.size()))
        return {};
    const std::optional<Tier> tier = rows.at(std::size_t(section));
    return tier ? Labels::of(*tier) : tr("Total");
}

NamedSegmentModel::NamedSegmentModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void NamedSegmentModel::setDistribution(const LoyaltyDistribution &distribution)
{
    beginResetModel();
    m_named = distribution.named;
    m_total = distribution.totalCustomers();
    endResetModel();
}

LoyaltyFilter NamedSegmentModel::filterAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return {std::nullopt, std::nullopt, m_named.at(index.row()).named};
}

int NamedSegmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_named.size());
}

int NamedSegmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NamedSegmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const NamedSegmentCount &count = m_named.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return Labels::of(count.named);
    case CustomersColumn:
        return QLocale().toString(count.customers);
    case ShareColumn:
        return percentText(m_total ? 100.0 * count.customers / m_total : 0.0);
    }
    return {};
}

QVariant NamedSegmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("RFM segment");
    case CustomersColumn:
        return tr("Customers");
    case ShareColumn:
        return tr("Share");
    }
    return {};
}

} // namespace atelier
