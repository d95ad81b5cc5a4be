#pragma once

#include "core/loyalty.h"
#include "core/loyalty_rules.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace atelier {

// The one pass over the sales that the nightly job starts from: per customer, the last purchase,
// purchases (all and recent), net spend and net spend in the tier window, as of the end of a day.
// Sales and refunds after that day are left out, so a run for a past date gives that day's answer.
class ActivityQuery
{
public:
    ActivityQuery(const QDate &asOf, const SegmentRules &segments, const TierRules &tiers);

    // Customers in id order; customers who never bought anything are not in it.
    std::vector<CustomerActivity> run(const QSqlDatabase &db) const;
    // The same pass for one customer (the card's live figures): zeros and no last purchase when she
    // has bought nothing by then.
    CustomerActivity runFor(const QSqlDatabase &db, CustomerId customer) const;

private:
    std::vector<CustomerActivity> run(const QSqlDatabase &db, std::optional<CustomerId> customer) const;
    static QString sql(bool oneCustomer);
    QString m_dayAfter; // sales strictly before this day count
    QString m_recentFrom; // purchases on or after this day are recent
    QString m_tierFrom; // spend on or after this day counts for tiers
};

} // namespace atelier
