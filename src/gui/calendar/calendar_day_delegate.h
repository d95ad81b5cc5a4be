#pragma once

#include <QStyledItemDelegate>

namespace atelier {

// Draws a month cell as usual and frames today, so the clerk finds it at a glance.
class CalendarDayDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace atelier
