#pragma once

#include "core/task_filter.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

#include <vector>

namespace atelier {

class FollowUpService;

// The calendar's month: six weeks of seven days (Monday first) around the shown month, each cell
// the day and how many follow-ups fall on it. Overdue days are red and bold, days of the next and
// previous month grey. Task rows dropped on a day (kTaskIdsMime) are moved to it through the
// service; a refusal comes back as rescheduleRefused.
class CalendarMonthModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        DateRole = Qt::UserRole + 1,
        TotalRole,
        OverdueRole,
        IsTodayRole,
        InMonthRole
    };

    CalendarMonthModel(FollowUpService &tasks, QObject *parent = nullptr);

    // Any day of the month to show; the grid starts on the Monday on or before its first day.
    void setMonth(const QDate &day);
    QDate month() const { return m_month; }
    QDate firstShown() const { return m_first; }
    QDate lastShown() const { return m_first.addDays(41); }
    void setToday(const QDate &today);
    void setCounts(const std::vector<DayCount> &counts);
    QModelIndex indexOf(const QDate &day) const;
    QDate dateAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;

signals:
    void rescheduleRefused(const QString &message);

private:
    FollowUpService &m_tasks;
    QDate m_month;
    QDate m_first;
    QDate m_today;
    QHash<QDate, DayCount> m_counts;
};

} // namespace atelier
