#pragma once

#include "core/history_event.h"
#include "gui/common/keyset_paged_model.h"
#include "services/customer_history.h"

namespace atelier {

// One customer's history as a lazy table, newest first (CustomerHistory): a page arrives as the view
// scrolls, each continuing after the last event shown. Only the kinds chosen are read.
class CustomerHistoryModel : public KeysetPagedTable<HistoryLine>
{
    Q_OBJECT
public:
    enum Column
    {
        WhenColumn,
        KindColumn,
        WhatColumn,
        ColumnCount
    };
    static constexpr int pageRows = 50;

    CustomerHistoryModel(CustomerHistory &history, CustomerId customer, QObject *parent = nullptr);

    void setKinds(const QList<HistoryKind> &kinds);
    const QList<HistoryKind> &kinds() const { return m_kinds; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "2026-06-15 10:00", or the day alone for an event that has only a day.
    static QString whenText(const HistoryEvent &event);

private:
    ReadResult<int> readTotal() override;
    ReadResult<KeysetPage<HistoryLine>> readPage(const std::optional<PageCursor> &after, int limit) override;

    CustomerHistory &m_history;
    CustomerId m_customer;
    QList<HistoryKind> m_kinds;
};

} // namespace atelier
