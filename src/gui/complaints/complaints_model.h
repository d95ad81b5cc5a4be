#pragma once

#include "core/service_rules.h"
#include "core/staff_member.h"
#include "services/complaint_service.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace atelier {

// The complaints list of the complaints page, in the order it is given (the service sorts open
// complaints by urgency): when it came in, from whom (a caller by the name and phone she left), how, what
// about, how bad, where it stands, who has it, and the time left on its current deadline ("overdue by …" in
// red).
class ComplaintsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ReceivedColumn,
        CustomerColumn,
        ChannelColumn,
        CategoryColumn,
        SeverityColumn,
        StateColumn,
        ResponsibleColumn,
        TimeLeftColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ComplaintsModel(QObject *parent = nullptr);

    void setComplaints(const QList<ComplaintRow> &rows, const ServiceRules &rules, const QDateTime &now,
        const QList<StaffMember> &staff);
    // A caller's phone whole (the manager) or masked (a clerk), as customers' phones are.
    void setFullPhones(bool full);
    // Only "time left" changes as the clock moves: no reset, the selection stays.
    void setNow(const QDateTime &now);
    std::optional<ComplaintId> idAt(int row) const;
    int rowOf(ComplaintId id) const;

    // "12 min left", "2 h 5 min left", "overdue by 1 h 5 min", "3 d 4 h left".
    static QString timeLeftText(qint64 seconds);
    // "2 d 3 h", "1 h 5 min", "15 min": the length of `seconds`, whatever its sign.
    static QString timeSpan(qint64 seconds);
    // "张女士 138****5678 (caller)" for a complaint without a customer; "(not in the archive)" when
    // the caller left neither.
    static QString callerText(const Complaint &complaint, bool fullPhones);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant timeLeft(const Complaint &complaint, int role) const;

    QList<ComplaintRow> m_rows;
    ServiceRules m_rules;
    QDateTime m_now;
    QHash<StaffId, QString> m_staffNames;
    bool m_fullPhones = false;
};

} // namespace atelier
