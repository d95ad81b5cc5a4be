#pragma once

#include "core/audit.h"

#include <QAbstractTableModel>
#include <QList>

namespace atelier {

class AuditTrail;

// The audit trail as a lazy table, newest first: pages of 200 arrive as the view scrolls, each page
// continuing after the last id shown (the trail only grows, so a page never shifts under the view).
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        WhenColumn,
        WhoColumn,
        ActionColumn,
        CustomerColumn,
        DetailsColumn,
        ColumnCount
    };
    static constexpr int pageSize = 200;

    explicit AuditModel(AuditTrail &trail, QObject *parent = nullptr);

    void setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return m_filter; }
    int totalCount() const { return m_total; }
    const AuditEntry &entryAt(int row) const { return m_entries.at(row); }
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void totalChanged(int total);

private:
    AuditTrail &m_trail;
    AuditFilter m_filter;
    QList<AuditEntry> m_entries;
    int m_total = 0;
};

} // namespace atelier
