#pragma once

#include "core/audit.h"
#include "gui/common/keyset_paged_model.h"

namespace atelier {

class AuditTrail;

// The audit trail as a lazy table, newest first: pages of 200 arrive as the view scrolls, each page
// continuing after the last id shown (the trail only grows, so a page never shifts under the view).
class AuditModel : public KeysetPagedTable<AuditEntry>
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

    explicit AuditModel(AuditTrail &trail, QObject *parent = nullptr);

    void setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return m_filter; }
    const AuditEntry &entryAt(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReadResult<int> readTotal() override;
    ReadResult<KeysetPage<AuditEntry>> readPage(const std::optional<PageCursor> &after, int limit) override;

    AuditTrail &m_trail;
    AuditFilter m_filter;
};

} // namespace atelier
