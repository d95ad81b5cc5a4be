#include "gui/calendar/task_list_model.h"

#include "core/display_format.h"
#include "core/labels.h"

#include <QBrush>
#include <QFont>
#include <QMimeData>

#include <set>

namespace atelier {

QByteArray encodeTaskIds(const QList<TaskId> &ids)
{
    QByteArrayList parts;
    for (TaskId id : ids)
        parts << QByteArray::number(id);
    return parts.join(',');
}

QList<TaskId> decodeTaskIds(const QByteArray &data)
{
    QList<TaskId> ids;
    for (const QByteArray &part : data.split(',')) {
        bool ok = false;
        const TaskId id = part.trimmed().toLongLong(&ok);
        if (ok && id > 0)
            ids << id;
    }
    return ids;
}

TaskListModel::TaskListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TaskListModel::setRows(const QList<TaskRow> &rows, const QDate &today)
{
    beginResetModel();
    m_rows = rows;
    m_today = today;
    endResetModel();
}

const TaskRow *TaskListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int TaskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const
{
    const TaskRow *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const FollowUpTask &task = row->task;
    const bool overdue = task.isOverdue(m_today);
    if (role == Qt::UserRole)
        return qlonglong(task.id);
    if (role == Qt::ForegroundRole) {
        if (overdue && (index.column() == StatusColumn || index.column() == DueColumn))
            return QBrush(Qt::red);
        if (task.status != TaskStatus::Open)
            return QBrush(Qt::gray);
        return {};
    }
    if (role == Qt::FontRole && overdue && index.column() == StatusColumn) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == NoteColumn)
        return task.note;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DueColumn:
        return DisplayFormat::date(task.dueOn);
    case CustomerColumn:
        return row->customerName;
    case PurposeColumn:
        return Labels::of(task.purpose);
    case ChannelColumn:
        return Labels::of(task.channel);
    case AssigneeColumn:
        return row->assigneeName.isEmpty() ? tr("Anyone") : row->assigneeName;
    case StatusColumn:
        if (overdue)
            return tr("Overdue");
        if (task.status == TaskStatus::Done && task.outcome != TaskOutcome::None)
            return Labels::of(task.status) + QStringLiteral(" · ") + Labels::of(task.outcome);
        return Labels::of(task.status);
    case NoteColumn:
        return task.status == TaskStatus::Done && !task.outcomeNote.isEmpty() ? task.outcomeNote : task.note;
    default:
        return {};
    }
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DueColumn:
        return tr("Due");
    case CustomerColumn:
        return tr("Customer");
    case PurposeColumn:
        return tr("Purpose");
    case ChannelColumn:
        return tr("Channel");
    case AssigneeColumn:
        return tr("Assigned to");
    case StatusColumn:
        return tr("Status");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags TaskListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (const TaskRow *row = index.isValid() ? rowAt(index.row()) : nullptr;
        row && row->task.status == TaskStatus::Open)
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList TaskListModel::mimeTypes() const
{
    return {QString::fromLatin1(kTaskIdsMime)};
}

QMimeData *TaskListModel::mimeData(const QModelIndexList &indexes) const
{
    std::set<int> rows;
    for (const QModelIndex &index : indexes)
        rows.insert(index.row());
    QList<TaskId> ids;
    for (int row : rows)
        if (const TaskRow *task = rowAt(row))
            ids << task->task.id;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(kTaskIdsMime), encodeTaskIds(ids));
    return data;
}

Qt::DropActions TaskListModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace atelier
