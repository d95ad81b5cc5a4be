#include "gui/prediction/forecast_list_model.h"

#include "core/display_format.h"
#include "core/forecast_wording.h"
#include "core/phone_number.h"

#include <QLocale>

#include <cmath>

namespace atelier {

ForecastListModel::ForecastListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ForecastListModel::setRows(std::vector<PredictedCustomer> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

CustomerId ForecastListModel::customerAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows.at(static_cast<std::size_t>(row)).customer : 0;
}

int ForecastListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ForecastListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ForecastListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PredictedCustomer &row = m_rows.at(static_cast<std::size_t>(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case SpendColumn:
        case ChanceColumn:
        case Purchases90Column:
        case Value12Column:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::UserRole:
        return row.customer;
    default:
        return {};
    }
}

QVariant ForecastListModel::display(const PredictedCustomer &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return row.name;
    case PhoneColumn:
        // The page is the manager's, who sees whole numbers.
        return PhoneNumber::fromStoredDigits(row.phone).formatted();
    case SpendColumn:
        return DisplayFormat::amount(row.spend);
    case LastPurchaseColumn:
        return DisplayFormat::date(row.lastPurchase);
    case ChanceColumn:
        return tr("%1%").arg(std::lround(row.probabilityAlive * 100));
    case Purchases90Column:
        return locale.toString(row.expectedPurchases90Days, 'f', 1);
    case Value12Column:
        // An estimate: rounded as on the card, not to the fen.
        return ForecastWording::roughAmount(row.expectedValue12Months);
    case NextPurchaseColumn:
        return row.nextPurchase.isValid() ? DisplayFormat::date(row.nextPurchase) : QStringLiteral("—");
    default:
        return {};
    }
}

QVariant ForecastListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return headerToolTip(section);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Phone");
    case SpendColumn:
        return tr("Spend to date");
    case LastPurchaseColumn:
        return tr("Last purchase");
    case ChanceColumn:
        return tr("Still a customer");
    case Purchases90Column:
        return tr("Purchases, 90 days");
    case Value12Column:
        return tr("Value, 12 months");
    case NextPurchaseColumn:
        return tr("Next purchase");
    default:
        return {};
    }
}

QVariant ForecastListModel::headerToolTip(int section) const
{
    switch (section) {
    case ChanceColumn:
        return tr("How likely she still shops here rather than having quietly stopped coming, as of the "
                  "last nightly run.");
    case Purchases90Column:
        return tr("How many days with a purchase the forecast expects in the next 90 days.");
    case Value12Column:
        return tr("What she may spend in the next 12 months, next year's money counted a little less "
                  "(the discount rate in Settings).");
    case NextPurchaseColumn:
        return tr("Her last purchase plus her usual interval; empty for customers with fewer than three "
                  "purchase days.");
    default:
        return {};
    }
}

} // namespace atelier
