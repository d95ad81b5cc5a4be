#pragma once

#include "core/campaign.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace atelier {

// Who a campaign's filters select now: customers with marketing consent, never erased, matching every
// kind of filter given (AND), any of the values within a kind (OR). Filters that need a score (segment,
// P(alive)) read the nightly run's tables; the others read the archive and the sales, so a customer
// never scored still qualifies on them.
class CampaignAudienceQuery
{
public:
    // The kinds of filter, in the order they are applied.
    enum class Filter
    {
        Consent, // marketing consent, not erased: always
        Segment,
        Tier,
        Tag,
        Size,
        Style,
        Category,
        LastPurchase,
        PAlive,
        SlowStock, // bought the styles or similar, or carries the style tags
        SlowStockSize // fits the sizes still in stock
    };
    // How many customers are left once a filter is applied on top of those before it.
    struct Step
    {
        Filter filter = Filter::Consent;
        int remaining = 0;
    };

    explicit CampaignAudienceQuery(QSqlDatabase db);

    // The audience's customer ids, ascending.
    QList<CustomerId> ids(const AudienceFilters &filters);
    // The count after each filter given (Consent first), to name the one that left nobody.
    QList<Step> steps(const AudienceFilters &filters);
    // Tag names that exist, for checking the filter's tags and listing the valid ones.
    QStringList tagNames();
    // The style tags (tags.category = 'style', not archived) most carried by the customers who bought
    // the slow-stock styles (or, without styles, in its categories), most carried first, at most `limit`.
    QStringList styleTagsOfBuyers(const SlowStockFilter &slowStock, int limit = defaultStyleTags);
    // The filters with the slow-stock style tags filled in when the manager picked none.
    AudienceFilters withStyleTags(const AudienceFilters &filters);

    static constexpr int defaultStyleTags = 3;

private:
    QSqlDatabase m_db;
};

} // namespace atelier
