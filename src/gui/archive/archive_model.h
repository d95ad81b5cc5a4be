#pragma once

#include "core/archive_query.h"
#include "gui/common/keyset_paged_model.h"

namespace atelier {

class ArchiveService;

// The manager's customer list as a lazy table: rows arrive in pages of 200 as the view scrolls,
// so a 100 000-customer archive never sits in memory. Sorting and filtering happen in SQL.
class ArchiveModel : public KeysetPagedTable<ArchiveRow>
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        PhoneColumn,
        GenderColumn,
        BirthdayColumn,
        SizesColumn,
        BodyTypeColumn,
        SourceColumn,
        WeChatColumn,
        TagsColumn,
        CreatedColumn,
        ColumnCount
    };
    explicit ArchiveModel(ArchiveService &archive, QObject *parent = nullptr);

    void setFilter(const ArchiveFilter &filter);
    const ArchiveFilter &filter() const { return m_filter; }
    ArchiveSort sortKey() const { return m_sort; }
    Qt::SortOrder sortOrder() const { return m_order; }
    CustomerId customerAt(int row) const;
    // The manager's list shows phones, WeChat ids and birthdays whole; a clerk's stays masked (the
    // default; docs/privacy.md, "Who sees what").
    void setFullContact(bool full);
    // The manager's flag on customers whose birthday or address is on file without her consent (a
    // mark and a tooltip on the name; docs/privacy.md). Off by default: a clerk sees nothing new.
    void setConsentFlag(bool shown);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static bool isSortable(int column);

private:
    ReadResult<int> readTotal() override;
    ReadResult<KeysetPage<ArchiveRow>> readPage(const std::optional<PageCursor> &after, int limit) override;
    QVariant display(const ArchiveRow &row, int column) const;

    ArchiveService &m_archive;
    ArchiveFilter m_filter;
    ArchiveSort m_sort = ArchiveSort::Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    bool m_fullContact = false;
    bool m_consentFlag = false;
};

} // namespace atelier
