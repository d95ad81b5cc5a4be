#pragma once

#include "services/counter_search.h"

#include <QAbstractTableModel>

namespace atelier {

// The counter's search results: name, masked phone and why each customer matched. Small (at most
// the search limit), so it is simply replaced on every keystroke.
class CounterResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        PhoneColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit CounterResultsModel(QObject *parent = nullptr);

    // `typedDigits`: the digits of the query, shown in place for a match in the middle of a number.
    void setMatches(const QList<CounterMatch> &matches, const QString &typedDigits = QString());
    CustomerId customerAt(int row) const;
    int rowOf(CustomerId customer) const; // -1: not in the results
    bool isCardMatch(int row) const; // found by her member card's number (a scan)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString reasonText(CounterMatch::Reason reason);

private:
    QList<CounterMatch> m_matches;
    QString m_typedDigits;
};

} // namespace atelier
