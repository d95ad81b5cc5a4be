#pragma once

#include <QList>
#include <QVariant>

#include <optional>

namespace atelier {

// Where the next page of a keyset-paged list starts: the sort key and the id of the last row shown.
// The next page holds the rows that come after that pair in the list's order, so it costs the same
// however deep the list is, and a row added or deleted above it shifts nothing.
struct PageCursor
{
    QVariant key; // the last row's sort key; null for a NULL key, or when the list is ordered by id alone
    qint64 id = 0;
    bool operator==(const PageCursor &) const = default;
};

// One page of such a list, and where the page after it starts.
template <typename Row> struct KeysetPage
{
    QList<Row> rows;
    std::optional<PageCursor> next; // the last row's cursor; nullopt when the page is empty
};

} // namespace atelier
