#pragma once

#include "core/archive_query.h"
#include "core/customer.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace atelier {

// customers.card_no written on its own, for bulk work that has no whole customer at hand (the demo
// store's cards). The column is unique where set (index customers_card_no); callers choose free numbers.
class CardNumberRepository
{
public:
    explicit CardNumberRepository(QSqlDatabase db);

    // An empty number takes the card away (NULL).
    void set(CustomerId customer, const QString &cardNo);
    int countNumbered();
    // The customers the archive list shows with this filter, in its name order; erased ones left out.
    QList<CustomerId> idsMatching(const ArchiveFilter &filter);

private:
    QSqlDatabase m_db;
    QSqlQuery m_set;
};

} // namespace atelier
