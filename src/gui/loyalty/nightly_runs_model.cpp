#include "gui/loyalty/nightly_runs_model.h"

#include "core/display_format.h"
#include "core/labels.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace atelier {

NightlyRunsModel::NightlyRunsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void NightlyRunsModel::setRuns(const QList<NightlyRun> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

QString NightlyRunsModel::durationText(std::int64_t ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    return tr("%1 min %2 s").arg(ms / 60000).arg((ms % 60000) / 1000);
}

int NightlyRunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int NightlyRunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NightlyRunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const NightlyRun &run = m_runs.at(index.row());
    const bool ok = run.result == NightlyRun::Result::Ok;
    if (role == Qt::ForegroundRole && index.column() == ResultColumn && !ok
        && run.result != NightlyRun::Result::Running)
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    if (role == Qt::TextAlignmentRole && index.column() >= DurationColumn
        && index.column() <= TasksCreatedColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return run.message;
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case AsOfColumn:
        return DisplayFormat::date(run.asOf);
    case StartedByColumn:
        return Labels::of(run.startedBy);
    case StartedAtColumn:
        return DisplayFormat::dateTime(run.startedAt);
    case DurationColumn:
        // Not known for a run that is still going, or whose process died.
        return run.finishedAt.isValid() ? durationText(run.durationMs) : QString();
    // A run that did not finish changed nothing: its counts are not numbers worth showing.
    case CustomersColumn:
        return ok ? locale.toString(run.customers) : QString();
    case UpsColumn:
        return ok ? locale.toString(run.tierUps) : QString();
    case DownsColumn:
        return ok ? locale.toString(run.tierDowns) : QString();
    case SegmentChangesColumn:
        return ok ? locale.toString(run.segmentChanges) : QString();
    case PointsExpiredColumn:
        return ok ? locale.toString(qlonglong(run.pointsExpired)) : QString();
    case TasksCreatedColumn:
        return ok ? locale.toString(run.tasksCreated) : QString();
    case ResultColumn:
        return Labels::of(run.result);
    case MessageColumn:
        return run.message;
    }
    return {};
}

QVariant NightlyRunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AsOfColumn:
        return tr("As of");
    case StartedByColumn:
        return tr("Started by");
    case StartedAtColumn:
        return tr("Started at");
    case DurationColumn:
        return tr("Duration");
    case CustomersColumn:
        return tr("Customers");
    case UpsColumn:
        return tr("Tiers up");
    case DownsColumn:
        return tr("Tiers down");
    case SegmentChangesColumn:
        return tr("Segment changes");
    case PointsExpiredColumn:
        return tr("Points expired");
    case TasksCreatedColumn:
        return tr("Follow-ups planned");
    case ResultColumn:
        return tr("Result");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

} // namespace atelier
