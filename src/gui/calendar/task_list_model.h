#pragma once

#include "core/task_filter.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace atelier {

// The MIME type of follow-up tasks dragged from a list onto the calendar: their ids, as text
// separated by commas.
inline constexpr char kTaskIdsMime[] = "application/x-atelier-task-ids";

QByteArray encodeTaskIds(const QList<TaskId> &ids);
QList<TaskId> decodeTaskIds(const QByteArray &data);

// A list of follow-up tasks (a day's, or today's and the overdue ones): due day, customer, purpose,
// channel, who does it, state (overdue in red), note. Rows can be dragged onto the month grid.
class TaskListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DueColumn,
        CustomerColumn,
        PurposeColumn,
        ChannelColumn,
        AssigneeColumn,
        StatusColumn,
        NoteColumn,
        ColumnCount
    };

    explicit TaskListModel(QObject *parent = nullptr);

    void setRows(const QList<TaskRow> &rows, const QDate &today);
    const QList<TaskRow> &rows() const { return m_rows; }
    const TaskRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    QList<TaskRow> m_rows;
    QDate m_today;
};

} // namespace atelier
