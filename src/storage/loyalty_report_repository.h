#pragma once

#include "core/keyset_page.h"
#include "core/loyalty_query.h"

#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace atelier {

// The read side of the loyalty engine for the Tiers page: the tier × segment grid, the customers
// behind a cell, and what a run changed. Reads only customer_scores, customer_tiers and
// tier_history as the last run left them (with the customers' names), never the sales.
class LoyaltyReportRepository
{
public:
    explicit LoyaltyReportRepository(QSqlDatabase db);

    // One pass over the customers, plus one over the scores for the named segments.
    LoyaltyDistribution distribution();

    int count(const LoyaltyFilter &filter);
    // The WHERE clause of a list over customers c, customer_tiers t, customer_scores s; values to bind.
    static QString filterSql(const LoyaltyFilter &filter, QVariantList &values);
    // Spend descending, then id; `after` continues after the last row of the previous page.
    KeysetPage<LoyaltyCustomerRow> page(
        const LoyaltyFilter &filter, const std::optional<PageCursor> &after, int limit);
    // Every row in the same order, one at a time; `visit` returning false stops.
    void forEach(const LoyaltyFilter &filter, const std::function<bool(const LoyaltyCustomerRow &)> &visit);

    int movementCount(qint64 runId, MovementDirection direction);
    // The run's tier changes, spend (in the tier window) descending, then id.
    KeysetPage<TierMovementRow> movementPage(
        qint64 runId, MovementDirection direction, const std::optional<PageCursor> &after, int limit);
    // Customers whose segment a run as of `asOf` changed, by old and new segment (the most first).
    QList<SegmentMove> segmentMoves(const QDate &asOf);

private:
    QSqlDatabase m_db;
};

} // namespace atelier
