#pragma once

#include "core/nightly_run.h"

#include <QAbstractTableModel>
#include <QList>

namespace atelier {

// The history of nightly runs, newest first: what each covered, who started it, how long it took,
// what it changed and how it ended.
class NightlyRunsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        AsOfColumn,
        StartedByColumn,
        StartedAtColumn,
        DurationColumn,
        CustomersColumn,
        UpsColumn,
        DownsColumn,
        SegmentChangesColumn,
        PointsExpiredColumn,
        TasksCreatedColumn,
        ResultColumn,
        MessageColumn,
        ColumnCount
    };

    explicit NightlyRunsModel(QObject *parent = nullptr);

    void setRuns(const QList<NightlyRun> &runs);
    const QList<NightlyRun> &runs() const { return m_runs; }

    // "850 ms", "7.6 s", "2 min 5 s".
    static QString durationText(std::int64_t ms);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<NightlyRun> m_runs;
};

} // namespace atelier
