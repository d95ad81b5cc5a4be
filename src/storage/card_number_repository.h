#pragma once

#include "core/customer.h"

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

private:
    QSqlDatabase m_db;
    QSqlQuery m_set;
};

} // namespace atelier
