#include "gui/calendar/calendar_day_delegate.h"

#include "gui/calendar/calendar_month_model.h"

#include <QPainter>

namespace atelier {

void CalendarDayDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (!index.data(CalendarMonthModel::IsTodayRole).toBool())
        return;
    painter->save();
    painter->setPen(QPen(option.palette.highlight(), 2));
    painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
    painter->restore();
}

} // namespace atelier
