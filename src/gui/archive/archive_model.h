#pragma once

#include "core/archive_query.h"

#include <QAbstractTableModel>

namespace atelier {

class ArchiveService;

// The manager's customer list as a lazy table: rows arrive in pages of 200 as the view scrolls,
// so a 100 000-customer archive never sits in memory. Sorting and filtering happen in SQL.
class ArchiveModel : public QAbstractTableModel
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
    static constexpr int pageSize = 200;

    explicit ArchiveModel(ArchiveService &archive, QObject *parent = nullptr);

    void setFilter(const ArchiveFilter &filter);
    const ArchiveFilter &filter() const { return m_filter; }
    ArchiveSort sortKey() const { return m_sort; }
    Qt::SortOrder sortOrder() const { return m_order; }
    int totalCount() const { return m_total; }
    CustomerId customerAt(int row) const;
    // Re-reads from the first page, e.g. after a customer was saved.
    void reload();
    // The manager's list shows whole numbers; a clerk's stays masked (the default).
    void setFullPhones(bool full);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static bool isSortable(int column);

signals:
    void totalChanged(int total);

private:
    QVariant display(const ArchiveRow &row, int column) const;

    ArchiveService &m_archive;
    ArchiveFilter m_filter;
    ArchiveSort m_sort = ArchiveSort::Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QList<ArchiveRow> m_rows;
    int m_total = 0;
    bool m_fullPhones = false;
};

} // namespace atelier
