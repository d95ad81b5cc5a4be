#pragma once

#include "core/keyset_page.h"
#include "core/read_result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <optional>

namespace atelier {

// A long list as a lazy table: the total and the first page on reload(), one more page each time the
// view asks (canFetchMore/fetchMore). Pages are keyset-paged: each continues after the last row's
// sort key and id (a PageCursor), so a page deep in the list costs what the first one does, and a row
// deleted or added above the cursor neither skips nor repeats a row.
//
// A read that fails is never shown as an empty list: readFailed() and errorText() say so (the rows
// read before stay), readFailedChanged() tells the page, and nothing more is fetched until reload().
//
// Subclasses derive from KeysetPagedTable<Row>, which keeps the rows, and implement readTotal() and
// readPage() through their service, plus columnCount(), data() and headerData().
class KeysetPagedModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int defaultPageSize = 200;

    // Rows per read, from the next read on.
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);
    // Rows in the whole list, as counted by the last reload (lowered when the list turns out shorter).
    int totalCount() const { return m_total; }
    bool readFailed() const { return !m_error.isEmpty(); }
    // Why the last read failed, for people (empty when it did not).
    const QString &errorText() const { return m_error; }

    // Forgets every row and reads the total and the first page again (a new filter or sort, a save).
    // Asked for while a read is under way, it runs as soon as that read is done.
    void reload();

    int rowCount(const QModelIndex &parent = {}) const final;
    bool canFetchMore(const QModelIndex &parent) const final;
    void fetchMore(const QModelIndex &parent) final;

signals:
    void totalChanged(int total);
    // A read failed (true), or a reload read the list again after one had (false).
    void readFailedChanged(bool failed);

protected:
    explicit KeysetPagedModel(QObject *parent = nullptr);

    // Whether there is a list to show at all (the Tiers page before a cell is chosen). Without one
    // the model is empty and reads nothing; subclasses call reload() when this changes.
    virtual bool hasList() const { return true; }

    // What KeysetPagedTable<Row> reports of a page it read and holds aside until keepPage().
    struct PageRead
    {
        int rows = 0;
        std::optional<PageCursor> next;
        QString error; // the read failed
    };

private:
    virtual ReadResult<int> readTotal() = 0;
    virtual PageRead readPageAside(const std::optional<PageCursor> &after, int limit) = 0;
    virtual void keepPage() = 0; // appends the rows read aside
    virtual void dropRows() = 0; // forgets the rows kept so far

    void reloadOnce();
    void fetchNextPage();
    // After a page of `rows`: whether the list has more, and the total when it turned out different.
    void notePage(int rows);
    void reportError(const QString &previous);

    int m_pageSize = defaultPageSize;
    int m_loaded = 0; // rows the view has
    int m_total = 0;
    std::optional<PageCursor> m_after; // where the next page starts
    bool m_atEnd = true; // nothing more to read: the list's end was reached, or nothing was read yet
    QString m_error;
    // Set while a read or the signals about its rows are under way: the model tester and views
    // call fetchMore() from those signals, and a nested read would interleave two changes.
    bool m_busy = false;
    bool m_reloadAsked = false;
};

// The rows of a KeysetPagedModel. Subclasses implement readPage() (their service's page) and
// readTotal() (its count), and show rowAt(row).
template <typename Row> class KeysetPagedTable : public KeysetPagedModel
{
public:
    const Row &rowAt(int row) const { return m_rows.at(row); }

protected:
    using KeysetPagedModel::KeysetPagedModel;

    const QList<Row> &rows() const { return m_rows; }
    // Up to `limit` rows after `after` (nullopt: the first page).
    virtual ReadResult<KeysetPage<Row>> readPage(const std::optional<PageCursor> &after, int limit) = 0;

private:
    PageRead readPageAside(const std::optional<PageCursor> &after, int limit) final
    {
        ReadResult<KeysetPage<Row>> read = readPage(after, limit);
        if (!read.ok())
            return PageRead{0, std::nullopt, read.error};
        m_aside = std::move(read.value->rows);
        return PageRead{static_cast<int>(m_aside.size()), read.value->next, {}};
    }
    void keepPage() final
    {
        m_rows.append(std::move(m_aside));
        m_aside.clear();
    }
    void dropRows() final { m_rows.clear(); }

    QList<Row> m_rows;
    QList<Row> m_aside;
};

} // namespace atelier
