#pragma once

#include "core/archive_query.h"
#include "core/customer.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <utility>
#include <vector>

namespace atelier {

// customers.card_no written on its own, for bulk work that has no whole customer at hand (the demo
// store's cards). The column is unique where set (index customers_card_no); callers choose free numbers.
class CardNumberRepository
{
public:
    explicit CardNumberRepository(QSqlDatabase db);

    // Each customer's number (an empty one takes the card away: NULL), written together: one set-based
    // write on a server. Each change counts as an edit of the customer (row_version).
    void setAll(const std::vector<std::pair<CustomerId, QString>> &numbers);
    int countNumbered();
    // The customers the archive list shows with this filter, in its name order; erased ones left out.
    QList<CustomerId> idsMatching(const ArchiveFilter &filter);

private:
    QSqlDatabase m_db;
};

} // namespace atelier
