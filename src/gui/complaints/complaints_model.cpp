#include "gui/complaints/complaints_model.h"

#include "core/display_format.h"
#include "core/labels.h"
#include "core/response_deadline.h"

#include <QBrush>
#include <QColor>

namespace atelier {

ComplaintsModel::ComplaintsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ComplaintsModel::setComplaints(const QList<ComplaintRow> &rows, const ServiceRules &rules,
    const QDateTime &now, const QList<StaffMember> &staff)
{
    beginResetModel();
    m_rows = rows;
    m_rules = rules;
    m_now = now;
    m_staffNames.clear();
    for (const StaffMember &member : staff)
        m_staffNames.insert(member.id, member.name);
    endResetModel();
}

void ComplaintsModel::setFullPhones(bool full)
{
    if (full == m_fullPhones)
        return;
    m_fullPhones = full;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, CustomerColumn), index(rowCount() - 1, CustomerColumn), {Qt::DisplayRole});
}

QString ComplaintsModel::callerText(const Complaint &c, bool fullPhones)
{
    QStringList known;
    if (!c.callerName.isEmpty())
        known << c.callerName;
    if (c.callerPhone.isValid())
        known << callerPhoneShown(c, fullPhones);
    return known.isEmpty() ? tr("(not in the archive)") : tr("%1 (caller)").arg(known.join(u' '));
}

void ComplaintsModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, TimeLeftColumn), index(rowCount() - 1, TimeLeftColumn));
}

std::optional<ComplaintId> ComplaintsModel::idAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).complaint.id;
}

int ComplaintsModel::rowOf(ComplaintId id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).complaint.id == id)
            return row;
    return -1;
}

QString ComplaintsModel::timeSpan(qint64 seconds)
{
    const qint64 minutes = (seconds < 0 ? -seconds : seconds) / 60;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = minutes / 60 % 24;
    const qint64 rest = minutes % 60;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(rest);
    return tr("%1 min").arg(rest);
}

QString ComplaintsModel::timeLeftText(qint64 seconds)
{
    return seconds < 0 ? tr("overdue by %1").arg(timeSpan(seconds)) : tr("%1 left").arg(timeSpan(seconds));
}

int ComplaintsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComplaintsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplaintsModel::timeLeft(const Complaint &c, int role) const
{
    const std::optional<QDateTime> due = currentDeadline(c, m_rules);
    if (!due) {
        if (role != Qt::DisplayRole)
            return {};
        return c.state == ComplaintState::CalledBack ? tr("close now") : QString();
    }
    const qint64 seconds = m_now.secsTo(*due);
    if (role == Qt::ForegroundRole)
        return seconds < 0 ? QVariant(QBrush(QColor(0xc0, 0x39, 0x2b))) : QVariant();
    if (role == Qt::ToolTipRole)
        return DisplayFormat::dateTime(*due);
    // Resolved, the clock runs to the call-back, not to the handling: "23 h left" under open
    // complaints read as if the complaint were still being worked on.
    if (c.state == ComplaintState::Resolved)
        return seconds < 0 ? tr("call-back overdue by %1").arg(timeSpan(seconds))
                           : tr("call back in %1").arg(timeSpan(seconds));
    return timeLeftText(seconds);
}

QVariant ComplaintsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ComplaintRow &row = m_rows.at(index.row());
    const Complaint &c = row.complaint;
    if (role == IdRole)
        return qlonglong(c.id);
    if (index.column() == TimeLeftColumn && (role == Qt::ForegroundRole || role == Qt::ToolTipRole))
        return timeLeft(c, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ReceivedColumn:
        return DisplayFormat::dateTime(c.receivedAt);
    case CustomerColumn:
        return c.customer ? row.customerName : callerText(c, m_fullPhones);
    case ChannelColumn:
        return Labels::of(c.channel);
    case CategoryColumn:
        return Labels::of(c.category);
    case SeverityColumn:
        return Labels::of(c.severity);
    case StateColumn:
        return Labels::of(c.state);
    case ResponsibleColumn:
        return c.responsible ? m_staffNames.value(*c.responsible) : QString();
    case TimeLeftColumn:
        return timeLeft(c, role);
    default:
        return {};
    }
}

QVariant ComplaintsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReceivedColumn:
        return tr("Received at");
    case CustomerColumn:
        return tr("Customer");
    case ChannelColumn:
        return tr("Channel");
    case CategoryColumn:
        return tr("Complaint type");
    case SeverityColumn:
        return tr("Severity");
    case StateColumn:
        return tr("State");
    case ResponsibleColumn:
        return tr("Responsible");
    case TimeLeftColumn:
        return tr("Time left");
    default:
        return {};
    }
}

} // namespace atelier
