#include "gui/calendar/calendar_month_model.h"

#include "core/display_format.h"
#include "gui/calendar/task_list_model.h"
#include "services/follow_up_service.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QMimeData>

namespace atelier {

namespace {
constexpr int weeks = 6;
constexpr int daysPerWeek = 7;
} // namespace

CalendarMonthModel::CalendarMonthModel(FollowUpService &tasks, QObject *parent)
    : QAbstractTableModel(parent)
    , m_tasks(tasks)
{
    setMonth(QDate::currentDate());
}

void CalendarMonthModel::setMonth(const QDate &day)
{
    beginResetModel();
    m_month = QDate(day.year(), day.month(), 1);
    m_first = m_month.addDays(1 - m_month.dayOfWeek());
    m_counts.clear();
    endResetModel();
}

void CalendarMonthModel::setToday(const QDate &today)
{
    m_today = today;
    emit dataChanged(index(0, 0), index(weeks - 1, daysPerWeek - 1));
}

void CalendarMonthModel::setCounts(const std::vector<DayCount> &counts)
{
    m_counts.clear();
    for (const DayCount &count : counts)
        m_counts.insert(count.day, count);
    emit dataChanged(index(0, 0), index(weeks - 1, daysPerWeek - 1));
}

QModelIndex CalendarMonthModel::indexOf(const QDate &day) const
{
    const qint64 offset = m_first.daysTo(day);
    if (offset < 0 || offset >= weeks * daysPerWeek)
        return {};
    return index(int(offset / daysPerWeek), int(offset % daysPerWeek));
}

QDate CalendarMonthModel::dateAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    return m_first.addDays(index.row() * daysPerWeek + index.column());
}

int CalendarMonthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : weeks;
}

int CalendarMonthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : daysPerWeek;
}

QVariant CalendarMonthModel::data(const QModelIndex &index, int role) const
{
    const QDate day = dateAt(index);
    if (!day.isValid())
        return {};
    const DayCount count = m_counts.value(day);
    const bool inMonth = day.month() == m_month.month();
    switch (role) {
    case Qt::DisplayRole:
        if (count.total == 0)
            return QString::number(day.day());
        // What is left to do; a day whose tasks are all done says so instead of looking busy.
        if (count.total > count.done)
            return QString::number(day.day()) + u'\n' + tr("%n to do", nullptr, count.total - count.done);
        return QString::number(day.day()) + u'\n' + tr("✓ %n done", nullptr, count.done);
    case Qt::ToolTipRole:
        if (count.total == 0)
            return {};
        return tr("%1: %2 open, %3 done, %4 overdue")
            .arg(DisplayFormat::date(day))
            .arg(count.open)
            .arg(count.done)
            .arg(count.overdue);
    case Qt::ForegroundRole:
        if (count.overdue > 0)
            return QBrush(Qt::red);
        if (!inMonth)
            return QBrush(Qt::gray);
        return {};
    case Qt::FontRole:
        if (count.overdue > 0 || day == m_today) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return int(Qt::AlignTop | Qt::AlignLeft);
    case DateRole:
        return day;
    case TotalRole:
        return count.total;
    case OverdueRole:
        return count.overdue;
    case IsTodayRole:
        return day == m_today;
    case InMonthRole:
        return inMonth;
    default:
        return {};
    }
}

QVariant CalendarMonthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return QLocale().dayName(section + 1, QLocale::ShortFormat);
}

Qt::ItemFlags CalendarMonthModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

QStringList CalendarMonthModel::mimeTypes() const
{
    return {QString::fromLatin1(kTaskIdsMime)};
}

Qt::DropActions CalendarMonthModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

bool CalendarMonthModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction, int row, int column, const QModelIndex &parent) const
{
    const QModelIndex target = parent.isValid() ? parent : index(row, column);
    return data && data->hasFormat(QString::fromLatin1(kTaskIdsMime)) && dateAt(target).isValid();
}

bool CalendarMonthModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QDate day = dateAt(parent.isValid() ? parent : index(row, column));
    const QList<TaskId> ids = decodeTaskIds(data->data(QString::fromLatin1(kTaskIdsMime)));
    const TaskResult result = m_tasks.reschedule(ids, day);
    if (!result.ok())
        emit rescheduleRefused(result.message);
    return result.ok();
}

} // namespace atelier
