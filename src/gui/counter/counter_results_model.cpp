#include "gui/counter/counter_results_model.h"

#include "core/phone_number.h"

namespace atelier {

CounterResultsModel::CounterResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CounterResultsModel::setMatches(const QList<CounterMatch> &matches, const QString &typedDigits)
{
    beginResetModel();
    m_matches = matches;
    m_typedDigits = typedDigits;
    endResetModel();
}

CustomerId CounterResultsModel::customerAt(int row) const
{
    return row >= 0 && row < m_matches.size() ? m_matches.at(row).customer.id : 0;
}

bool CounterResultsModel::isCardMatch(int row) const
{
    return row >= 0 && row < m_matches.size() && m_matches.at(row).reason == CounterMatch::Reason::CardNumber;
}

int CounterResultsModel::rowOf(CustomerId customer) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (customerAt(row) == customer)
            return row;
    return -1;
}

int CounterResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_matches.size());
}

int CounterResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CounterResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const CounterMatch &match = m_matches.at(index.row());
    switch (index.column()) {
    case NameColumn:
        return match.customer.name;
    case PhoneColumn:
        return match.reason == CounterMatch::Reason::PhoneContains
            ? PhoneNumber::maskShowing(match.customer.phoneDigits, m_typedDigits)
            : PhoneNumber::mask(match.customer.phoneDigits);
    case ReasonColumn:
        return reasonText(match.reason);
    }
    return {};
}

QVariant CounterResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Phone");
    case ReasonColumn:
        return tr("Matched by");
    }
    return {};
}

QString CounterResultsModel::reasonText(CounterMatch::Reason reason)
{
    switch (reason) {
    case CounterMatch::Reason::CardNumber:
        return tr("Member card");
    case CounterMatch::Reason::ExactPhone:
        return tr("Phone number");
    case CounterMatch::Reason::PhoneSuffix:
        return tr("Last digits of phone");
    case CounterMatch::Reason::NamePrefix:
        return tr("Name");
    case CounterMatch::Reason::PinyinInitials:
        return tr("Pinyin initials");
    case CounterMatch::Reason::PinyinFull:
        return tr("Pinyin");
    case CounterMatch::Reason::WeChat:
        return tr("WeChat ID");
    case CounterMatch::Reason::PhoneContains:
        return tr("Part of phone");
    case CounterMatch::Reason::NameContains:
        return tr("Part of name");
    }
    return {};
}

} // namespace atelier
