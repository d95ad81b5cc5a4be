#include "gui/counter/customer_history_model.h"

#include "core/display_format.h"

#include <QDateTime>

namespace atelier {

CustomerHistoryModel::CustomerHistoryModel(CustomerHistory &history, CustomerId customer, QObject *parent)
    : KeysetPagedTable(parent)
    , m_history(history)
    , m_customer(customer)
    , m_kinds(history.visibleKinds())
{
    setPageSize(pageRows);
    reload();
}

void CustomerHistoryModel::setKinds(const QList<HistoryKind> &kinds)
{
    m_kinds = kinds;
    reload();
}

ReadResult<int> CustomerHistoryModel::readTotal()
{
    return m_history.count(m_customer, m_kinds);
}

ReadResult<KeysetPage<HistoryLine>> CustomerHistoryModel::readPage(
    const std::optional<PageCursor> &after, int limit)
{
    return m_history.page(m_customer, m_kinds, after, limit);
}

int CustomerHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CustomerHistoryModel::whenText(const HistoryEvent &event)
{
    const QDateTime at = QDateTime::fromString(event.at, Qt::ISODate);
    if (at.time() == QTime(0, 0))
        return DisplayFormat::date(at.date());
    return DisplayFormat::dateTime(at);
}

QVariant CustomerHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const HistoryLine &line = rowAt(index.row());
    if (role == Qt::ToolTipRole && index.column() == WhatColumn)
        return line.summary;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return whenText(line.event);
    case KindColumn:
        return HistoryKindLabels::of(line.event.kind);
    case WhatColumn:
        return line.summary;
    default:
        return {};
    }
}

QVariant CustomerHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeysetPagedTable::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case KindColumn:
        return tr("Kind");
    case WhatColumn:
        return tr("What happened");
    default:
        return {};
    }
}

} // namespace atelier
